import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// A file that names people keeps its values out of every message and every page, whatever the
/// council's settings say: a header that is really a data row is not listed, and a column that
/// identifies a child may not stand in for one that is published.
@Suite("Personal data stays out under the council's mapping")
struct PersonalHeadingTests {
    static let settings = Support.packageRoot.appendingPathComponent("data/settings.yaml")

    /// Every cell of the sample's child-level lists (and the supervisions' workers) that could
    /// name a child or a worker: what must never be printed.
    static func personalValues() throws -> Set<String> {
        var values: Set<String> = []
        for list in [4, 6, 7, 8] {
            let text = try String(
                contentsOf: Support.packageRoot.appendingPathComponent("data/annex-a/list-\(list).csv"), encoding: .utf8
            )
            var log = DiagnosticLog()
            for record in CSVReader.records(in: Support.source(text), log: &log).dropFirst() {
                for cell in record.cells where cell.text.count >= 4 && cell.text.first?.isLetter == true {
                    // Team names are not personal; children's ids, workers, codes are.
                    if !cell.text.contains(" ") || cell.text.hasPrefix("Worker") { values.insert(cell.text) }
                }
            }
        }
        return values
    }

    @Test(
        "a list with no header row and a mapping: the error lists no cell of its first row", arguments: [false, true])
    func headerless(workbook: Bool) throws {
        let site: URL
        if workbook {
            site = try AnnexAWorkbookTests.sampleWithWorkbook { sheets in
                // Title, blank row, then the header: take the header away.
                sheets[4]?.rows.remove(at: 2)
            }
        } else {
            site = try Support.copy(Support.packageRoot.appendingPathComponent("data")).deletingLastPathComponent()
            try FileManager.default.copyItem(
                at: Support.packageRoot.appendingPathComponent("site-templates"),
                to: site.appendingPathComponent("site-templates"))
            let list = site.appendingPathComponent("data/annex-a/list-4.csv")
            let bytes = try [UInt8](Data(contentsOf: list))
            let firstLineEnd = try #require(bytes.firstIndex(of: 0x0A))
            try Data(bytes[(firstLineEnd + 1)...]).write(to: list)
        }
        let settings = site.appendingPathComponent("data/settings.yaml")
        try
            (String(contentsOf: settings, encoding: .utf8)
            + "\ncolumns:\n  annex-a/list-4:\n    Allocated Team: Team Name\n").write(
                to: settings, atomically: true, encoding: .utf8)
        let result = try Support.render(site)
        let mapping = try #require(
            result.diagnostics.errors.first { $0.message.contains("no column headed 'Team Name'") })
        #expect(mapping.file.hasSuffix("settings.yaml"))
        let values = try Self.personalValues()
        #expect(values.count > 100)
        for format in DiagnosticFormat.allCases {
            let output = format.render(result.diagnostics)
            for value in values { #expect(!output.contains(value), "\(format) shows \(value)") }
        }
    }

    @Test("no personal heading may stand in for a column Readiness reads", arguments: DataFiles.personalHeadings)
    func refused(heading: String) {
        let list = AnnexAList.list(8)
        let at = SourceLocation(file: "data/settings.yaml", line: 40, column: 21)
        let mapping = ColumnMapping(
            file: list.declaration.name,
            renamed: [.init(column: "Allocated Team", heading: .init(heading, at: at))])
        let matcher = HeadingMatcher(file: list.declaration.name, columns: list.columnsRead, mapping: mapping)
        #expect(matcher.match(heading) != .column("Allocated Team"))
        var log = DiagnosticLog()
        let unfound = matcher.reportUnfound(found: [], headings: [heading], path: "data/annex-a/list-8.csv", log: &log)
        #expect(unfound == ["Allocated Team"])
        #expect(log.errors.count == 1)
        #expect(log.errors.first?.message.contains("holds personal data") == true)
        #expect(log.errors.first?.line == 40 && log.errors.first?.column == 21)
    }

    @Test("mapping a child's id onto the team stops the build and shows no id")
    func childIDAsTeam() throws {
        let site = try Support.copy(Support.packageRoot.appendingPathComponent("data")).deletingLastPathComponent()
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("site-templates"),
            to: site.appendingPathComponent("site-templates"))
        let settings = site.appendingPathComponent("data/settings.yaml")
        try
            (String(contentsOf: settings, encoding: .utf8)
            + "\ncolumns:\n  annex-a/list-8:\n    Allocated Team: Child Unique ID\n    ignore: [Allocated Team]\n")
            .write(
                to: settings, atomically: true, encoding: .utf8)
        let result = try Support.render(site)
        #expect(result.diagnostics.errors.contains { $0.message.contains("holds personal data") })
        for file in result.files { #expect(!String(decoding: file.bytes, as: UTF8.self).contains("NBC8")) }
    }
}
