import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Disclosure control, each case worked out by hand with a threshold of 5 (counts 1 to 4 are
/// suppressed).
@Suite("Disclosure control")
struct DisclosureTests {
    /// Red team, issue 13: with counts rounded to 5, a shown 15 is a whole number from 13 to 17
    /// (halves go up), not anything from 12.5 to 17.5. A team of 14 shown as 15, a hidden team of
    /// 3 (known to have at least 1) and their total of 17 shown as 15 leave the hidden team 1 to
    /// 4: four values, fewer than the threshold of 5, so the audit must report it.
    @Test("rounded counts are known to the whole numbers that round to them")
    func roundingIntervalIsWholeNumbers() {
        var ledger = DisclosureLedger()
        let shown = ledger.add(14)
        let hidden = ledger.add(3, hidden: true, protect: true)
        let total = ledger.add(17, total: true)
        ledger.relate([shown, hidden, total])
        ledger.bound(hidden, atLeast: 1, atMost: 9)
        let policy = DisclosurePolicy(threshold: 5, roundTo: 5, teamMinimum: 10, smallTeams: .hide)
        let findings = DisclosureAudit(ledger: ledger, policy: policy).exposed(suppressed: [])
        #expect(findings.map(\.cell) == [hidden])
        #expect(findings.first.map { [$0.lower, $0.upper] } == [1, 4])
    }

    static let policy = DisclosurePolicy(threshold: 5, roundTo: 1, teamMinimum: 0, smallTeams: .merge)

    /// Each case: a grid and the cells expected to be suppressed.
    static let cases: [(String, DisclosureLedger, Set<Int>)] = [
        (
            "a small count in a row with a total: its smallest neighbour goes too",
            DisclosureLedger(values: [3, 17, 20], relations: [[0, 1, 2]], totals: [2]), [0, 1]
        ),
        (
            "two small counts protect each other",
            DisclosureLedger(values: [3, 2, 10, 15], relations: [[0, 1, 2, 3]], totals: [3]), [0, 1]
        ),
        ("zero is not suppressed", DisclosureLedger(values: [0, 20, 20], relations: [[0, 1, 2]], totals: [2]), []),
        (
            "a small hidden complement (20 children, 18 within, so 2 not within) hides the count that reveals it",
            DisclosureLedger(values: [18, 2, 20], hidden: [1], relations: [[0, 1, 2]], totals: [2]), [0]
        ),
        (
            "a large hidden complement needs nothing",
            DisclosureLedger(values: [10, 10, 20], hidden: [1], relations: [[0, 1, 2]], totals: [2]), []
        ),
        (
            "a small total and its only non-zero part are both suppressed",
            DisclosureLedger(values: [1, 0, 1], relations: [[0, 1, 2]], totals: [2]), [0, 2]
        ),
        (
            "a two-way table: one small cell takes its row, its column and the opposite corner with it",
            // Rows [3, 10 | 13] and [10, 10 | 20]; columns [3, 10 | 13] and [10, 10 | 20]; grand total 33.
            DisclosureLedger(
                values: [3, 10, 13, 10, 10, 20, 13, 20, 33],
                relations: [[0, 1, 2], [3, 4, 5], [0, 3, 6], [1, 4, 7], [6, 7, 8], [2, 5, 8]], totals: [2, 5, 6, 7, 8]),
            [0, 1, 3, 4]
        ),
        (
            "a hidden small team still in the total: the other part goes too",
            DisclosureLedger(
                values: [12, 30, 42], hidden: [1], relations: [[0, 1, 2]], totals: [2], alwaysProtect: [1]), [0]
        ),
        (
            "two small counts that add up to 2 would pin each other to 0-2: the audit takes a third cell",
            DisclosureLedger(values: [1, 1, 30, 32], relations: [[0, 1, 2, 3]], totals: [3]), [0, 1, 2]
        ),
        (
            "the issue's audit chart and table: grades 1 | 16 | 16 | 2 of 35, good or better 17 shown",
            // Outstanding, good, requires improvement, inadequate, total; good or better; below good.
            DisclosureLedger(
                values: [1, 16, 16, 2, 35, 17, 18], hidden: [6], relations: [[0, 1, 5], [2, 3, 6], [5, 6, 4]],
                totals: [4, 5]),
            [0, 1, 2, 3]
        ),
        (
            "the same team on two pages: a theme's total less the overview's row gives nothing away",
            // Overview rows North 3, South 40, East 50 (total 93); the theme page shows North and South
            // and its own total 43. North is small: South, on both pages, goes too.
            DisclosureLedger(values: [3, 40, 50, 93, 43], relations: [[0, 1, 2, 3], [0, 1, 4]], totals: [3, 4]),
            [0, 1]
        ),
        (
            "a suppressed cell whose only partner is a zero: the total goes",
            DisclosureLedger(values: [4, 0, 4], relations: [[0, 1, 2]], totals: [2]), [0, 2]
        ),
    ]

    @Test("primary and secondary suppression", arguments: cases)
    func suppression(_ name: String, _ grid: DisclosureLedger, _ expected: Set<Int>) {
        #expect(grid.suppressed(under: Self.policy) == expected, "\(name)")
    }

    @Test("no cell of a relation is ever left as the only unknown, for every case")
    func noSingleUnknown() {
        for (name, grid, _) in Self.cases {
            let suppressed = grid.suppressed(under: Self.policy)
            for relation in grid.relations {
                let unknown = relation.filter { suppressed.contains($0) || grid.hidden.contains($0) }
                let protected = unknown.filter {
                    suppressed.contains($0) || Self.policy.isSensitive(grid.values[$0])
                        || grid.alwaysProtect.contains($0)
                }
                #expect(!(unknown.count == 1 && protected.count == 1), "\(name): relation \(relation)")
            }
        }
    }

    @Test("a protected count nothing more can protect is reported, so the build fails")
    func exposed() {
        var ledger = DisclosureLedger()
        let small = ledger.cell("small", 2)
        let known = ledger.cell("known", 3, fixed: true)
        let total = ledger.cell("total", 5, fixed: true)
        ledger.relate([small, known, total])
        let shown = ProtectedCounts(ledger, policy: Self.policy)
        #expect(shown.exposed == [DisclosureAudit.Finding(cell: small, lower: 2, upper: 2)])
    }

    @Test("the internal build suppresses nothing")
    func internalBuild() {
        let grid = DisclosureLedger(values: [3, 17, 20], relations: [[0, 1, 2]], totals: [2])
        #expect(grid.suppressed(under: .none).isEmpty)
    }

    @Test("rates are suppressed when either count is unknown")
    func rates() {
        let shown = ProtectedCounts(
            DisclosureLedger(values: [3, 17, 20, 40], relations: [[0, 1, 2]], totals: [2]), policy: Self.policy)
        #expect(shown.rate(0, 2) == nil)
        #expect(shown.rate(1, 2) == nil)
        #expect(shown.rate(2, 3) == 0.5)
        #expect(shown.count(0) == nil)
        #expect(shown.count(2) == 20)
    }

    @Test(
        "rounding to the nearest 5, halves up",
        arguments: [(0, 0), (2, 0), (3, 5), (7, 5), (8, 10), (12, 10), (13, 15)])
    func rounding(_ value: Int, _ expected: Int) {
        #expect(
            DisclosurePolicy(threshold: 0, roundTo: 5, teamMinimum: 0, smallTeams: .merge).rounded(value) == expected)
    }

    @Test("small teams are merged into one row, or hidden")
    func teams() {
        let items = [(team: "A", size: 40, item: 1), (team: "B", size: 6, item: 2), (team: "C", size: 3, item: 3)]
        let merge = TeamGrouping.apply(
            items, policy: .init(threshold: 5, roundTo: 1, teamMinimum: 10, smallTeams: .merge))
        #expect(merge.shown.map(\.label) == ["A", "Other teams (2)"])
        #expect(merge.shown.last?.items == [2, 3])
        let hide = TeamGrouping.apply(
            items, policy: .init(threshold: 5, roundTo: 1, teamMinimum: 10, smallTeams: .hide))
        #expect(hide.shown.map(\.label) == ["A"])
        #expect(hide.hidden == [2, 3])
    }

    @Test(
        "a lone small team is never a row of its own, in either mode",
        arguments: [DisclosurePolicy.SmallTeams.merge, .hide])
    func loneSmallTeam(_ mode: DisclosurePolicy.SmallTeams) {
        // Shown alone, one page's "Other team" row would be that team; another page's merged row
        // less it would be the rest (found by the red team on the sample's themes).
        let items = [(team: "A", size: 40, item: 1), (team: "S1", size: 7, item: 2)]
        let split = TeamGrouping.apply(
            items, policy: .init(threshold: 5, roundTo: 1, teamMinimum: 10, smallTeams: mode))
        #expect(split.shown.map(\.label) == ["A"])
        #expect(split.shown.allSatisfy { !$0.isMerged })
        #expect(split.hidden == [2])
    }

    @Test("a public timeliness table: small cells and the cells that would reveal them show c, with the reason")
    func timelinessTable() {
        let measure = TimelinessMeasure(
            check: .cinVisits, name: "Seen", standard: Interval(4, .weeks), standardUnderFive: nil, theme: nil,
            location: SourceLocation(file: "s", line: 1, column: 1))
        func counts(_ population: Int, _ within: Int) -> TimelinessResult.Counts {
            TimelinessResult.Counts(population: population, within: within, noDate: 0, openOverdue: 0)
        }
        // North: 30 children, 28 within (2 not within: small). South: 40, 30 within.
        let result = TimelinessResult(
            measure: measure, teams: [(team: "North", counts: counts(30, 28)), (team: "South", counts: counts(40, 30))])
        let table = PublishedCounts.twoPass(policy: Self.policy) { HTMLBlocks.timelinessTable(result, counts: $0) }.0
        let c = HTMLBlocks.suppressedSymbol
        // North's within and share go; so does South's within (or the total would give North's);
        // the total within (58) stays, since North's and South's are both unknown.
        #expect(
            table.html.contains(
                "<th scope=\"row\">North</th><td class=\"num\">30</td><td class=\"num\">\(c)</td><td class=\"num\">\(c)</td>"
            ))
        #expect(
            table.html.contains(
                "<th scope=\"row\">South</th><td class=\"num\">40</td><td class=\"num\">\(c)</td><td class=\"num\">\(c)</td>"
            ))
        #expect(
            table.html.contains(
                "<th scope=\"row\">All teams</th><td class=\"num\">70</td><td class=\"num\">58</td><td class=\"num\">82.9%</td>"
            ))
        #expect(table.html.contains("c: not shown to protect children&#39;s confidentiality."))
        #expect(table.share == "82.9%")
    }

    @Test("two measures on the same list share their children counts: one table cannot show what the other hides")
    func sharedPopulation() {
        func measure(_ check: TimelinessMeasure.Check) -> TimelinessMeasure {
            TimelinessMeasure(
                check: check, name: check.rawValue, standard: Interval(10, .workingDays), standardUnderFive: nil,
                theme: nil, location: SourceLocation(file: "s", line: 1, column: 1))
        }
        func counts(_ population: Int, _ within: Int) -> TimelinessResult.Counts {
            TimelinessResult.Counts(population: population, within: within, noDate: 0, openOverdue: 0)
        }
        // Visits: North 3 children (small), South 40, so South's count is suppressed with North's.
        // Reviews on the same children: all within, nothing small of its own.
        let visits = TimelinessResult(
            measure: measure(.cpVisits),
            teams: [(team: "North", counts: counts(3, 3)), (team: "South", counts: counts(40, 30))])
        let reviews = TimelinessResult(
            measure: measure(.cpReviews),
            teams: [(team: "North", counts: counts(3, 3)), (team: "South", counts: counts(40, 40))])
        let (tables, shown) = PublishedCounts.twoPass(policy: Self.policy) { shown in
            [visits, reviews].map { HTMLBlocks.timelinessTable($0, counts: shown).html }
        }
        // North, South and all teams: three children cells for the two tables, not six.
        #expect(shown.ledger.places.values.filter { $0.hasSuffix(", children") }.count == 3)
        let c = HTMLBlocks.suppressedSymbol
        for table in tables {
            #expect(table.contains("<th scope=\"row\">North</th><td class=\"num\">\(c)</td>"))
        }
    }
}
