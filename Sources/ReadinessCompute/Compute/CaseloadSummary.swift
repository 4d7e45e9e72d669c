import ReadinessModel

/// Caseloads and staffing per team over time, with the DfE definitions, trends and flags.
public struct CaseloadSummary: Sendable {
    /// One team's months, oldest first.
    public struct TeamSeries: Sendable {
        /// The team's name.
        public let team: String
        /// Its service area (from the latest month).
        public let serviceArea: String
        /// Its rows, oldest month first.
        public let months: [CaseloadSnapshot]

        /// The latest row.
        public var latest: CaseloadSnapshot? { months.last }
        /// The row for a month.
        public func row(_ month: CalendarMonth) -> CaseloadSnapshot? { months.first { $0.month == month } }
    }

    /// A month in which a team's children allocated changed by more than the swing threshold.
    public struct Swing: Sendable, Equatable {
        public let team: String
        public let month: CalendarMonth
        /// Children allocated this month less last month.
        public let change: Int

        /// The memberwise initializer, declared so that other targets of the package can use it.
        package init(team: String, month: CalendarMonth, change: Int) {
            self.team = team
            self.month = month
            self.change = change
        }
    }

    /// The latest month with data, if any.
    public let month: CalendarMonth?
    /// Teams in the order they first appear in caseloads.csv.
    public let teams: [TeamSeries]
    /// Every month with data, oldest first.
    public let allMonths: [CalendarMonth]
    /// The thresholds in force.
    public let rules: CaseloadRules

    /// The figures for teams in the given service areas (all teams if `areas` is nil).
    public init(_ snapshots: [CaseloadSnapshot], serviceAreas areas: [String]?, rules: CaseloadRules = CaseloadRules())
    {
        let wanted = areas.map { Set($0.map(TextKey.normalise)) }
        let relevant =
            wanted.map { wanted in snapshots.filter { wanted.contains(TextKey.normalise($0.serviceArea)) } }
            ?? snapshots
        var order: [String] = []
        var byTeam: [String: [CaseloadSnapshot]] = [:]
        for snapshot in relevant {
            let key = TextKey.normalise(snapshot.team)
            if byTeam[key] == nil { order.append(key) }
            byTeam[key, default: []].append(snapshot)
        }
        teams = order.compactMap { key in
            guard let rows = byTeam[key]?.sorted(by: { $0.month < $1.month }), let last = rows.last else { return nil }
            return TeamSeries(team: last.team, serviceArea: last.serviceArea, months: rows)
        }
        allMonths = Set(relevant.map(\.month)).sorted()
        month = allMonths.last
        self.rules = rules
    }

    /// Rows of the latest month, one per team that has one.
    public var latestRows: [CaseloadSnapshot] {
        guard let month else { return [] }
        return teams.compactMap { $0.row(month) }
    }

    /// DfE figures for a set of rows (one month): sums of FTEs and children.
    public static func figures(_ rows: [CaseloadSnapshot], leavers: Double? = nil) -> WorkforceFigures {
        func sum(_ values: [Double?]) -> Double? {
            values.contains(where: { $0 == nil }) ? nil : values.reduce(0) { $0 + ($1 ?? 0) }
        }
        return WorkforceFigures(
            inPost: sum(rows.map(\.inPostFTE)), leavers: leavers, agency: sum(rows.map(\.agencyFTE)),
            vacancies: sum(rows.map(\.vacancyFTE)), caseHolders: rows.reduce(0) { $0 + $1.caseHoldingFTE },
            cases: Double(rows.reduce(0) { $0 + $1.childrenAllocated }))
    }

    /// Caseload per FTE for a number of children over the case-holding FTE of some rows; nil when
    /// that FTE is zero.
    package static func caseload(children: Int, rows: [CaseloadSnapshot]) -> Double? {
        var figures = CaseloadSummary.figures(rows)
        figures.cases = Double(children)
        return figures.caseload
    }

    /// The month before a month.
    package static func previous(_ month: CalendarMonth) -> CalendarMonth {
        month.month == 1
            ? CalendarMonth(year: month.year - 1, month: 12) : CalendarMonth(year: month.year, month: month.month - 1)
    }

    /// Caseload per FTE for a team in a month; nil when the month is missing or FTE is zero.
    public func caseload(_ team: TeamSeries, _ month: CalendarMonth) -> Double? {
        team.row(month).flatMap { CaseloadSummary.figures([$0]).caseload }
    }

