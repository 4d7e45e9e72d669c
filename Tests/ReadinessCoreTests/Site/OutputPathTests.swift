import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Pages may not take the names Readiness writes itself, and no build lists a path twice.
@Suite("Output paths are unique", .serialized)
struct OutputPathTests {
    func build(page name: String, text: String?, standalone: Bool) throws -> (BuildResult, String) {
        let copy = try Support.copy(Support.basic)
        if let text {
            try Data(text.utf8).write(to: copy.appendingPathComponent("site-templates/pages/" + name))
        }
        let result = SiteBuilder.render(
            BuildRequest(
                dataFolder: copy.appendingPathComponent("data").path,
                templatesFolder: copy.appendingPathComponent("site-templates").path, outputFolder: "unused",
                asAt: nil, standalone: standalone))
        return (result, copy.path + "/")
    }

    @Test(
        "a page may not be written where Readiness writes a file",
        arguments: [
            ("agenda-pack.md", "# Pack\n", false), ("p.md", "---\noutput: agenda-pack.html\n---\nx\n", false),
            ("p.md", "---\noutput: standalone/index.html\n---\nx\n", true),
            ("p.md", "---\noutput: standalone/index.html\n---\nx\n", false),
            ("p.md", "---\noutput: assets/x.html\n---\nx\n", false),
        ])
    func reserved(_ name: String, _ text: String, _ standalone: Bool) throws {
        let (result, root) = try build(page: name, text: text, standalone: standalone)
        let found = result.diagnostics.all.map { $0.description.replacingOccurrences(of: root, with: "") }
        #expect(
            found.contains {
                $0.hasPrefix("site-templates/pages/\(name):1:1: error: output path '") && $0.contains("is reserved")
            },
            "\(found)")
        #expect(result.files.isEmpty)
    }

    @Test("the manifest lists each path once, for every audience and with standalone copies", arguments: [false, true])
    func manifestUnique(_ standalone: Bool) throws {
        // The basic fixture and the shipped sample, which has every kind of page.
        for copy in [Support.basic, Support.packageRoot] {
            let result = SiteBuilder.render(
                BuildRequest(
                    dataFolder: copy.appendingPathComponent("data").path,
                    templatesFolder: copy.appendingPathComponent("site-templates").path, outputFolder: "unused",
                    asAt: nil, standalone: standalone))
            let paths = result.files.map(\.path)
            #expect(Set(paths).count == paths.count)
            let manifest = try #require(result.files.first { $0.path == Manifest.path })
            let json = try JSONSerialization.jsonObject(with: Data(manifest.bytes)) as? [String: Any]
            let outputs = (json?["outputs"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
            #expect(!outputs.isEmpty)
            #expect(Set(outputs).count == outputs.count, "\(outputs)")
        }
    }
}
