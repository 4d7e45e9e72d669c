import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The internal site's table tools (`assets/tables.js`) and their absence from public builds.
@Suite("Table filtering and sorting", .serialized)
struct TableToolsTests {
    /// Builds the sample (`data/`, `site-templates/`) with the real binary, with standalone pages.
    func build(_ audience: String) throws -> (folder: URL, files: [String: Data]) {
        let output = try Support.temporaryFolder().appendingPathComponent("site")
        let root = Support.packageRoot
        let run = try Support.run([
            "build", "--audience", audience, "--standalone", "--data", root.appendingPathComponent("data").path,
            "--templates", root.appendingPathComponent("site-templates").path, "--output", output.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        return (output, try Support.files(in: output))
    }

    @Test("a public build of the sample holds no script and no tables.js")
    func publicHasNoScript() throws {
        let site = try build("public")
        #expect(site.files.keys.contains("index.html"))
        #expect(site.files.keys.contains { $0.hasPrefix("standalone/") })
        for (path, bytes) in site.files {
            #expect(!path.lowercased().hasSuffix(".js"), "\(path) is a script")
            let text = String(decoding: bytes, as: UTF8.self).lowercased()
            #expect(!text.contains("<script"), "\(path) holds a script element")
            // The manifest lists the templates read (site-templates/assets/tables.js among them).
            #expect(!text.contains("\"assets/tables.js\""), "\(path) names tables.js as part of the site")
            if path != "manifest.json" { #expect(!text.contains("tables.js"), "\(path) names tables.js") }
        }
    }

    @Test("an internal build of the sample copies tables.js and every page loads it, except standalone pages")
    func internalLoadsScript() throws {
        let site = try build("internal")
        let script = try Data(
            contentsOf: Support.packageRoot.appendingPathComponent("site-templates/assets/tables.js"))
        #expect(site.files["assets/tables.js"] == script)
        let manifest = String(decoding: site.files["manifest.json"] ?? Data(), as: UTF8.self)
        #expect(manifest.contains("\"assets/tables.js\""))
        var marked = 0
        for (path, bytes) in site.files where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            if path.hasPrefix("standalone/") {
                #expect(!html.contains("<script"), "\(path) holds a script")
                continue
            }
            let tag = "<script src=\"\(SitePath.rootPrefix(for: path))assets/tables.js\" defer></script>"
            #expect(html.components(separatedBy: "<script").count == 2, "\(path) does not hold exactly one script")
            #expect(html.contains(tag), "\(path) does not load tables.js")
            if html.contains("<table class=\"table table--actions\" data-table-tools>") { marked += 1 }
        }
        #expect(marked > 0, "no page has a marked action table")
    }

    @Test(
        "scripts are copied only into internal builds",
        arguments: ["assets/tables.js", "assets/x/Y.JS", "assets/m.mjs"])
    func copies(_ path: String) {
        #expect(TableTools.copies(path, audience: .internal))
        #expect(!TableTools.copies(path, audience: .public))
        #expect(TableTools.copies("assets/style.css", audience: .public))
        #expect(TableTools.isOn(audience: .internal, assets: ["assets/style.css", TableTools.script]))
        #expect(!TableTools.isOn(audience: .public, assets: [TableTools.script]))
        #expect(!TableTools.isOn(audience: .internal, assets: ["assets/style.css"]))
    }

    @Test("a marked table writes its filter columns and sort keys, escaped; an unmarked one writes neither")
    func markup() {
        var table = HTMLTable(
            caption: "C", columns: [.init(heading: "Owner", filter: true), .init(heading: "Due")], rows: [["a", "b"]])
        table.sortKeys = [[nil, "\"><script>"]]
        #expect(!table.html.contains("data-"))
        table.tools = true
        let html = table.html
        #expect(html.contains("<table class=\"table\" data-table-tools>"))
        #expect(html.contains("<th scope=\"col\" data-filter>Owner</th><th scope=\"col\">Due</th>"))
        #expect(html.contains("<td data-sort=\"&quot;&gt;&lt;script&gt;\">b</td>"))
    }
}
