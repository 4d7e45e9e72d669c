import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessInput
@testable import ReadinessModel

/// Caseload months after the as-at date are not yet held: each draws one warning and none is in
/// the figures, whatever the as-at date.
@Suite("Caseload months after the as-at date")
struct CaseloadMonthTests {
    /// The basic fixture's data with two later months added (two rows for December).
    static func data() throws -> URL {
        let copy = try Support.copy(Support.basic)
        let url = copy.appendingPathComponent("data/caseloads.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        try
            (text
            + "2026-12,Assessment,Help and protection,210,10,8,2,1,0\n"
            + "Dec 2026,Leaving care,Care leavers,95,5,5,0,1,\n"
            + "2027-01,Assessment,Help and protection,220,10,8,2,1,0\n")
            .write(to: url, atomically: false, encoding: .utf8)
        return copy
    }

    static func load(_ folder: URL, asAt: String) throws -> (ReadinessData, DiagnosticLog) {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let date = try CalendarDate.parse(asAt).get()
        let data = try #require(
            DataLoader.load(
                from: folder.appendingPathComponent("data").path, asAtOverride: date, log: &log, ledger: &ledger))
        return (data, log)
    }

    @Test("each later month is one warning at its first row, and is left out of every figure")
    func warnedAndLeftOut() throws {
        let folder = try Self.data()
        let (data, log) = try Self.load(folder, asAt: "2026-11-20")
        let warnings = log.warnings.filter { $0.message.contains("are for a month after the as-at date") }
        #expect(
            warnings.map { "\($0.line):\($0.message)" } == [
                "5:the rows for December 2026 are for a month after the as-at date 20 November 2026, so they are left out of the figures",
                "7:the rows for January 2027 are for a month after the as-at date 20 November 2026, so they are left out of the figures",
            ])
        let figures = SiteFigures(data, asAt: try CalendarDate.parse("2026-11-20").get())
        #expect(figures.caseloads.month == CalendarMonth(year: 2026, month: 10))
        #expect(
            figures.themes.allSatisfy {
                ($0.caseloads.month ?? CalendarMonth(year: 1, month: 1)) <= CalendarMonth(year: 2026, month: 11)
            })
    }

    @Test("the month the as-at date is in is held, without a warning")
    func currentMonthHeld() throws {
        let (data, log) = try Self.load(try Self.data(), asAt: "2026-12-01")
        #expect(log.warnings.filter { $0.message.contains("are for a month after the as-at date") }.count == 1)
        #expect(
            SiteFigures(data, asAt: try CalendarDate.parse("2026-12-01").get()).caseloads.month
                == CalendarMonth(year: 2026, month: 12))
    }

    @Test("for every as-at day from August 2026 to February 2027, no figure uses a later month")
    func everyDay() throws {
        let folder = try Self.data()
        var day = try CalendarDate.parse("2026-08-25").get()
        let last = try CalendarDate.parse("2027-02-05").get()
        while day <= last {
            let (data, log) = try Self.load(folder, asAt: day.iso)
            let figures = SiteFigures(data, asAt: day)
            let held = CalendarMonth(day)
            #expect(figures.caseloads.allMonths.allSatisfy { $0 <= held }, "\(day.iso)")
            for theme in figures.themes {
                #expect(theme.caseloads.teams.allSatisfy { $0.months.allSatisfy { $0.month <= held } }, "\(day.iso)")
            }
            let later = Set(data.caseloads.map(\.month).filter { $0 > held })
            #expect(
                log.warnings.filter { $0.message.contains("are for a month after the as-at date") }.count
                    == later.count, "\(day.iso)")
            day = day.adding(days: 1)
        }
    }
}
