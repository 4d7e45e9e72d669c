import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The child-level lists read from one workbook, `data/annex-a.xlsx`, a sheet per list.
@Suite("Annex A workbook")
struct AnnexAWorkbookTests {
    /// The sample with its `annex-a/` folder replaced by a workbook made from its CSV lists:
    /// sheets in another order, named in Annex A's ways, with title rows above the header.
    static func sampleWithWorkbook(
        names: [Int: String] = [4: "List 4 - Assessments", 6: "Children in need", 7: "List 7", 8: "Sheet3"],
        order: [Int] = [8, 6, 4, 7, 1, 2, 3, 5, 9, 10, 11], sharedStrings: Bool = true,
        edit: (inout [Int: WorkbookWriter.Sheet]) -> Void = { _ in }
    ) throws -> URL {
        let site = try Support.copy(Support.packageRoot.appendingPathComponent("data")).deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("site-templates"),
            to: site.appendingPathComponent("site-templates"))
        let annex = site.appendingPathComponent("data/annex-a")
        var sheets: [Int: WorkbookWriter.Sheet] = [:]
        for list in order {
            let csv = try String(contentsOf: annex.appendingPathComponent("list-\(list).csv"), encoding: .utf8)
            var sheet = WorkbookWriter.fromCSV(csv, sheet: names[list] ?? "List \(list)").sheets[0]
            // Annex A templates put a title (and a blank row) above the header.
            sheet.rows.insert(contentsOf: [[.text("Annex A: list \(list) (synthetic)")], []], at: 0)
            sheets[list] = sheet
        }
        edit(&sheets)
        var writer = WorkbookWriter(sheets: order.compactMap { sheets[$0] })
        writer.sharedStrings = sharedStrings
        try FileManager.default.removeItem(at: annex)
        try Data(try writer.bytes()).write(to: site.appendingPathComponent("data/annex-a.xlsx"))
        return site
    }

    /// A page whose footer counts `by` fewer input files ("from 22 input files").
    static func fewerInputs(_ page: String, by fewer: Int) -> String {
        var expected = page
        if let range = page.range(of: #"from \d+ input files"#, options: .regularExpression),
            let count = Int(page[range].split(separator: " ")[1])
        {
            expected.replaceSubrange(range, with: "from \(count - fewer) input files")
        }
        return expected
    }

    /// The site's pages (the manifest, which lists the input files, aside).
    static func pages(_ result: BuildResult) -> [String: [UInt8]] {
        Dictionary(
            uniqueKeysWithValues: result.files.filter { !$0.path.hasSuffix("manifest.json") }.map {
                ($0.path, $0.bytes)
            })
    }

    @Test("the sample's lists as a workbook build the same site as the CSV lists", arguments: [true, false])
    func sameSite(sharedStrings: Bool) throws {
        let csv = try Support.render(Support.packageRoot)
        let xlsx = try Support.render(try Self.sampleWithWorkbook(sharedStrings: sharedStrings))
        #expect(xlsx.diagnostics.all.map(\.message) == csv.diagnostics.all.map(\.message))
        #expect(!xlsx.files.isEmpty)
        let (a, b) = (Self.pages(csv), Self.pages(xlsx))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a {
            // The footer counts the input files: eleven lists in the folder, one workbook.
            let expected = Self.fewerInputs(String(decoding: bytes, as: UTF8.self), by: 10)
            #expect(b[path].map { String(decoding: $0, as: UTF8.self) } == expected, "\(path)")
        }
    }

    @Test("a bad date is an error at its cell, naming the column and never the value")
    func badDate() throws {
        let site = try Self.sampleWithWorkbook { sheets in
            // Row 3 of the sheet is the header (after the title and a blank row); row 5 the second child.
            sheets[8]?.rows[4][6] = .text("31/02/2026")
        }
        let result = try Support.render(site)
        let error = try #require(result.diagnostics.errors.first)
        #expect(error.file.hasSuffix("data/annex-a.xlsx"))
        #expect(error.sheet == "Sheet3" && error.line == 5 && error.column == 7)
        #expect(error.location.hasSuffix("data/annex-a.xlsx[Sheet3]!G5"))
        #expect(error.message == "'Date Started to be Looked After' is not a real date")
        #expect(!error.message.contains("31/02"))
    }

    @Test(
        "a month cell (Dec-26 typed in) where a list needs a day is an error at the cell, as the CSV export's 'Dec 2026' is"
    )
    func monthCell() throws {
        let site = try Self.sampleWithWorkbook { sheets in
            sheets[8]?.rows[4][6] = .month(46357)
        }
        let result = try Support.render(site)
        let error = try #require(result.diagnostics.errors.first, "\(result.diagnostics.all)")
        #expect(error.location.hasSuffix("data/annex-a.xlsx[Sheet3]!G5"))
        #expect(error.message.hasPrefix("'Date Started to be Looked After'"), "\(error.message)")
        // The same text in the CSV list is refused with the same message.
        let csvSite = try Support.copy(Support.packageRoot.appendingPathComponent("data")).deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("site-templates"),
            to: csvSite.appendingPathComponent("site-templates"))
        let list = csvSite.appendingPathComponent("data/annex-a/list-8.csv")
        // The sample's lists end their lines with CR LF, as exports do.
        var lines = try String(contentsOf: list, encoding: .utf8).components(separatedBy: "\r\n")
        var cells = lines[2].components(separatedBy: ",")
        cells[6] = "Dec 2026"
        lines[2] = cells.joined(separator: ",")
        try lines.joined(separator: "\r\n").write(to: list, atomically: false, encoding: .utf8)
        let csv = try Support.render(csvSite)
        #expect(csv.diagnostics.errors.first?.message == error.message)
    }

    @Test("a list the settings need that no sheet holds is a warning naming its measures, as every list is optional")
    func missingList() throws {
        let site = try Self.sampleWithWorkbook(order: [8, 6, 4, 1, 2, 3, 5, 9, 10, 11])
        let result = try Support.render(site)
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics.errors)")
        let warning = try #require(result.diagnostics.warnings.first { $0.message.contains("list 7") })
        #expect(warning.message.contains("'Sheet3', 'Children in need', 'List 4 - Assessments'"))
        #expect(warning.message.contains("'Children on a plan seen alone at their last visit'"), "\(warning.message)")
        #expect(!result.files.isEmpty)
        let page = String(
            decoding: try #require(result.files.first { $0.path == "help-and-protection.html" }).bytes, as: UTF8.self)
        #expect(!page.contains("Children on a plan seen alone"))
        #expect(page.contains("Contacts decided within 1 working day"))
    }

    @Test("a sheet named for a list without the list's columns is an error at its header row")
    func missingColumn() throws {
        let site = try Self.sampleWithWorkbook { sheets in
            let header = sheets[7]?.rows[2] ?? []
            sheets[7]?.rows[2] = header.map { $0 == .text("Allocated Team") ? .text("Team name") : $0 }
        }
        let errors = try Support.render(site).diagnostics.errors
        #expect(errors.count == 1)
        #expect(errors.first?.message == "required column 'Allocated Team' is missing from the header")
        #expect(errors.first?.line == 3)
    }

    @Test("both the workbook and the folder of lists is an error saying to keep one")
    func both() throws {
        let site = try Self.sampleWithWorkbook()
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("data/annex-a"),
            to: site.appendingPathComponent("data/annex-a"))
        let errors = try Support.render(site).diagnostics.errors
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("both") == true)
        #expect(errors.first?.hint?.contains("keep one") == true)
    }

    @Test(
        "sheet names that name a list",
        arguments: [
            ("List 4", 4), ("list-6", 6), ("List 7 - Child protection", 7), ("LIST8", 8), ("Assessments", 4),
            ("Children in need", 6), ("CP plans", 7), ("Looked after children", 8), ("Sheet1", nil), ("Notes", nil),
        ] as [(String, Int?)])
    func names(name: String, list: Int?) {
        #expect(AnnexAWorkbook.list(named: name) == list, "\(name)")
    }
}
