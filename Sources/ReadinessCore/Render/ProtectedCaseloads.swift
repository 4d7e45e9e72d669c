/// The caseload figures after disclosure control, shared by the caseload table, the caseload
/// chart and template values so that none of them reveals what another hides.
struct ProtectedCaseloads {
    typealias Group = TeamGrouping.Group<CaseloadSummary.TeamSeries>

    let summary: CaseloadSummary
    let policy: DisclosurePolicy
    /// Rows to show, one per team or merged small teams.
    let groups: [Group]
    /// Small teams left out (still in the totals).
    let hiddenTeams: [CaseloadSummary.TeamSeries]
    /// The latest month's children allocated, per group and in total, protected.
    let shown: ProtectedCounts
    let groupCells: [Int]
    let totalCell: Int

    init(_ summary: CaseloadSummary, policy: DisclosurePolicy) {
        self.summary = summary
        self.policy = policy
        let month = summary.month
        let current = summary.teams.filter { team in month.map { team.row($0) != nil } ?? false }
        let split = TeamGrouping.apply(
            current.map { ($0.team, month.flatMap($0.row)?.childrenAllocated ?? 0, $0) }, policy: policy)
        groups = split.shown
        hiddenTeams = split.hidden
        var grid = DisclosureLedger()
        func children(_ teams: [CaseloadSummary.TeamSeries]) -> Int {
            teams.reduce(0) { $0 + (month.flatMap($1.row)?.childrenAllocated ?? 0) }
        }
        groupCells = groups.map { grid.add(children($0.items)) }
        let hiddenCells = hiddenTeams.map { grid.add(children([$0]), hidden: true, protect: true) }
        totalCell = grid.add(children(current), total: true)
        grid.relate(groupCells + hiddenCells + [totalCell])
        shown = ProtectedCounts(grid, policy: policy)
    }

    /// The rows of a group in a month.
    func rows(_ group: Group, _ month: CalendarMonth) -> [CaseloadSnapshot] {
        group.items.compactMap { $0.row(month) }
    }

    /// Whether a group's figures for a month may be shown: in the latest month, when its cell is
    /// not suppressed; in earlier months, when its children count is not small.
    func isShown(_ index: Int, _ month: CalendarMonth) -> Bool {
        let rows = rows(groups[index], month)
        guard !rows.isEmpty else { return false }
        if month == summary.month { return shown.isKnown(groupCells[index]) }
        return !policy.isSensitive(rows.reduce(0) { $0 + $1.childrenAllocated })
    }

    /// Caseload per FTE for a group in a month, when it may be shown.
    func caseload(_ index: Int, _ month: CalendarMonth) -> Double? {
        guard isShown(index, month) else { return nil }
        return CaseloadSummary.figures(rows(groups[index], month)).caseload
    }

    /// Change from the month before, when both months may be shown.
    func monthOnMonth(_ index: Int, _ month: CalendarMonth) -> Double? {
        CaseloadSummary.monthOnMonth(month) { caseload(index, $0) }
    }

    /// Mean of the month and the two before it, when all three may be shown.
    func rollingMean(_ index: Int, _ month: CalendarMonth) -> Double? {
        CaseloadSummary.rollingMean(month) { caseload(index, $0) }
    }

    /// The total children in the latest month as shown (`c` when suppressed).
    var totalChildrenText: String {
        shown.count(totalCell).map(NumberFormat.grouped) ?? "c"
    }

    /// The overall caseload, unless the total children is suppressed.
    var totalCaseload: Double? {
        shown.isKnown(totalCell) ? summary.totals.caseload : nil
    }
}
