import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Whole sites rendered and compared file by file with the expected output kept beside the
/// tests. Set RECORD_SNAPSHOTS=1 to record them again after an intended change.
@Suite("Golden sites")
struct GoldenSiteTests {
    /// Each case: a name, the data folder, the templates folder, the expected folder.
    static var cases: [(String, URL, URL, URL)] {
        [
            (
                "basic", Support.fixtures.appendingPathComponent("basic/data"),
                Support.fixtures.appendingPathComponent("basic/site-templates"),
                Support.fixtures.appendingPathComponent("basic/expected")
            ),
            (
                "basic-public", Support.fixtures.appendingPathComponent("basic/data"),
                Support.fixtures.appendingPathComponent("basic/site-templates"),
                Support.fixtures.appendingPathComponent("basic/expected-public")
            ),
            (
                "sample", Support.packageRoot.appendingPathComponent("data"),
                Support.packageRoot.appendingPathComponent("site-templates"),
                Support.fixtures.appendingPathComponent("sample/expected")
            ),
        ]
    }

    @Test("every output file matches the expected one", arguments: cases)
    func golden(_ name: String, _ data: URL, _ templates: URL, _ expected: URL) throws {
        let result = SiteBuilder.render(
            BuildRequest(
                dataFolder: data.path, templatesFolder: templates.path, outputFolder: "unused", asAt: nil,
                audience: name.hasSuffix("-public") ? .public : .internal))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))")
        let actual = Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, Data($0.bytes)) })
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try? FileManager.default.removeItem(at: expected)
            for (path, bytes) in actual {
                let url = expected.appendingPathComponent(path)
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try bytes.write(to: url)
            }
            return
        }
        let stored = try Support.files(in: expected)
        #expect(Set(actual.keys) == Set(stored.keys), "the set of files differs for \(name)")
        for (path, bytes) in actual.sorted(by: { $0.key < $1.key }) {
            guard let want = stored[path] else { continue }
            if bytes != want {
                let got = String(decoding: bytes, as: UTF8.self).split(
                    separator: "\n", omittingEmptySubsequences: false)
                let exp = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = Array(zip(got, exp)).firstIndex { $0 != $1 } ?? min(got.count, exp.count)
                Issue.record(
                    "\(name)/\(path) differs at line \(line + 1):\n  got:      \(line < got.count ? got[line] : "<end>")\n  expected: \(line < exp.count ? exp[line] : "<end>")"
                )
            }
        }
    }

    @Test("the same inputs give byte-identical output")
    func deterministic() {
        let request = BuildRequest(
            dataFolder: Support.fixtures.appendingPathComponent("basic/data").path,
            templatesFolder: Support.fixtures.appendingPathComponent("basic/site-templates").path,
            outputFolder: "unused",
            asAt: nil)
        #expect(SiteBuilder.render(request).files == SiteBuilder.render(request).files)
    }

    @Test("hostile data values are escaped in the rendered pages")
    func hostileValues() throws {
        let result = try Support.render(Support.basic)
        let page = try #require(result.files.first { $0.path == "help-and-protection.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("<b>cumulative</b>"))
        #expect(html.contains("Testshire &lt;County&gt; &amp; Council"))
        #expect(html.contains("{{site.council}}"))
    }

    @Test("the as-at date drives what is overdue")
    func asAtMatters() throws {
        func page(_ asAt: String) throws -> String {
            let result = try Support.render(Support.basic, asAt: asAt)
            let file = try #require(result.files.first { $0.path == "care-leavers.html" })
            return String(decoding: file.bytes, as: UTF8.self)
        }
        // A3 is due 1 December 2026 and not started.
        #expect(try page("2026-12-01").contains("tag--red\">Overdue") == false)
        #expect(try page("2026-12-02").contains("1 day overdue"))
    }
}
