import ReadinessModel

/// A figure declared once: for each team, how many of the people or cases a data file lists
/// meet a standard the council sets, with everything Readiness needs to read, check, show,
/// protect and document it.
///
/// The pipeline does the rest for every declared indicator alike: settings.yaml takes the
/// standard under the indicator's `id` (the section `SettingsFile.IndicatorSection` declares);
/// the file is read through its declaration (missing is a warning, its cells are checked and
/// reported at the cell); `count` reduces the rows to counts per team as the file is read; the
/// theme the setting names shows it, with its reason counted in that theme's readiness;
/// templates reach it as `theme.<id>` and in `theme.indicators`; its table registers in the
/// site's disclosure ledger (each team's count, those within and those not, and the teams adding
/// up to the total) so a public build protects it like any other; docs/indicators.md,
/// docs/data-format.md and docs/configuration.md describe it from this declaration.
public struct TeamIndicator: Sendable {
    /// Reduces a file's rows to counts per team as at a date, reporting problems at the cell.
    public typealias Count =
        @Sendable (
            _ table: CSVTable, _ setting: IndicatorSetting, _ asAt: CalendarDate, _ calendar: WorkingDayCalendar,
            _ log: inout DiagnosticLog
        ) -> [String: TimelinessResult.Counts]

    /// Its key in settings.yaml and its name in templates, e.g. `supervision`.
    public let id: String
    /// The heading when settings give none, for the standard in force.
    public let heading: @Sendable (Interval) -> String
    /// One line for docs/indicators.md: how it is worked out.
    public let definition: String
    /// The data file it is worked out from.
    public let file: DataFileDeclaration
    /// Its file's team column: a theme shows the teams of its service areas (by caseloads.csv),
    /// and a team caseloads.csv does not name draws a warning at its first row.
    public let team: ColumnKey<String>
    /// The heading of its table's column of things counted, e.g. `Workers`.
    public let counted: String
    /// The heading of its column of those with nothing recorded, e.g. `Not yet supervised`.
    public let noneRecorded: String
    /// The standard when settings give none, and the theme.
    public let defaultStandard: Interval
    /// The theme that shows it when settings name none.
    public let defaultTheme: String?
    /// The reduction from rows to counts.
    public let count: Count
    /// The reason a theme showing it gives in its readiness when not everything counted is
    /// within the standard. Words only: no count, so it never says more than the table shows.
    public let reason: @Sendable (IndicatorSetting) -> String

    /// Declares an indicator.
    public init(
        id: String, heading: @escaping @Sendable (Interval) -> String, definition: String, file: DataFileDeclaration,
        team: ColumnKey<String>, counted: String,
        noneRecorded: String, defaultStandard: Interval, defaultTheme: String?, count: @escaping Count,
        reason: @escaping @Sendable (IndicatorSetting) -> String
    ) {
        self.id = id
        self.heading = heading
        self.definition = definition
        self.file = file
        self.team = team
        self.counted = counted
        self.noneRecorded = noneRecorded
        self.defaultStandard = defaultStandard
        self.defaultTheme = defaultTheme
        self.count = count
        self.reason = reason
    }

    /// Where each team first appears, by its loose name.
    func firstRows(_ table: CSVTable) -> [String: SourceLocation] {
        var first: [String: SourceLocation] = [:]
        var ignored = DiagnosticLog()
        for record in table.rows {
            let row = table.reader(for: record)
            guard let name = row.read(team, requiringValue: false, log: &ignored) else { continue }
            let key = TextKey.normalise(name)
            if first[key] == nil { first[key] = row.location(of: team) }
        }
        return first
    }

    /// Reads the file's counts as at a date; nil when the file is missing.
    func result(
        _ table: CSVTable, setting: IndicatorSetting, asAt: CalendarDate, calendar: WorkingDayCalendar,
        log: inout DiagnosticLog
    ) -> TeamIndicatorResult {
        let counts = count(table, setting, asAt, calendar, &log)
        return TeamIndicatorResult(
            id: id, setting: setting, teams: counts.keys.sorted().map { ($0, counts[$0] ?? .init()) },
            reason: reason(setting), firstRows: firstRows(table))
    }
}

extension TeamIndicator {
    /// The setting in force when settings.yaml has no section for it.
    func defaultSetting(at location: SourceLocation) -> IndicatorSetting {
        IndicatorSetting(
            standard: defaultStandard, theme: defaultTheme, name: heading(defaultStandard), location: location)
    }
}
