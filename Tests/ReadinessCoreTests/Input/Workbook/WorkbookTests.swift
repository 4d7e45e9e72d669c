import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("Workbook reader")
struct WorkbookTests {
    /// Opens a written workbook and reads its first sheet as rows of text.
    func rows(_ writer: WorkbookWriter) throws -> ([[String]], [CSVReader.Record], DiagnosticLog) {
        var log = DiagnosticLog()
        let workbook = try #require(Workbook.open(try writer.bytes(), path: "data/t.xlsx", log: &log))
        let records = try #require(workbook.records(ofSheet: writer.sheets[0].name, log: &log))
        return (records.map { $0.cells.map(\.text) }, records, log)
    }

    @Test("typed cells read as the text a CSV export gives, with shared or inline strings", arguments: [true, false])
    func typedCells(shared: Bool) throws {
        var writer = WorkbookWriter(sheets: [
            .init(
                name: "Action plan",
                rows: [
                    [.text("Ref"), .text("Due"), .text("Score"), .text("Done"), .text("Check")],
                    [
                        .text("A1 & <b>"), .date(try #require(CalendarDate(year: 2026, month: 12, day: 1))),
                        .number("4.5"), .bool(true), .error("#N/A"),
                    ],
                    [.text("A2"), .serial(46357.604166666664), .number("12"), .bool(false), .number("1E-3")],
                ])
        ])
        writer.sharedStrings = shared
        let (rows, records, log) = try rows(writer)
        #expect(log.all.isEmpty)
        #expect(
            rows == [
                ["Ref", "Due", "Score", "Done", "Check"],
                ["A1 & <b>", "2026-12-01", "4.5", "TRUE", "#N/A"],
                ["A2", "2026-12-01 14:30", "12", "FALSE", "0.001"],
            ])
        // line = row, column = column number.
        #expect(records[2].line == 3)
        #expect(records[2].cells[1].line == 3 && records[2].cells[1].column == 2)
    }

