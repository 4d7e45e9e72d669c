import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Timeliness from small child-level lists, as at Friday 20 November 2026, each row's outcome
/// worked out by hand (no bank holidays fall between September and November 2026).
@Suite("Timeliness from child-level lists")
struct TimelinessTests {
    /// Writes one list into a temporary data folder and computes one measure from it.
    func result(list: Int, csv: String, check: TimelinessMeasure.Check, standard: String, underFive: String? = nil)
        throws -> (TimelinessResult.Counts?, DiagnosticLog)
    {
        let (result, log) = try Self.measure(
            list: list, csv: csv, check: check, standard: standard, underFive: underFive)
        return (result?.total, log)
    }

    /// One measure from one list written to a new data folder, as at Friday 20 November 2026:
    /// its whole result (per team, per month) and the diagnostics.
    static func measure(
        list: Int, csv: String, check: TimelinessMeasure.Check, standard: String, underFive: String? = nil
    ) throws -> (TimelinessResult?, DiagnosticLog) {
        let folder = try Support.temporaryFolder()
        let annex = folder.appendingPathComponent("annex-a")
        try FileManager.default.createDirectory(at: annex, withIntermediateDirectories: true)
        try csv.write(to: annex.appendingPathComponent("list-\(list).csv"), atomically: false, encoding: .utf8)
        let measure = TimelinessMeasure(
            check: check, name: "m", standard: try #require(Interval.parse(standard)),
            standardUnderFive: underFive.flatMap(Interval.parse), theme: nil,
            location: SourceLocation(file: "s", line: 1, column: 1))
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let results = ChildLevelLoader.load(
            measures: [measure], folder: folder.path, asAt: WorkingDayTests.date("2026-11-20"),
            calendar: WorkingDayTests.shipped, log: &log, ledger: &ledger)
        return (results.first, log)
    }

    @Test("assessments: within 45 working days of the start, and open ones already past it")
    func assessments() throws {
        let csv = """
            Child Unique ID,Date of Birth,Assessment Start Date,Assessment Authorised Date,Allocated Team,Allocated Worker
            C1,01/01/2015,01/09/2026,03/11/2026,North,Worker A
            C2,01/01/2015,01/09/2026,04/11/2026,North,Worker A
            C3,01/01/2015,01/09/2026,,North,Worker B
            C4,01/01/2015,01/10/2026,,South,Worker B
            C5,01/01/2015,21/11/2026,,South,Worker B
            C6,01/01/2015,01/09/2026,25/11/2026,South,Worker B
            """
        // C1: 45 working days, within. C2: 46, not. C3: open, due 3 November, overdue.
        // C4: open, 36 working days so far. C5: starts after the as-at date. C6: completed after it, so
        // open as at 20 November and overdue.
        let (counts, log) = try result(list: 4, csv: csv, check: .assessments, standard: "45 working days")
        #expect(!log.hasErrors)
        #expect(counts == TimelinessResult.Counts(population: 2, within: 1, noDate: 0, openOverdue: 2))
    }

