import ReadinessCompute
import ReadinessModel

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
    static func timelinessTable(_ result: TimelinessResult, counts shown: PublishedCounts) -> TimelinessTable {
        let policy = shown.policy
        let assessments = result.measure.check == .assessments
        let (groups, hiddenTeams) = TeamGrouping.apply(
            result.teams.map { ($0.team, $0.counts.population, $0) }, policy: policy)
        let measureKey = "timeliness|\(result.measure.check.rawValue)|\(result.measure.name)|"
        let extraName = assessments ? "still open past the standard" : "no date recorded"

        // Cells: per row population, within, not within (never shown), and the extra column.
        var mine: [Int] = []
        typealias Row = (label: String, population: Int, within: Int, notWithin: Int, extra: Int)
        func add(
            _ key: String, _ label: String, _ c: TimelinessResult.Counts, hidden: Bool = false, total: Bool = false
        )
            -> Row
        {
            // A hidden team's cells must stay unknown whatever their size.
            func cell(_ column: String, _ value: Int, hidden notShown: Bool, key fullKey: String? = nil) -> Int {
                let index = shown.cell(
                    fullKey ?? measureKey + key + "|" + column, value, hidden: notShown, total: total, protect: hidden,
                    place: "\(result.measure.name): \(label), \(column)")
                mine.append(index)
                return index
            }
            // Measures on the same list count the same children (those open on it as at the
            // date), so their populations are one cell whichever table shows them.
            let population = cell(
                "children", c.population, hidden: hidden,
                key: assessments ? nil : "timeliness-population|list-\(result.measure.check.list)|\(key)|children")
            let within = cell("within", c.within, hidden: hidden)
            let notWithin = cell("not within", c.population - c.within, hidden: true)
            let extra = cell(extraName, assessments ? c.openOverdue : c.noDate, hidden: hidden)
            shown.relate([within, notWithin, population])
            if !assessments {
                // Children with no date are among those not within: the rest are late with a date.
                shown.relate([
                    extra, cell("late with a date", c.population - c.within - c.noDate, hidden: true), notWithin,
                ])
            }
            return (label, population, within, notWithin, extra)
        }
        func sum(_ counts: [TimelinessResult.Counts]) -> TimelinessResult.Counts {
            var total = TimelinessResult.Counts()
            for c in counts { total.add(c) }
            return total
        }
        func key(_ teams: [String]) -> String { "teams:" + teams.joined(separator: "\u{1F}") }
        let rows = groups.map { add(key($0.items.map(\.team)), $0.label, sum($0.items.map(\.counts))) }
        let hidden = hiddenTeams.map { add(key([$0.team]), "a team not shown", $0.counts, hidden: true) }
        let total = add("all", "All teams", result.total, total: true)
        for column in [\Row.population, \Row.within, \Row.notWithin, \Row.extra] {
            shown.relate((rows + hidden).map { $0[keyPath: column] } + [total[keyPath: column]])
        }

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
            policy: policy, suppressed: shown.anySuppressed(mine),
            merged: groups.contains(where: \.isMerged), hidden: hiddenTeams.count)
        return TimelinessTable(html: table.html, share: rateText(shown, total.within, total.population) ?? "z")
    }
}
