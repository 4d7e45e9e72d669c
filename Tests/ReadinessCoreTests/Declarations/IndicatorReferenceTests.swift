import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// docs/indicators.md's table of team indicators is the declarations': set RECORD_SNAPSHOTS=1
/// to write it again after changing one.
@Suite("Indicator reference")
struct IndicatorReferenceTests {
    static let doc = Support.packageRoot.appendingPathComponent("docs/indicators.md")

    @Test("docs/indicators.md's team indicator table is the one generated from the declarations")
    func tableMatches() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        #expect(text.contains(IndicatorReference.openMarker), "docs/indicators.md has no indicators marker")
        try Support.expectGenerated("docs/indicators.md", rerun: "IndicatorReference") {
            IndicatorReference.updating($0)
        }
    }

    @Test("every declared indicator has its own settings key, template name and a file of its own")
    func indicatorsAreDistinct() {
        let ids = DataFiles.indicators.map(\.id)
        #expect(Set(ids).count == ids.count)
        // Its id is a settings key and a theme's template name: neither may clash.
        for id in ids {
            #expect(
                !SettingsFile.declaration.keys.dropLast(ids.count).map(\.name).contains(id),
                "\(id) clashes with a settings key")
            #expect(
                ThemeFields.all.filter { $0.field.name == id }.count == 1, "\(id) clashes with a theme's template name")
        }
        let files = DataFiles.indicators.map(\.file.name)
        #expect(Set(files).count == files.count)
    }

    @Test("a drifted table is replaced, the text around it kept")
    func updating() {
        let doc = "before\n<!-- indicators -->\n| old |\n<!-- end indicators -->\nafter"
        let updated = IndicatorReference.updating(doc)
        #expect(updated.hasPrefix("before\n<!-- indicators -->\n| indicator |"))
        #expect(updated.hasSuffix("\n<!-- end indicators -->\nafter"))
        #expect(!updated.contains("| old |"))
    }
}