    @Test("children in need seen within 4 weeks, open cases only")
    func cinVisits() throws {
        let csv = """
            Child Unique ID,CIN Start Date,Date Child Was Last Seen,CIN Closure Date,Allocated Team
            A,2026-01-01,2026-10-23,,T
            B,2026-01-01,2026-10-22,,T
            C,2026-01-01,2026-10-01,2026-11-01,T
            D,2026-12-01,,,T
            E,2026-01-01,,,T
            F,2026-01-01,2026-11-19,2026-11-20,T
            """
        // A: 28 days ago, within. B: 29 days, not. C and F closed by the as-at date; D not started.
        // E: open, never seen: counted, not within.
        let (counts, _) = try result(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        #expect(counts == TimelinessResult.Counts(population: 3, within: 1, noDate: 1, openOverdue: 0))
    }

    @Test("child protection visits within 10 working days")
    func cpVisits() throws {
        let csv = """
            Child Protection Plan Start Date,Date of the Last Statutory Visit,Allocated Team
            01/01/2026,06/11/2026,T
            01/01/2026,05/11/2026,T
            """
        let (counts, _) = try result(list: 7, csv: csv, check: .cpVisits, standard: "10 working days")
        #expect(counts?.population == 2)
        #expect(counts?.within == 1)
    }

    @Test("child protection reviews: first within 3 months of the plan, then within the standard")
    func cpReviews() throws {
        let csv = """
            Child Protection Plan Start Date,Date of the Last Statutory Visit,Date of latest review conference,Allocated Team
            2026-08-19,2026-11-18,,T
            2026-08-20,2026-11-18,,T
            2026-01-01,2026-11-18,2026-05-20,T
            2026-01-01,2026-11-18,2026-05-19,T
            """
        // First reviews: due 19 November (late) and 20 November (on time). Later reviews: 6 months
        // after 20 May is 20 November (on time); after 19 May is 19 November (late).
        let (counts, _) = try result(list: 7, csv: csv, check: .cpReviews, standard: "6 months")
        #expect(counts == TimelinessResult.Counts(population: 4, within: 2, noDate: 0, openOverdue: 0))
    }

    @Test("health assessments: 6 months under 5, 12 months from 5")
    func health() throws {
        let csv = """
            Age of Child (Years),Date Started to be Looked After,Date of Last Social Work Visit,Date of Last Health Assessment,Allocated Team
            3,2025-01-01,2026-11-01,2026-05-20,T
            3,2025-01-01,2026-11-01,2026-05-19,T
            7,2025-01-01,2026-11-01,2026-01-01,T
            7,2025-01-01,2026-11-01,,T
            """
        let (counts, _) = try result(
            list: 8, csv: csv, check: .healthAssessments, standard: "12 months", underFive: "6 months")
        #expect(counts == TimelinessResult.Counts(population: 4, within: 2, noDate: 1, openOverdue: 0))
    }

    @Test("a bad date is reported at its cell without printing the value")
    func privateDiagnostics() throws {
        let csv = """
            Child Unique ID,CIN Start Date,Date Child Was Last Seen,Allocated Team
            SECRET-ID-123,2026-01-01,31/02/2026,T
            """
        let (_, log) = try result(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        let messages = log.errors.map(\.description)
        #expect(messages.count == 1)
        #expect(
            messages.first?.hasSuffix(
                ":2:26: error: 'Date Child Was Last Seen' is not a real date; check the day and month; write dates as 2026-02-28, 28/02/2026 or 28 Feb 2026"
            )
                == true)
        #expect(!messages.joined().contains("31/02/2026"))
        #expect(!messages.joined().contains("SECRET-ID-123"))
    }

    @Test("an empty period: a list with no rows gives no teams and no rate")
    func emptyList() throws {
        let (counts, log) = try result(
            list: 6, csv: "CIN Start Date,Date Child Was Last Seen,Allocated Team\n", check: .cinVisits,
            standard: "4 weeks")
        #expect(!log.hasErrors)
        #expect(counts == TimelinessResult.Counts())
        #expect(counts?.rate == nil)
    }

    @Test("a missing list is a warning naming the file and the measure left out")
    func missingList() throws {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let measure = TimelinessMeasure(
            check: .claVisits, name: "m", standard: Interval(6, .weeks), standardUnderFive: nil, theme: nil,
            location: SourceLocation(file: "s", line: 1, column: 1))
        let results = ChildLevelLoader.load(
            measures: [measure], folder: try Support.temporaryFolder().path, asAt: WorkingDayTests.date("2026-11-20"),
            calendar: WorkingDayTests.shipped, log: &log, ledger: &ledger)
        #expect(results.isEmpty)
        #expect(!log.hasErrors)
        #expect(log.warnings.first?.file.hasSuffix("annex-a/list-8.csv") == true)
    }
}
