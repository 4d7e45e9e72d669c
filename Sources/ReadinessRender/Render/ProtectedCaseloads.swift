import ReadinessCompute
import ReadinessInput
import ReadinessModel

/// The caseload figures of one scope (all teams, or a theme's teams) after disclosure control,
/// shared by the caseload table, the trend table, the chart, the swings and template values.
///
/// Every team's children allocated in every month is a cell of the site's ledger, keyed by
/// month and team, so the overview's and each theme's tables are read together: a team count
/// cannot be recovered by subtracting one page's table from another's. Each row shown (a team, or
/// small teams merged) and each month's total for the scope is a cell with its parts. Caseload
/// per FTE is worked out from the children count as shown (rounded, when the policy rounds), so
/// caseload × FTE gives back no more than the count shown.
struct ProtectedCaseloads {
    typealias Group = TeamGrouping.Group<CaseloadSummary.TeamSeries>

    let summary: CaseloadSummary
    let counts: PublishedCounts
    /// Rows to show, one per team or merged small teams.
    let groups: [Group]
    /// Small teams left out (still in the totals).
    let hiddenTeams: [CaseloadSummary.TeamSeries]
    /// Each group's cell per month (only months in which a team of the group has a row).
    private let groupCells: [[CalendarMonth: Int]]
    /// The scope's total per month.
    private let totalCells: [CalendarMonth: Int]
    /// Every team's cell per month, by team name.
    private let teamCells: [String: [CalendarMonth: Int]]
    /// Every cell of this scope, for the disclosure note.
    let cells: [Int]

    var policy: DisclosurePolicy { counts.policy }

    init(_ summary: CaseloadSummary, counts: PublishedCounts, scope: String) {
        self.summary = summary
        self.counts = counts
        let month = summary.month
        let current = summary.teams.filter { team in month.map { team.row($0) != nil } ?? false }
        let split = TeamGrouping.apply(
            current.map { ($0.team, month.flatMap($0.row)?.childrenAllocated ?? 0, $0) }, policy: counts.policy)
        groups = split.shown
        hiddenTeams = split.hidden
        let hiddenNames = Set(split.hidden.map(\.team))
        let single = Set(split.shown.filter { $0.items.count == 1 }.map { $0.items[0].team })
        var all: [Int] = []
        func key(_ month: CalendarMonth, _ teams: [String]) -> String {
            "caseload|\(month)|" + teams.map(CSVTable.normalise).sorted().joined(separator: "\u{1F}")
        }
        // One cell per team and month: shown where the team is a row of its own, else hidden (and
        // protected whatever its size when the team is hidden).
        var teamCells: [String: [CalendarMonth: Int]] = [:]
        for team in summary.teams {
            for row in team.months {
                let cell = counts.cell(
                    key(row.month, [team.team]), row.childrenAllocated, hidden: !single.contains(team.team),
                    protect: hiddenNames.contains(team.team),
                    place: "Caseloads, \(scope): \(team.team), \(row.month.long), children allocated")
                teamCells[team.team, default: [:]][row.month] = cell
                all.append(cell)
            }
        }
        var groupCells: [[CalendarMonth: Int]] = []
        for group in split.shown {
            var byMonth: [CalendarMonth: Int] = [:]
            for month in summary.allMonths {
                let members = group.items.filter { $0.row(month) != nil }
                guard !members.isEmpty else { continue }
                if group.items.count == 1, let only = teamCells[group.items[0].team]?[month] {
                    byMonth[month] = only
                    continue
                }
                let cell = counts.cell(
                    key(month, members.map(\.team)), members.reduce(0) { $0 + ($1.row(month)?.childrenAllocated ?? 0) },
                    place: "Caseloads, \(scope): \(group.label), \(month.long), children allocated")
                counts.relate(members.compactMap { teamCells[$0.team]?[month] } + [cell])
                byMonth[month] = cell
                all.append(cell)
            }
            groupCells.append(byMonth)
        }
        var totalCells: [CalendarMonth: Int] = [:]
        for month in summary.allMonths {
            let members = summary.teams.filter { $0.row(month) != nil }
            let parts = members.compactMap { teamCells[$0.team]?[month] }
            if parts.count == 1 {
                totalCells[month] = parts[0]
                continue
            }
            let cell = counts.cell(
                key(month, members.map(\.team)), members.reduce(0) { $0 + ($1.row(month)?.childrenAllocated ?? 0) },
                total: true, place: "Caseloads, \(scope): all teams, \(month.long), children allocated")
            counts.relate(parts + [cell])
            totalCells[month] = cell
            all.append(cell)
        }
        // What the rows tell a reader under a team minimum, in the month teams are grouped by: a
        // team on a row of its own has at least the minimum; each merged or hidden team has fewer.
        if counts.policy.teamMinimum > 0, let month {
            let minimum = counts.policy.teamMinimum
            func size(_ team: CaseloadSummary.TeamSeries) -> Int { team.row(month)?.childrenAllocated ?? 0 }
            for (group, cells) in zip(split.shown, groupCells) {
                guard let cell = cells[month] else { continue }
                guard group.isMerged else {
                    counts.bound(cell, atLeast: minimum)
                    continue
                }
                // Each merged team's own count that month is protected like a hidden team's.
                for team in group.items {
                    guard let own = teamCells[team.team]?[month] else { continue }
                    counts.protect(own)
                    counts.bound(own, atLeast: min(1, size(team)), atMost: minimum - 1)
                }
            }
            for team in split.hidden {
                if let cell = teamCells[team.team]?[month] {
                    counts.bound(cell, atLeast: min(1, size(team)), atMost: minimum - 1)
                }
            }
        }
        self.groupCells = groupCells
        self.totalCells = totalCells
        self.teamCells = teamCells
        cells = all
    }

