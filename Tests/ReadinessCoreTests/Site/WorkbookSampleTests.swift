import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The sample ships both ways: as CSV files, and as the workbooks a council keeps. The same data
/// in either form, or in the messy form real exports come in, builds the same site.
@Suite("The sample as workbooks")
struct WorkbookSampleTests {
    /// The sample with every table a workbook (`actions.xlsx` for `actions.csv`: a notes sheet
    /// first, then the table below a title row, on a sheet whose name says nothing), and the
    /// lists the Annex A workbook.
    static func sampleAsWorkbooks() throws -> URL {
        let site = try AnnexAWorkbookTests.sampleWithWorkbook()
        let data = site.appendingPathComponent("data")
        let tables = try FileManager.default.contentsOfDirectory(atPath: data.path).filter { $0.hasSuffix(".csv") }
        #expect(tables.count >= DataFiles.tables.count)
        for name in tables.sorted() {
            let csv = data.appendingPathComponent(name)
            var table = WorkbookWriter.fromCSV(try String(contentsOf: csv, encoding: .utf8), sheet: "Data").sheets[0]
            table.rows.insert(contentsOf: [[.text("Exported from the performance system")], []], at: 0)
            let notes = WorkbookWriter.Sheet(
                name: "Notes", rows: [[.text("Read me first")], [.text("Owner: QA team")]])
            let workbook = WorkbookWriter(sheets: [notes, table])
            try FileManager.default.removeItem(at: csv)
            try Data(try workbook.bytes()).write(
                to: data.appendingPathComponent(String(name.dropLast(4)) + ".xlsx"))
        }
        return site
    }