    @Test("blank cells are kept inside a row, trailing blanks and blank rows dropped")
    func blanks() throws {
        let writer = WorkbookWriter(sheets: [
            .init(
                name: "S",
                rows: [
                    [.text("a"), .blank, .text("c"), .blank], [.blank, .blank], [.blank, .text("x")],
                ])
        ])
        let (rows, records, _) = try rows(writer)
        #expect(rows == [["a", "", "c"], ["", "x"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test("the 1904 date system counts serials from 1904-01-01")
    func date1904() throws {
        var writer = WorkbookWriter(sheets: [
            .init(name: "S", rows: [[.date(try #require(CalendarDate(year: 2026, month: 3, day: 31)))]])
        ])
        writer.date1904 = true
        #expect(try rows(writer).0 == [["2026-03-31"]])
    }

    @Test("a formula is read from its cached value; without one it is blank with a warning at the cell")
    func formulas() throws {
        let writer = WorkbookWriter(sheets: [
            .init(name: "Plan", rows: [[.formula("1+1", cached: "2"), .formula("A1*2", cached: nil), .text("z")]])
        ])
        let (rows, _, log) = try rows(writer)
        #expect(rows == [["2", "", "z"]])
        #expect(log.warnings.count == 1)
        let warning = try #require(log.warnings.first)
        #expect(warning.file == "data/t.xlsx" && warning.sheet == "Plan" && warning.line == 1 && warning.column == 2)
        #expect(warning.location == "data/t.xlsx[Plan]!B1")
        #expect(warning.message.contains("formula with no saved value"))
        #expect(warning.hint?.contains("save it") == true)
    }

    @Test("a merged area takes its top-left value in every cell")
    func merged() throws {
        var sheet = WorkbookWriter.Sheet(
            name: "S",
            rows: [[.text("Theme"), .text("Action")], [.text("Leaders"), .text("A1")], [.blank, .text("A2")]])
        sheet.merges = ["A2:A3"]
        let (rows, _, _) = try rows(WorkbookWriter(sheets: [sheet]))
        #expect(rows == [["Theme", "Action"], ["Leaders", "A1"], ["Leaders", "A2"]])
    }

    @Test("sheet names come in tab order; an unknown sheet is an error naming those there are")
    func sheetNames() throws {
        let writer = WorkbookWriter(sheets: [.init(name: "Notes", rows: [[.text("x")]]), .init(name: "Plan", rows: [])])
        var log = DiagnosticLog()
        let workbook = try #require(Workbook.open(try writer.bytes(), path: "w.xlsx", log: &log))
        #expect(workbook.sheetNames == ["Notes", "Plan"])
        #expect(workbook.records(ofSheet: "Actions", log: &log) == nil)
        #expect(log.errors.first?.message.contains("no sheet named 'Actions'") == true)
        #expect(log.errors.first?.hint?.contains("'Notes', 'Plan'") == true)
    }

    // MARK: - Values

    @Test(
        "numbers as their shortest decimal text",
        arguments: [
            ("12", "12"), ("12.0", "12"), ("4.5", "4.5"), ("-3", "-3"), ("1E-3", "0.001"),
            ("1.5E+20", "150000000000000000000"),
            ("0.30000000000000004", "0.3"), ("46357", "46357"), ("abc", "abc"),
        ])
    func numbers(raw: String, expected: String) {
        #expect(CellText.number(raw) == expected)
    }

    @Test(
        "serial dates in both systems, with Excel's 29 February 1900",
        arguments: [
            (1.0, false, "1900-01-01"), (59.0, false, "1900-02-28"), (61.0, false, "1900-03-01"),
            (25569.0, false, "1970-01-01"), (46357.0, false, "2026-12-01"), (0.0, true, "1904-01-01"),
            (44895.0, true, "2026-12-01"),
        ])
    func serials(serial: Double, date1904: Bool, expected: String) throws {
        let moment = try #require(ExcelDate.moment(serial: serial, date1904: date1904))
        #expect(CalendarDate(daysSinceEpoch: moment.day).iso == expected)
        #expect(moment.minute == 0)
    }

    /// A serial's time of day, in seconds: `46357 + seconds / 86400`.
    @Test(
        "a time of day is rounded to the second and shown without them, as Excel shows it: 23:59:40 stays on its day",
        arguments: [
            (0, "2026-12-01 00:00"), (52_200, "2026-12-01 14:30"), (43_174, "2026-12-01 11:59"),
            (86_380, "2026-12-01 23:59"), (86_399, "2026-12-01 23:59"), (86_399.6, "2026-12-02 00:00"),
            (59.6, "2026-12-01 00:01"), (59.4, "2026-12-01 00:00"),
        ])
    func timesOfDay(seconds: Double, expected: String) throws {
        let serial = 46357 + seconds / 86_400
        let moment = try #require(ExcelDate.moment(serial: serial, date1904: false))
        let text = ExcelDate.text(day: moment.day, minute: moment.minute, timeOnly: false)
        #expect(text == expected || (expected.hasSuffix(" 00:00") && text == String(expected.prefix(10))), "\(text)")
    }

    @Test("serials that are no day: the 29 February 1900 that never was, negative, past 9999")
    func impossibleSerials() {
        #expect(ExcelDate.moment(serial: 60, date1904: false) == nil)
        #expect(ExcelDate.moment(serial: -1, date1904: false) == nil)
        #expect(ExcelDate.moment(serial: 3_000_000, date1904: false) == nil)
        #expect(ExcelDate.moment(serial: .nan, date1904: false) == nil)
    }

    @Test(
        "number formats that show dates or times, and those that do not",
        arguments: [
            ("dd/mm/yyyy", CellStyles.Kind.date), ("d mmm yy", .date), ("[$-809]dd mmmm yyyy;@", .date),
            ("yyyy-mm-dd hh:mm", .date), ("h:mm", .time), ("[h]:mm:ss", .duration), ("[mm]:ss", .duration),
            ("mm:ss", .time), ("mmm", .month), ("yyyy", .year), ("\"FY\" yy", .year),
            ("mmm-yy", .month), ("mmmm yyyy", .month), ("[$-809]mmm yy;@", .month),
            ("0.00", .number), ("General", .number), ("#,##0", .number), ("\"day\" 0", .number),
            ("[Red]0.0", .number), ("0.0E+00", .number), ("@", .number), ("0 \\d", .number),
        ])
    func formatCodes(code: String, kind: CellStyles.Kind) {
        #expect(CellStyles.kind(ofCode: code) == kind, "\(code)")
    }

    @Test(
        "a number cell reads as its style shows it, as a CSV export of the sheet gives it",
        arguments: [
            ("0", "46357", "46357"), ("0", "9007199254740993", "9007199254740993"), ("0", "-0012", "-12"),
            ("0", "12.000", "12"), ("0", "-0", "0"), ("0", "4.5", "4.5"), ("0", "1E-4", "0.0001"),
            ("0", "1.5E+20", "150000000000000000000"), ("0", "2.9999999999999996", "3"),
            ("0", "0.30000000000000004", "0.3"), ("0", "3.0000000000000004", "3"),
            ("0", "0.1234567890123456", "0.123456789012346"),
            ("dd/mm/yyyy", "46357", "2026-12-01"), ("dd/mm/yyyy hh:mm", "46357.5", "2026-12-01 12:00"),
            ("h:mm", "0.5", "12:00"), ("hh:mm", "46357.75", "18:00"), ("[h]:mm", "1.5", "36:00"),
            ("[h]:mm", "0.0104166667", "0:15"), ("yyyy", "46357", "2026"), ("mmm-yy", "46357", "Dec 2026"),
            ("dd/mm/yyyy", "-5", "-5"), ("yyyy", "9000000", "9000000"),
        ])
    func styledNumbers(code: String, value: String, expected: String) throws {
        let styles = try CellStyles(
            xml: Array(
                #"<styleSheet><numFmts><numFmt numFmtId="200" formatCode="\#(code)"/></numFmts><cellXfs><xf numFmtId="200"/></cellXfs></styleSheet>"#
                    .utf8))
        let text = CellText(sharedStrings: SharedStrings(), styles: styles, date1904: false)
        let bytes = Array(value.utf8)
        let outcome = bytes.withUnsafeBytes { raw in
            text.text(
                of: SheetCell(
                    row: 1, column: 1, kind: .number, style: 0, value: raw, hasValue: true, hasFormula: false))
        }
        #expect(outcome == .text(expected), "\(code) \(value)")
    }

    @Test("built-in number format ids 14-22, 27-36, 45-47 and 50-58 are dates or times")
    func builtInFormats() {
        let dates = Set(Array(14...22) + Array(27...36) + Array(45...47) + Array(50...58))
        for id in 0...200 {
            #expect((CellStyles.builtIn(id) != .number) == dates.contains(id), "\(id)")
        }
    }

    @Test(
        "text: entities, character references and Office's _xHHHH_ escapes; nothing else expanded",
        arguments: [
            ("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", "a & b <c> \"d\" 'e'"),
            ("one&#10;two", "one\ntwo"), ("&#x2019;", "\u{2019}"), ("line_x000D_", "line\n"),
            ("a_x000D__x000A_b", "a\nb"),
            ("&custom; &#0; &#xZZ;", "&custom; &#0; &#xZZ;"), ("snake_case_x", "snake_case_x"),
        ])
    func text(raw: String, expected: String) {
        let bytes = Array(raw.utf8)
        #expect(XMLText.string(bytes, 0..<bytes.count) == expected)
    }

    @Test(
        "cell references inside Excel's grid only",
        arguments: [
            ("A1", 1, 1), ("E14", 14, 5), ("$AA$2", 2, 27), ("XFD1048576", 1_048_576, 16_384), ("XFD1048577", 0, 0),
            ("A0", 0, 0), ("XFE1", 0, 0), ("1A", 0, 0), ("", 0, 0), ("AAAA1", 0, 0),
        ])
    func references(text: String, row: Int, column: Int) {
        let bytes = Array(text.utf8)
        let reference = CellReference(bytes, 0..<bytes.count)
        #expect(reference.map { [$0.row, $0.column] } == (row == 0 ? nil : [row, column]), "\(text)")
    }
}
