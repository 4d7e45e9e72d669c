import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The data and templates folders are kept apart: the templates' assets are published as they
/// are, so a data folder inside the templates folder would publish the child-level lists.
@Suite("Data and templates folders kept apart")
struct InputFolderOverlapTests {
    /// Where the data folder is put, relative to a folder holding `site-templates/`, and how it is named.
    enum Arrangement: String, CaseIterable, Sendable {
        case insideAssets, insideTemplates, holdingTemplates, sameFolder, linkIntoAssets
    }

    @Test(
        "every arrangement where one folder is, holds or is inside the other is refused",
        arguments: Arrangement.allCases)
    func refused(_ arrangement: Arrangement) throws {
        let site = try Support.copy(Support.basic)
        let manager = FileManager.default
        let templates = site.appendingPathComponent("site-templates")
        let data = site.appendingPathComponent("data")
        var dataPath: String
        var templatesPath = templates.path
        switch arrangement {
        case .insideAssets:
            try manager.moveItem(at: data, to: templates.appendingPathComponent("assets/data"))
            dataPath = templates.appendingPathComponent("assets/data").path
        case .insideTemplates:
            try manager.moveItem(at: data, to: templates.appendingPathComponent("data"))
            dataPath = templates.appendingPathComponent("data").path
        case .holdingTemplates:
            try manager.moveItem(at: templates, to: data.appendingPathComponent("site-templates"))
            dataPath = data.path
            templatesPath = data.appendingPathComponent("site-templates").path
        case .sameFolder:
            dataPath = site.path
            templatesPath = site.path
        case .linkIntoAssets:
            // A link named elsewhere that resolves to a folder inside the assets.
            try manager.moveItem(at: data, to: templates.appendingPathComponent("assets/data"))
            try manager.createSymbolicLink(
                atPath: site.appendingPathComponent("data-link").path,
                withDestinationPath: templates.appendingPathComponent("assets/data").path)
            dataPath = site.appendingPathComponent("data-link").path
        }
        let result = SiteBuilder.render(
            BuildRequest(
                dataFolder: dataPath, templatesFolder: templatesPath, outputFolder: "unused", asAt: nil,
                audience: .public))
        #expect(result.files.isEmpty)
        #expect(
            result.diagnostics.errors.map(\.description) == [
                "\(dataPath): error: the data folder '\(dataPath)' and the templates folder '\(templatesPath)' overlap; keep them apart, side by side (data/ and site-templates/), so no data file can be published as a template's asset"
            ])
        #expect(!result.files.contains { $0.path.hasSuffix(".csv") })
    }

    @Test("side by side, the usual arrangement, builds")
    func apart() throws {
        let result = try Support.render(try Support.copy(Support.basic))
        #expect(!result.diagnostics.hasErrors)
        #expect(!result.files.isEmpty)
    }
}

/// Files read whole are limited in size before they are parsed, so memory stays bounded.
@Suite("Files read whole have a size limit")
struct WholeFileLimitTests {
    @Test(
        "a table, a settings file or a template past the limit is an error naming the file",
        arguments: [
            "data/actions.csv", "data/settings.yaml", "site-templates/partials/follow-ups-section.md",
        ])
    func tooLarge(_ relative: String) throws {
        let site = try Support.copy(Support.basic)
        let url = site.appendingPathComponent(relative)
        var bytes = try Data(contentsOf: url)
        bytes.append(Data(repeating: 0x0A, count: Budgets.wholeFileBytes))
        try bytes.write(to: url)
        let result = try Support.render(site)
        #expect(result.files.isEmpty)
        #expect(
            result.diagnostics.errors.map(\.description).contains(
                "\(url.path): error: this file is 16 MB, more than the 16 MB a settings, table or template file may have; check it is the right file; an action plan or caseload table is a few MB at most"
            ))
    }
}