    @Test("every table and list as a workbook builds the sample's site byte for byte, with the same diagnostics")
    func sameSite() throws {
        let csv = try Support.render(Support.packageRoot)
        let site = try Self.sampleAsWorkbooks()
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("data").path).filter {
                $0.hasSuffix(".csv")
            }.isEmpty)
        let xlsx = try Support.render(site)
        #expect(xlsx.diagnostics.all.map(\.message) == csv.diagnostics.all.map(\.message))
        // Each diagnostic moves from a line of the CSV to a cell of the workbook.
        for diagnostic in xlsx.diagnostics.all where diagnostic.line > 0 {
            #expect(diagnostic.file.hasSuffix(".xlsx") && diagnostic.sheet == "Data", "\(diagnostic)")
        }
        #expect(!xlsx.files.isEmpty)
        let (a, b) = (AnnexAWorkbookTests.pages(csv), AnnexAWorkbookTests.pages(xlsx))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a {
            // The footer counts the input files: eleven lists in the folder, one workbook.
            let expected = AnnexAWorkbookTests.fewerInputs(String(decoding: bytes, as: UTF8.self), by: 10)
            #expect(b[path].map { String(decoding: $0, as: UTF8.self) } == expected, "\(path)")
        }
    }

    @Test("a table as both a CSV file and a workbook is an error saying to keep one")
    func both() throws {
        let site = try Self.sampleAsWorkbooks()
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("data/actions.csv"),
            to: site.appendingPathComponent("data/actions.csv"))
        let result = try Support.render(site)
        let errors = result.diagnostics.errors.filter { $0.message.contains("both") }
        #expect(errors.count == 1)
        #expect(errors.first?.file.hasSuffix("data/actions.xlsx") == true)
        #expect(errors.first?.message == "there are both actions.csv and actions.xlsx, so neither is read")
    }

    @Test("a workbook with no sheet holding the table's columns names its sheets and the columns")
    func noSheet() throws {
        let site = try Self.sampleAsWorkbooks()
        let workbook = WorkbookWriter(sheets: [
            .init(name: "Notes", rows: [[.text("nothing here")]]), .init(name: "Figures", rows: [[.text("Team")]]),
        ])
        try Data(try workbook.bytes()).write(to: site.appendingPathComponent("data/audits.xlsx"))
        let result = try Support.render(site)
        let error = try #require(result.diagnostics.errors.first { $0.file.hasSuffix("audits.xlsx") })
        #expect(error.sheet == nil && error.line == 0)
        #expect(error.message.hasPrefix("no sheet of this workbook has the columns of audits.csv"))
        #expect(error.hint?.contains("'Notes', 'Figures'") == true)
    }

    @Test("a formula without a saved value warns in a column that is read, and says nothing elsewhere")
    func formulas() throws {
        let site = try Self.sampleAsWorkbooks()
        let data = site.appendingPathComponent("data")
        let csv = try String(
            contentsOf: Support.packageRoot.appendingPathComponent("data/audits.csv"), encoding: .utf8)
        var sheet = WorkbookWriter.fromCSV(csv, sheet: "Audits").sheets[0]
        // Row 2 (the first audit): its key learning, a column read, is a formula with no value;
        // an extra column, not read, holds another.
        sheet.rows[1][13] = .formula("CONCAT(\"a\",\"b\")", cached: nil)
        sheet.rows[0].append(.text("Check"))
        sheet.rows[1].append(contentsOf: Array(repeating: .blank, count: sheet.rows[0].count - 1 - sheet.rows[1].count))
        sheet.rows[1].append(.formula("1+1", cached: nil))
        try Data(try WorkbookWriter(sheets: [sheet]).bytes()).write(to: data.appendingPathComponent("audits.xlsx"))
        let result = try Support.render(site)
        let formula = result.diagnostics.warnings.filter { $0.message.contains("formula") }
        #expect(
            formula.map(\.location).map { $0.components(separatedBy: "data/").last ?? "" } == ["audits.xlsx[Audits]!N2"]
        )
    }

    @Test(
        "a date cell outside 1950 to 2099 is read as its number, refused as a date as a General cell's would be",
        arguments: [
            (0.0, "0"), (1.0, "1"), (2026.0, "2026"), (18_263.0, "18263"), (18_264.0, "1950-01-01"),
            (46_357.0, "2026-12-01"), (73_050.0, "2099-12-31"), (73_051.0, "73051"), (2_958_465.0, "2958465"),
        ])
    func implausibleDateCells(serial: Double, text: String) throws {
        let writer = WorkbookWriter(sheets: [.init(name: "Plan", rows: [[.text("Due date")], [.serial(serial)]])])
        var log = DiagnosticLog()
        let workbook = try #require(Workbook.open(try writer.bytes(), path: "plan.xlsx", log: &log))
        let records = try #require(workbook.records(ofSheet: "Plan", log: &log))
        #expect(records.last?.cells.first?.text == text)
        // What the cell parsers make of it: a date only inside the range.
        let isDate = text.contains("-")
        #expect((try? CalendarDate.parse(text).get()) != nil || !isDate)
        if !isDate { #expect((try? CalendarDate.parse(text).get()) == nil) }
    }

    @Test("two sheets holding the table: the one named like the file is read, with a warning naming both")
    func twoSheets() throws {
        let site = try Self.sampleAsWorkbooks()
        let csv = try String(contentsOf: Support.packageRoot.appendingPathComponent("data/audits.csv"), encoding: .utf8)
        var old = WorkbookWriter.fromCSV(csv, sheet: "Audits October").sheets[0]
        old.rows[1][13] = .text("an old copy")
        let current = WorkbookWriter.fromCSV(csv, sheet: "Audits").sheets[0]
        try Data(try WorkbookWriter(sheets: [old, current]).bytes()).write(
            to: site.appendingPathComponent("data/audits.xlsx"))
        let result = try Support.render(site)
        let warning = try #require(result.diagnostics.warnings.first { $0.file.hasSuffix("audits.xlsx") })
        #expect(
            warning.message
                == "the sheets 'Audits October', 'Audits' all have the columns of audits.csv; 'Audits' is read")
        #expect(!result.files.contains { String(decoding: $0.bytes, as: UTF8.self).contains("an old copy") })
    }

    @Test("a month typed into Excel (Dec-26, a date cell shown mmm-yy) is read as the month, as its CSV export is")
    func monthCells() throws {
        #expect(CellStyles.builtIn(17) == .month)
        let xml =
            #"<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="mmm-yy"/></numFmts>"#
            + #"<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="17"/></cellXfs></styleSheet>"#
        let styles = try CellStyles(xml: Array(xml.utf8))
        let text = CellText(sharedStrings: SharedStrings(), styles: styles, date1904: false)
        for style in [1, 2] {
            Array("46357".utf8).withUnsafeBytes { value in
                let cell = SheetCell(
                    row: 1, column: 1, kind: .number, style: style, value: value, hasValue: true, hasFormula: false)
                #expect(text.text(of: cell) == .text("Dec 2026"))
            }
        }
        // Read in a due-date column as the month's last day; refused where the day is needed.
        #expect(
            try CalendarDate.parse("Dec 2026", monthAsLastDay: true).get() == CalendarDate.parse("2026-12-31").get())
        #expect((try? CalendarDate.parse("Dec 2026").get()) == nil)
    }

    @Test("a workbook named all but exactly is named in the warning that the table is missing")
    func nearName() throws {
        let site = try Self.sampleAsWorkbooks()
        let data = site.appendingPathComponent("data")
        try FileManager.default.moveItem(
            at: data.appendingPathComponent("actions.xlsx"), to: data.appendingPathComponent("Actions.XLSX"))
        let result = try Support.render(site)
        let warning = try #require(
            result.diagnostics.warnings.first { $0.message.hasPrefix("there is no actions.csv") })
        #expect(warning.message == "there is no actions.csv or actions.xlsx, so the pages show no actions")
        #expect(warning.hint?.hasPrefix("there is 'Actions.XLSX': file names must be written exactly") == true)
    }

    @Test("a shared-strings table longer than its limit is refused, not read for a minute", arguments: [9, 10, 11])
    func sharedStringsLimit(count: Int) throws {
        let xml = Array(("<sst>" + String(repeating: "<si/>", count: count) + "</sst>").utf8)
        let strings = try? SharedStrings(xml: xml, limit: 10)
        #expect((strings == nil) == (count > 10))
        #expect(strings.map(\.count) == (count > 10 ? nil : count))
        #expect(Budgets.workbookSharedStrings >= 4 * Budgets.workbookCells)
    }
}
