import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The sample's data as a council's exports really come (Fixtures/messy-export, written by
/// openpyxl from data/ by its make-workbooks.py): workbooks with title rows, the council's own
/// headings and extra columns (mapped and ignored in settings.yaml), dates in every form,
/// statuses and directions in the council's words, themes and committees by name, a totals
/// row, trailing blank rows, lists in any order. It must build the sample's site.
@Suite("A messy export builds as the sample does")
struct MessyExportTests {
    static let fixture = Support.packageRoot.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures/messy-export")

    /// The fixture's data with the sample's templates.
    static func site() throws -> URL {
        let site = try Support.copy(fixture.appendingPathComponent("data")).deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("site-templates"),
            to: site.appendingPathComponent("site-templates"))
        return site
    }

    @Test("no errors, only the warnings the sample has, and the sample's pages byte for byte")
    func sameSite() throws {
        let sample = try Support.render(Support.packageRoot)
        let messy = try Support.render(try Self.site())
        #expect(messy.diagnostics.errors.isEmpty, "\(messy.diagnostics.errors)")
        // The same warnings (stale updates the sample has on purpose), now at their cells.
        #expect(messy.diagnostics.warnings.map(\.message) == sample.diagnostics.warnings.map(\.message))
        #expect(messy.diagnostics.warnings.allSatisfy { $0.sheet == "Action plan" })
        let (a, b) = (AnnexAWorkbookTests.pages(sample), AnnexAWorkbookTests.pages(messy))
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a {
            // The footer counts the input files: the lists' folder of eleven is one workbook.
            let expected = AnnexAWorkbookTests.fewerInputs(String(decoding: bytes, as: UTF8.self), by: 10)
            #expect(b[path].map { String(decoding: $0, as: UTF8.self) } == expected, "\(path)")
        }
    }

    @Test("the fixture is as messy as it says")
    func messy() throws {
        let data = Self.fixture.appendingPathComponent("data")
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path)
        for workbook in ["actions.xlsx", "recommendations.xlsx", "caseloads.xlsx", "follow-ups.xlsx", "annex-a.xlsx"] {
            #expect(names.contains(workbook))
        }
        #expect(!names.contains("annex-a") && !names.contains("actions.csv"))
        var log = DiagnosticLog()
        let bytes = try [UInt8](Data(contentsOf: data.appendingPathComponent("actions.xlsx")))
        let workbook = try #require(Workbook.open(bytes, path: "actions.xlsx", log: &log))
        #expect(workbook.sheetNames == ["Read me", "Action plan"])
        let rows = try #require(workbook.records(ofSheet: "Action plan", log: &log))
        let header = try #require(rows.first { $0.cells.first?.text == "Ref No." })
        #expect(header.line == 4)
        #expect(header.cells.map(\.text).contains("% Complete"))
        let statuses = Set(rows.compactMap { $0.cells.count > 6 ? $0.cells[6].text : nil })
        #expect(statuses.isSuperset(of: ["Closed", "On track"]))
        let dueDates = rows.filter { $0.line > 4 }.compactMap { $0.cells.count > 4 ? $0.cells[4].text : nil }
        // Date cells, typed text in several forms, and serial numbers left in General format.
        #expect(dueDates.contains { $0.contains("-") && $0.count == 10 })
        #expect(dueDates.contains { $0.contains(" ") && $0.first?.isNumber == true })
        #expect(dueDates.contains { Int($0) != nil })
    }
}
