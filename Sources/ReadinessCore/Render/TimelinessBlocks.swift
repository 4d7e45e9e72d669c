/// Tables about timeliness against the council's standards.
extension HTMLBlocks {
    /// A timeliness measure's table and its overall share, after disclosure control.
    struct TimelinessTable {
        let html: String
        /// The share within for all teams, as shown (`c` when suppressed, `–` when none).
        let share: String
    }

    /// One measure per team: how many, how many within the standard, and the share. In a
    /// public build small teams are merged or hidden and small counts suppressed.
    static func timelinessTable(_ result: TimelinessResult, policy: DisclosurePolicy) -> TimelinessTable {
        let assessments = result.measure.check == .assessments
        let (groups, hiddenTeams) = TeamGrouping.apply(
            result.teams.map { ($0.team, $0.counts.population, $0.counts) }, policy: policy)

        // Cells: per row population, within, not within (never shown), and the extra column.
        var grid = DisclosureLedger()
        typealias Row = (label: String, population: Int, within: Int, notWithin: Int, extra: Int)
        func add(_ label: String, _ c: TimelinessResult.Counts, hidden: Bool = false, total: Bool = false) -> Row {
            let population = grid.add(c.population, hidden: hidden, total: total, protect: hidden)
            let within = grid.add(c.within, hidden: hidden, total: total, protect: hidden)
            let notWithin = grid.add(c.population - c.within, hidden: true, total: total, protect: hidden)
            let extra = grid.add(assessments ? c.openOverdue : c.noDate, hidden: hidden, total: total, protect: hidden)
            grid.relate([within, notWithin, population])
            return (label, population, within, notWithin, extra)
        }
        func sum(_ counts: [TimelinessResult.Counts]) -> TimelinessResult.Counts {
            var total = TimelinessResult.Counts()
            for c in counts { total.add(c) }
            return total
        }
        let rows = groups.map { add($0.label, sum($0.items)) }
        let hidden = hiddenTeams.map { add("", $0, hidden: true) }
        let total = add("All teams", result.total, total: true)
        for column in [\Row.population, \Row.within, \Row.notWithin, \Row.extra] {
            grid.relate((rows + hidden).map { $0[keyPath: column] } + [total[keyPath: column]])
        }
        let shown = ProtectedCounts(grid, policy: policy)

        var columns: [HTMLTable.Column] = [
            .init(heading: "Team"),
            .init(heading: assessments ? "Assessments completed" : "Children", numeric: true),
            .init(heading: "Within \(result.measure.standard)", numeric: true),
            .init(heading: "Share within", numeric: true),
        ]
        columns.append(
            .init(
                heading: assessments ? "Still open past \(result.measure.standard)" : "No date recorded", numeric: true)
        )
        var table = HTMLTable(caption: result.measure.name, columns: columns, rowHeaders: true)
        func cells(_ row: Row) -> [String] {
            [
                Escaping.html(row.label), count(shown, row.population), count(shown, row.within),
                rate(shown, row.within, row.population), count(shown, row.extra),
            ]
        }
        table.rows = rows.map(cells)
        table.footer = cells(total)
        table.notes = disclosureNotes(
            shown, merged: groups.contains { $0.items.count > 1 || $0.label == "Other team" }, hidden: hiddenTeams.count
        )
        return TimelinessTable(html: table.html, share: rateText(shown, total.within, total.population) ?? "–")
    }
}
