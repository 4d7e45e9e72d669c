import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Trends over the last 12 months: measures month by month from the child-level lists, and the
/// service's staffing and caseload swing from caseloads.csv, each worked by hand.
@Suite("Trends")
struct TrendTests {
    /// One measure's result from one list, as at Friday 20 November 2026.
    static func result(_ list: Int, _ check: TimelinessMeasure.Check, _ standard: String, _ csv: String) throws
        -> TimelinessResult
    {
        let (result, log) = try TimelinessTests.measure(list: list, csv: csv, check: check, standard: standard)
        #expect(!log.hasErrors, "\(log.all)")
        return try #require(result)
    }

    @Test(
        "contacts by the month decided: December 2025 to November 2026, a contact decided before is in the total only")
    func contactsByMonth() throws {
        // Decided within 1 working day unless noted. Wednesday 24 December 2025 to Monday 29:
        // within, over Christmas, in December. 30 November 2025: before the 12 months. Friday 28
        // November to Monday 1 December: within, in December, the month decided. 31 March:
        // late (2 working days). 20 November: the as-at date, in the last month. 23 November:
        // after it, not counted. An open contact: in no month.
        let result = try Self.result(
            1, .contacts, "1 working day",
            """
            Date of Contact,Date of Decision
            24/12/2025,29/12/2025
            2025-11-28,2025-11-30
            2025-11-28,2025-12-01
            2026-03-27,2026-03-31
            2026-03-02,2026-03-03
            2026-11-19,2026-11-20
            2026-11-23,2026-11-23
            2026-11-02,
            """)
        #expect(
            result.months.map(\.month.description) == [
                "2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08",
                "2026-09", "2026-10", "2026-11",
            ])
        let counts = result.months.map { [$0.counts.population, $0.counts.within] }
        #expect(counts == [[2, 2], [0, 0], [0, 0], [2, 1]] + Array(repeating: [0, 0], count: 7) + [[1, 1]])
        #expect(result.total.population == 6 && result.total.within == 5)
    }

    @Test(
        "each trended check places a row by the day it names; checks counted as at the date have no trend",
        arguments: TimelinessMeasure.Check.allCases)
    func trendDay(check: TimelinessMeasure.Check) {
        let rules = TimelinessRules(
            measure: TimelinessMeasure(
                check: check, name: "m", standard: Interval(12, .months),
                location: SourceLocation(file: "s", line: 1, column: 1)),
            asAt: WorkingDayTests.date("2026-11-20"), calendar: WorkingDayTests.shipped)
        let row = ChildRow(start: 100, end: 200)
        switch check.trend {
        case .ended?: #expect(rules.trendDay(row) == 200)
        case .started?: #expect(rules.trendDay(row) == 100)
        case nil: #expect(rules.trendDay(row) == nil)
        }
    }

    @Test("every day of the 12 months to any as-at date falls in its own calendar month, and no other day does")
    func months() throws {
        // Every as-at date over two years, leap day and year ends included.
        for offset in 0..<731 {
            let asAt = WorkingDayTests.date("2027-01-01").adding(days: -offset)
            let trend = TrendMonths(asAt: asAt)
            #expect(trend.months.count == 12)
            #expect(trend.months.last == CalendarMonth(year: asAt.year, month: asAt.month))
            for back in stride(from: -3, through: 400, by: 1) {
                let day = asAt.adding(days: -back)
                let index = trend.index(of: day.daysSinceEpoch)
                let expected = trend.months.firstIndex(of: CalendarMonth(year: day.year, month: day.month))
                #expect(index == (back < 0 ? nil : expected), "\(asAt.iso) \(day.iso)")
            }
        }
    }

    static func snapshot(
        _ month: String, _ team: String, children: Int, fte: Double, inPost: Double, agency: Double,
        vacancy: Double, leavers: Double?
    ) -> CaseloadSnapshot {
        IndicatorTests.snapshot(
            month, team, children: children, fte: fte, agency: agency, inPost: inPost, vacancy: vacancy,
            leavers: leavers)
    }

    @Test("staffing by month and the service's swing: the largest change in all teams' children beside the FTE range")
    func serviceSwing() {
        // Two teams over three months. Children: 300, 450 (+150), 420 (-30). Case-holding FTE
        // 20, 20, 21; in-post 18, 18.5, 19. In January: agency 4 / (4 + 18.5) = 17.8%, vacancies
        // 1.5 / (1.5 + 18.5) = 7.5%, and team A gives no leavers, so leavers are not available.
        let rows = [
            Self.snapshot("2026-12", "A", children: 200, fte: 12, inPost: 11, agency: 2, vacancy: 1, leavers: 1),
            Self.snapshot("2026-12", "B", children: 100, fte: 8, inPost: 7, agency: 1, vacancy: 1, leavers: 0),
            Self.snapshot("2027-01", "A", children: 280, fte: 12, inPost: 11, agency: 3, vacancy: 1, leavers: nil),
            Self.snapshot("2027-01", "B", children: 170, fte: 8, inPost: 7.5, agency: 1, vacancy: 0.5, leavers: 0),
            Self.snapshot("2027-02", "A", children: 260, fte: 12.5, inPost: 11.5, agency: 2, vacancy: 0, leavers: 0),
            Self.snapshot("2027-02", "B", children: 160, fte: 8.5, inPost: 7.5, agency: 1, vacancy: 0, leavers: 0),
        ]
        let protected = ProtectedCaseloads(
            CaseloadSummary(rows, serviceAreas: nil), counts: PublishedCounts(policy: .none), scope: "all teams")
        #expect(
            HTMLBlocks.serviceSwing(protected)
                == "<p>Across all teams, children allocated changed by up to +150 in a month (January 2027), over 2 month-on-month changes shown. Case-holding FTE stayed between 20.0 and 21.0 over the 3 months, and in-post FTE between 18.0 and 19.0.</p>\n"
        )
        let table = HTMLBlocks.workforceTrendTable(protected, caption: "c")
        #expect(
            table.contains(
                "<th scope=\"row\">January 2027</th><td class=\"num\">18.5</td><td class=\"num\">4.0</td><td class=\"num\">1.5</td><td class=\"num\">17.8%</td><td class=\"num\">7.5%</td><td class=\"num\"><abbr title=\"not available\">x</abbr></td>"
            ), "\(table)")
    }
}
