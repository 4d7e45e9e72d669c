/// What a council sets in settings.yaml for a declared team indicator, under the indicator's
/// id (`supervision:`): its standard, the theme whose page shows it, and its heading.
public struct IndicatorSetting: Sendable, Equatable {
    /// The standard, e.g. 4 weeks.
    public var standard: Interval
    /// The theme whose page shows it; nil shows it on no theme's page.
    public var theme: String?
    /// The heading shown, e.g. `Supervision within 4 weeks`.
    public var name: String
    /// Where it was set (settings.yaml), or where the file is when the default is used.
    public var location: SourceLocation

    /// A setting.
    public init(standard: Interval, theme: String?, name: String, location: SourceLocation) {
        self.standard = standard
        self.theme = theme
        self.name = name
        self.location = location
    }
}

/// A team indicator's counts per team as at the build's date, reduced from its data file while
/// it was read: counts only, no row, name or date is kept.
public struct TeamIndicatorResult: Sendable {
    /// The indicator's id: its key in settings.yaml and its name in templates.
    public let id: String
    /// The standard, theme and heading in force.
    public var setting: IndicatorSetting
    /// Per team, sorted by team name.
    public let teams: [(team: String, counts: TimelinessResult.Counts)]
    /// The reason the theme showing it gives in its readiness while anyone counted is not
    /// within the standard, in words.
    public let reason: String
    /// Where each team first appears in the file, by its loose name (`TextKey.normalise`), for
    /// messages that point at a row without repeating it.
    public let firstRows: [String: SourceLocation]

    /// A result.
    public init(
        id: String, setting: IndicatorSetting, teams: [(team: String, counts: TimelinessResult.Counts)], reason: String,
        firstRows: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.setting = setting
        self.teams = teams
        self.reason = reason
        self.firstRows = firstRows
    }

    /// The same figure for some of its teams only: those `keep` takes, by team name.
    public func keeping(_ keep: (String) -> Bool) -> TeamIndicatorResult {
        TeamIndicatorResult(
            id: id, setting: setting, teams: teams.filter { keep($0.team) }, reason: reason, firstRows: firstRows)
    }

    /// All teams together.
    public var total: TimelinessResult.Counts {
        var sum = TimelinessResult.Counts()
        for team in teams { sum.add(team.counts) }
        return sum
    }
}
