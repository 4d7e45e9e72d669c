import ReadinessCompute
import ReadinessInput
import ReadinessModel

/// Tables of a share per team: how many children, cases or workers, how many within a
/// standard, the share, and one more column. Timeliness measures and every declared team
/// indicator are drawn by this one table, which registers their cells and relations in the
/// site's disclosure ledger.
extension HTMLBlocks {
    /// A share table, after disclosure control.
    struct ShareTable {
        let html: String
        /// The share within for all teams, as shown (`c` when suppressed, `z` when none).
        let share: String
        /// The same as a percentage, rounded as shown; nil when suppressed or none.
        var shownPercentage: Double? = nil
        /// All teams' counted, within and last column as shown, when all three are.
        var shownTotals: (population: Int, within: Int, extra: Int)? = nil
    }

    /// What one share table shows.
    struct ShareTableSpec {
        /// The caption, e.g. the measure's name.
        let caption: String
        /// The start of its cells' keys in the ledger.
        let key: String
        /// Per team, and all teams together.
        let teams: [(team: String, counts: TimelinessResult.Counts)]
        let total: TimelinessResult.Counts
        /// The column of the counted things, e.g. `Children`.
        let countedHeading: String
        /// What is counted, in the disclosure notes: `children`, `workers`.
        let countedNoun: String
        /// The column of those within, e.g. `Within 4 weeks`.
        let withinHeading: String
        /// The last column: its heading and its name in the ledger.
        let extraHeading: String
        let extraName: String
        /// Whether the last column counts those with no date, who are among those not within
        /// (otherwise it counts assessments still open past the standard).
        let extraIsNoDate: Bool
        /// The ledger key of a row's population when another table counts the same things
        /// (measures on the same child-level list), from the row's key.
        let sharedPopulationKey: ((String) -> String)?
    }

    /// One row per team: how many, how many within the standard, the share, and the extra
    /// column. In a public build small teams are merged or hidden and small counts suppressed.
    static func shareTable(_ spec: ShareTableSpec, counts shown: PublishedCounts) -> ShareTable {
        let policy = shown.policy
        let (groups, hiddenTeams) = TeamGrouping.apply(
            spec.teams.map { ($0.team, $0.counts.population, $0) }, policy: policy)

        // Cells: per row population, within, not within (never shown), and the extra column.
        var mine: [Int] = []
        typealias Row = (label: String, population: Int, within: Int, notWithin: Int, extra: Int)
        func add(
            _ key: String, _ label: String, _ c: TimelinessResult.Counts, hidden: Bool = false, total: Bool = false
        ) -> Row {
            // A hidden team's cells must stay unknown whatever their size.
            func cell(_ column: String, _ value: Int, hidden notShown: Bool, key fullKey: String? = nil) -> Int {
                let index = shown.cell(
                    fullKey ?? spec.key + key + "|" + column, value, hidden: notShown, total: total, protect: hidden,
                    place: "\(spec.caption): \(label), \(column)")
                mine.append(index)
                return index
            }
            let population = cell(
                "children", c.population, hidden: hidden, key: spec.sharedPopulationKey.map { $0(key) })
            let within = cell("within", c.within, hidden: hidden)
            let notWithin = cell("not within", c.population - c.within, hidden: true)
            let extra = cell(spec.extraName, spec.extraIsNoDate ? c.noDate : c.openOverdue, hidden: hidden)
            shown.relate([within, notWithin, population])
            if spec.extraIsNoDate {
                // Those with no date are among those not within: the rest are late with a date.
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
        let total = add("all", "All teams", spec.total, total: true)
        // What the table's shape tells a reader under a team minimum: a team on a row of its own
        // has at least the minimum; each merged or hidden team has fewer. A merged team's own
        // counts are cells too, protected like a hidden team's, so a merged row of two teams of 9
        // under a minimum of 10 cannot be read as "9 each".
        if policy.teamMinimum > 0 {
            let minimum = policy.teamMinimum
            for (group, row) in zip(groups, rows) {
                guard group.isMerged else {
                    shown.bound(row.population, atLeast: minimum)
                    continue
                }
                let members = group.items.map {
                    add(key([$0.team]), "a team merged into \(group.label)", $0.counts, hidden: true)
                }
                for column in [\Row.population, \Row.within, \Row.notWithin, \Row.extra] {
                    shown.relate(members.map { $0[keyPath: column] } + [row[keyPath: column]])
                }
                for (item, member) in zip(group.items, members) {
                    shown.bound(member.population, atLeast: min(1, item.counts.population), atMost: minimum - 1)
                }
            }
            for (team, row) in zip(hiddenTeams, hidden) {
                shown.bound(row.population, atLeast: min(1, team.counts.population), atMost: minimum - 1)
            }
        }
        for column in [\Row.population, \Row.within, \Row.notWithin, \Row.extra] {
            shown.relate((rows + hidden).map { $0[keyPath: column] } + [total[keyPath: column]])
        }

        let columns: [HTMLTable.Column] = [
            .init(heading: "Team"),
            .init(heading: spec.countedHeading, numeric: true),
            .init(heading: spec.withinHeading, numeric: true),
            .init(heading: "Share within", numeric: true),
            .init(heading: spec.extraHeading, numeric: true),
        ]
        var table = HTMLTable(caption: spec.caption, columns: columns, rowHeaders: true)
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
            merged: groups.contains(where: \.isMerged), hidden: hiddenTeams.count, counted: spec.countedNoun)
        let share = rateText(shown, total.within, total.population) ?? "z"
        var totals: (Int, Int, Int)?
        if let population = shown.count(total.population), let within = shown.count(total.within),
            let extra = shown.count(total.extra)
        {
            totals = (population, within, extra)
        }
        return ShareTable(
            html: table.html, share: share,
            shownPercentage: share.hasSuffix("%") ? Double(share.dropLast()) : nil, shownTotals: totals)
    }

    /// A timeliness measure's table: children (or assessments) per team within the standard.
    static func timelinessTable(_ result: TimelinessResult, counts shown: PublishedCounts) -> ShareTable {
        let measure = result.measure
        let labels = TimelinessLabels(measure, agreedFrequencies: result.agreedFrequencies)
        return shareTable(
            ShareTableSpec(
                caption: measure.name, key: "timeliness|\(measure.check.rawValue)|\(measure.name)|",
                teams: result.teams, total: result.total,
                countedHeading: labels.counted, countedNoun: labels.countedNoun,
                withinHeading: labels.within, extraHeading: labels.extra, extraName: labels.extraName,
                extraIsNoDate: !labels.episodes,
                sharedPopulationKey: labels.population.map { population in
                    { "timeliness-population|list-\(measure.check.list)|\(population)|\($0)|children" }
                }),
            counts: shown)
    }

    /// A team indicator's table: what it counts per team within the council's standard.
    static func indicatorTable(
        _ result: TeamIndicatorResult, _ indicator: TeamIndicator, counts shown: PublishedCounts
    ) -> ShareTable {
        shareTable(
            ShareTableSpec(
                caption: result.setting.name, key: "indicator|\(result.id)|", teams: result.teams, total: result.total,
                countedHeading: indicator.counted, countedNoun: indicator.counted.lowercased(),
                withinHeading: "Within \(result.setting.standard)",
                extraHeading: indicator.noneRecorded, extraName: "none recorded", extraIsNoDate: true,
                sharedPopulationKey: nil),
            counts: shown)
    }
}