    /// Change in caseload per FTE from the month before; nil when either is missing.
    public func monthOnMonth(_ team: TeamSeries, _ month: CalendarMonth) -> Double? {
        CaseloadSummary.monthOnMonth(month) { caseload(team, $0) }
    }

    /// Mean caseload per FTE of the month and the two before it; nil unless all three are known.
    public func rollingMean(_ team: TeamSeries, _ month: CalendarMonth) -> Double? {
        CaseloadSummary.rollingMean(month) { caseload(team, $0) }
    }

    /// Change from the month before, for any monthly series.
    static func monthOnMonth(_ month: CalendarMonth, _ value: (CalendarMonth) -> Double?) -> Double? {
        guard let now = value(month), let before = value(previous(month)) else { return nil }
        return now - before
    }

    /// Mean of the month and the two before it, for any monthly series; nil unless all are known.
    static func rollingMean(_ month: CalendarMonth, _ value: (CalendarMonth) -> Double?) -> Double? {
        let m1 = previous(month)
        guard let a = value(month), let b = value(m1), let c = value(previous(m1)) else { return nil }
        return (a + b + c) / 3
    }

    /// Whether a team's latest caseload is above the threshold.
    public func isAboveThreshold(_ team: TeamSeries) -> Bool {
        guard let month, let value = caseload(team, month) else { return false }
        return value > rules.threshold
    }

    /// Months (consecutive with the one before) where children allocated moved by more than the swing.
    public var swings: [Swing] {
        teams.flatMap { team in
            team.months.compactMap { row -> Swing? in
                guard let before = team.row(CaseloadSummary.previous(row.month)) else { return nil }
                let change = row.childrenAllocated - before.childrenAllocated
                return abs(change) > rules.swing ? Swing(team: team.team, month: row.month, change: change) : nil
            }
        }
    }

    /// Leavers FTE over the 12 months to the latest month, for the given teams; nil unless every
    /// team has a leavers figure for each of the 12 months.
    public func leaversOverYear(_ teams: [TeamSeries]) -> Double? {
        guard let month else { return nil }
        var months: [CalendarMonth] = [month]
        while months.count < 12, let last = months.last { months.append(CaseloadSummary.previous(last)) }
        var total = 0.0
        for team in teams {
            for m in months {
                guard let value = team.row(m)?.leaversFTE else { return nil }
                total += value
            }
        }
        return total
    }

    /// The whole set's figures for the latest month, turnover over 12 months.
    public var totals: WorkforceFigures {
        CaseloadSummary.figures(latestRows, leavers: leaversOverYear(teams.filter { $0.latest?.month == month }))
    }
}

extension CaseloadSummary {
    /// The trends and flags: the last rows of docs/indicators.md's "Caseloads and workforce"
    /// table, after `WorkforceFigures.figures`.
    package static let figures: [FigureDefinition] = [
        .init(
            "change since last month",
            "this month's caseload minus the previous calendar month's; `x` when that month is missing",
            templates: ["caseloads.table", "theme.caseload_table"]),
        .init(
            "caseload trend, all teams",
            "each month's children allocated and caseload for the teams with a row that month; a month in which a team that has rows before and after it has none is shown as `x` with a note naming the team, since its total would be too low",
            templates: ["caseloads.trend_table"]),
        .init(
            "staffing by month, all teams",
            "for each of the last 12 months of caseloads.csv: in-post, agency and vacancy FTE summed over the teams with a row that month, the agency and vacancy rates from those sums, and leavers FTE in the month (`x` when a team gives none)",
            templates: ["workforce.trend_table"]),
        .init(
            "service swing",
            "over the last 12 months: the largest change in all teams' children allocated from one calendar month to the next (from the totals as shown: a public build leaves out a month whose total is suppressed), beside the lowest and highest case-holding and in-post FTE",
            templates: ["workforce.swing"]),
        .init(
            "3-month mean",
            "mean of the caseloads of the month and the two calendar months before it; `x` unless all three are known",
            templates: ["caseloads.table", "theme.caseload_table"]),
        .init(
            "above threshold",
            "the team's latest caseload is greater than `caseloads.threshold` (default 20); equal is not above",
            settings: ["caseloads.threshold"], templates: ["caseloads.table", "theme.caseload_table"]),
        .init(
            "swing",
            "a month in which a team's children allocated changed by more than `caseloads.swing` (default 50) from the previous calendar month",
            settings: ["caseloads.swing"], templates: ["caseloads.swings", "theme.caseload_swings"]),
    ]
}