    /// The rows of a group in a month.
    func rows(_ group: Group, _ month: CalendarMonth) -> [CaseloadSnapshot] {
        group.items.compactMap { $0.row(month) }
    }

    /// A group's children allocated in a month as shown, or nil when suppressed or absent.
    func children(_ index: Int, _ month: CalendarMonth) -> Int? {
        groupCells[index][month].flatMap(counts.count)
    }

    /// Whether a group's figures for a month may be shown.
    func isShown(_ index: Int, _ month: CalendarMonth) -> Bool {
        groupCells[index][month].map(counts.isKnown) ?? false
    }

    /// The count text for a group in the latest month (`c` when suppressed).
    func childrenText(_ index: Int) -> String {
        guard let month = summary.month, let cell = groupCells[index][month] else { return HTMLBlocks.notAvailable }
        return HTMLBlocks.count(counts, cell)
    }

    /// Caseload per FTE for a group in a month, from the count as shown.
    func caseload(_ index: Int, _ month: CalendarMonth) -> Double? {
        guard let children = children(index, month) else { return nil }
        return CaseloadSummary.caseload(children: children, rows: rows(groups[index], month))
    }

    /// A group's caseload per FTE in a month as the data table shows it: the figure, `c` when its
    /// count is suppressed, `x` when the month has no row, `z` when case-holding FTE is zero.
    func caseloadText(_ index: Int, _ month: CalendarMonth) -> String {
        symbolText(index, [month]) { HTMLBlocks.decimal($0[0]) }
    }

    /// Change from the month before, as shown (`c`, `x` or `z` when a month cannot give it).
    func monthOnMonthText(_ index: Int, _ month: CalendarMonth) -> String {
        symbolText(index, [month, CaseloadSummary.previous(month)]) { HTMLBlocks.signed($0[0] - $0[1]) }
    }

    /// Mean of the month and the two before it, as shown.
    func rollingMeanText(_ index: Int, _ month: CalendarMonth) -> String {
        let before = CaseloadSummary.previous(month)
        return symbolText(index, [month, before, CaseloadSummary.previous(before)]) {
            HTMLBlocks.decimal($0.reduce(0, +) / 3)
        }
    }

    /// A figure from a group's caseloads in some months; the symbol of the first month that cannot
    /// give one: suppressed before missing before not applicable.
    private func symbolText(_ index: Int, _ months: [CalendarMonth], _ figure: ([Double]) -> String) -> String {
        var values: [Double] = []
        var symbol: String?
        for month in months {
            if groupCells[index][month] == nil {
                symbol = symbol ?? HTMLBlocks.notAvailable
            } else if !isShown(index, month) {
                return HTMLBlocks.suppressedSymbol
            } else if let value = caseload(index, month) {
                values.append(value)
            } else {
                symbol = symbol ?? HTMLBlocks.notApplicable
            }
        }
        return symbol ?? figure(values)
    }

    /// The scope's children allocated in a month as shown.
    func totalChildren(_ month: CalendarMonth) -> Int? {
        totalCells[month].flatMap(counts.count)
    }

    /// The scope's caseload per FTE in a month, from the total as shown.
    func totalCaseload(_ month: CalendarMonth) -> Double? {
        guard let children = totalChildren(month) else { return nil }
        return CaseloadSummary.caseload(children: children, rows: summary.teams.compactMap { $0.row(month) })
    }

    /// A team's children allocated in a month as shown, when the team is a row of its own.
    func teamChildren(_ team: String, _ month: CalendarMonth) -> Int? {
        teamCells[team]?[month].flatMap { counts.isKnown($0) ? counts.count($0) : nil }
    }

    /// The total children in the latest month as shown (`c` when suppressed).
    var totalChildrenText: String {
        summary.month.flatMap(totalChildren).map(NumberFormat.grouped) ?? "c"
    }

    /// The overall caseload in the latest month, unless the total children is suppressed.
    var totalCaseload: Double? {
        summary.month.flatMap(totalCaseload)
    }

    /// Whether any count of this scope is suppressed.
    var anySuppressed: Bool { counts.anySuppressed(cells) }
}
