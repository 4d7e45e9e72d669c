import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Workbooks written by real producers, openpyxl and XlsxWriter (Fixtures/workbooks, made by
/// its make_fixtures.py and committed), read as Readiness reads any workbook.
@Suite("Workbooks from openpyxl and XlsxWriter")
struct ProducerWorkbookTests {
    static let folder = Support.fixtures.appendingPathComponent("workbooks")

    func open(_ name: String) throws -> (Workbook, DiagnosticLog) {
        var log = DiagnosticLog()
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder.appendingPathComponent(name).path))
        return (try #require(Workbook.open(Array(bytes), path: "data/\(name)", log: &log)), log)
    }

    @Test("openpyxl: a merged title above the header, dates, date-times, uncached formulas, rich text, merged cells")
    func openpyxl() throws {
        var (workbook, log) = try open("openpyxl-types.xlsx")
        let records = try #require(workbook.records(ofSheet: "Action plan", log: &log))
        let title = "Northfield action plan"
        #expect(
            records.map { $0.cells.map(\.text) } == [
                [title, title, title, title, title],
                ["Ref", "Theme", "Due", "Updated", "Score", "Twice", "Note"],
                ["A1", "Leaders", "2026-12-01", "2026-11-20 14:30", "4.5", "", "Bold and plain"],
                ["A2", "Leaders", "2027-01-31", "2026-11-21", "12", "", "x & <y>"],
                ["A3", "Care", "2026-02-28", "", "TRUE", "", "line one\nline two"],
            ])
        #expect(records.map(\.line) == [1, 3, 4, 5, 7])
        // openpyxl saves formulas without their values: one warning at each such cell.
        #expect(log.errors.isEmpty)
        #expect(
            log.warnings.map(\.location) == [
                "data/openpyxl-types.xlsx[Action plan]!F4", "data/openpyxl-types.xlsx[Action plan]!F5",
            ])
    }

    @Test("XlsxWriter: the 1904 date system, cached formula values, a rich string, a merged range")
    func xlsxwriter1904() throws {
        var (workbook, log) = try open("xlsxwriter-1904.xlsx")
        let records = try #require(workbook.records(ofSheet: "Plan", log: &log))
        #expect(
            records.map { $0.cells.map(\.text) } == [
                ["Ref", "Due", "At", "Total", "Rich"],
                ["B1", "2026-12-01", "2026-12-01 09:05", "3", "Very good"],
                ["Merged", "Merged", "", "ab", "FALSE"],
            ])
        #expect(log.all.isEmpty)
    }

    @Test("XlsxWriter's constant-memory mode: inline strings, a notes sheet first, a title above the header")
    func inline() throws {
        var (workbook, log) = try open("xlsxwriter-inline.xlsx")
        #expect(workbook.sheetNames == ["Notes", "List 8"])
        let records = try #require(workbook.records(ofSheet: "List 8", log: &log))
        #expect(records.map(\.line) == [1, 3, 4, 5, 6])
        #expect(records[2].cells.map(\.text) == ["C3", "7", "2020-05-01", "2026-11-16", "Care 1"])
        #expect(records[4].cells.map(\.text) == ["C5", "15", "2019-08-27", "", "Care 1"])
        #expect(log.all.isEmpty)
    }

    @Test("the same list as an XlsxWriter workbook and as CSV gives the same counts")
    func annexAFromProducer() throws {
        let csv = """
            Child Unique ID,Age of Child (Years),Date Started to be Looked After,Date of Last Social Work Visit,Allocated Team
            C3,7,01/05/2020,16/11/2026,Care 1
            C4,3,17/01/2025,01/09/2026,Care 2
            C5,15,27/08/2019,,Care 1
            """
        func counts(_ place: (URL) throws -> Void) throws -> ([TimelinessResult], DiagnosticLog) {
            let folder = try Support.temporaryFolder()
            try place(folder)
            let measure = TimelinessMeasure(
                check: .claVisits, name: "m", standard: Interval(6, .weeks), standardUnderFive: nil, theme: nil,
                location: SourceLocation(file: "s", line: 1, column: 1))
            var log = DiagnosticLog()
            var ledger = InputLedger()
            let results = ChildLevelLoader.load(
                measures: [measure], folder: folder.path, asAt: WorkingDayTests.date("2026-11-20"),
                calendar: WorkingDayTests.shipped, log: &log, ledger: &ledger)
            return (results, log)
        }
        let (fromCSV, csvLog) = try counts { folder in
            let annex = folder.appendingPathComponent("annex-a")
            try FileManager.default.createDirectory(at: annex, withIntermediateDirectories: true)
            try csv.write(to: annex.appendingPathComponent("list-8.csv"), atomically: false, encoding: .utf8)
        }
        let (fromWorkbook, workbookLog) = try counts { folder in
            try FileManager.default.copyItem(
                at: Self.folder.appendingPathComponent("xlsxwriter-inline.xlsx"),
                to: folder.appendingPathComponent("annex-a.xlsx"))
        }
        #expect(!csvLog.hasErrors && !workbookLog.hasErrors)
        #expect(fromCSV.first?.teams.count == 2)
        #expect(fromWorkbook.map(\.teams.description) == fromCSV.map(\.teams.description))
    }
}
