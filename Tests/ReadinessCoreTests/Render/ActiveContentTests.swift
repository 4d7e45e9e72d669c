import Foundation
import Testing

@testable import ReadinessCore
@testable import ReadinessModel
@testable import ReadinessRender

/// Public builds hold nothing that runs in a browser, whatever the council's layouts, partials
/// or raw HTML add (`ActiveContent`).
@Suite("Nothing runs in a public page")
struct ActiveContentTests {
    /// HTML with something that would run, and how it is named.
    static let active: [(String, String)] = [
        ("<p>x</p><script>alert(1)</script>", "a <script> element"),
        ("<SCRIPT SRC=x.js></SCRIPT>", "a <script> element"),
        ("<iframe src=\"https://example.org\"></iframe>", "a <iframe> element"),
        ("<object data=x></object>", "a <object> element"),
        ("<embed src=x>", "a <embed> element"),
        ("<base href=\"https://example.org/\">", "a <base> element"),
        ("<img src=x onerror=alert(1)>", "an onerror attribute"),
        ("<p><a href=\"#\" ONCLICK=\"go()\">x</a></p>", "an onclick attribute"),
        ("<div\tonmouseover='x()'>", "an onmouseover attribute"),
        ("<svg onload=x>", "an onload attribute"),
        ("<a href=\"javascript:alert(1)\">x</a>", "a href=\"javascript:…\" address"),
        ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "a href=\"javascript:…\" address"),
        ("<a href=\"java&#x73;cript:alert(1)\">x</a>", "a href=\"javascript:…\" address"),
        ("<a href=\"javascript&colon;alert(1)\">x</a>", "a href=\"javascript:…\" address"),
        ("<a href=\"jav&#9;ascript:alert(1)\">x</a>", "a href=\"javascript:…\" address"),
        ("<a href=javascript:alert(1)>x</a>", "a href=\"javascript:…\" address"),
        ("<form action=\"javascript:x\"></form>", "a action=\"javascript:…\" address"),
        ("<svg><a xlink:href=\"javascript:x\">y</a></svg>", "a xlink:href=\"javascript:…\" address"),
        ("<a href=\"vbscript:x\">y</a>", "a href=\"javascript:…\" address"),
        ("<a href=\"data:text/html,<b>\">y</a>", "a href=\"javascript:…\" address"),
        ("<div style=\"background:url(javascript:x)\">", "a style attribute with script in it"),
    ]

    /// HTML in which nothing runs, some of it close to the above.
    static let inert: [String] = [
        "<p>Plain text, with <a href=\"https://example.org/a?b=c&amp;d=e\">a link</a>.</p>",
        "<p>onclick=go() is only text here, and so is javascript:alert(1)</p>",
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>",
        "<!-- <script>alert(1)</script> -->",
        "<a title=\"onclick\" href=\"page.html\">x</a>",
        "<td data-sort=\"3\">3</td>",
        "<noscript>x</noscript><option value=on>on</option>",
        "<svg role=\"img\" aria-label=\"Chart\"><title>Chart</title><text x=\"1\">a &lt; b</text></svg>",
        "<style>a > b { color: red }</style>",
        "<a href=\"#main\">Skip</a><a href=\"mailto:x@example.org\">mail</a>",
        "<img src=\"logo.svg\" alt=\"\">",
    ]

    @Test("finds what would run and names it", arguments: active)
    func finds(_ html: String, _ named: String) {
        #expect(ActiveContent.first(in: html) == named, "\(html)")
    }

    @Test("finds nothing where nothing runs", arguments: inert)
    func inertHTML(_ html: String) {
        #expect(ActiveContent.first(in: html) == nil, "\(html)")
    }

    /// The basic fixture, edited, built for an audience.
    static func build(audience: Audience, edit: (URL) throws -> Void) throws -> BuildResult {
        let copy = try Support.copy(Support.basic)
        try edit(copy)
        return SiteBuilder.render(
            BuildRequest(
                dataFolder: copy.appendingPathComponent("data").path,
                templatesFolder: copy.appendingPathComponent("site-templates").path, outputFolder: "unused", asAt: nil,
                audience: audience))
    }

    static func replace(_ find: String, with replacement: String, in file: String, of folder: URL) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(find), "\(file) no longer holds '\(find)'")
        try text.replacingOccurrences(of: find, with: replacement).write(to: url, atomically: false, encoding: .utf8)
    }

    /// Every way a council's own templates can put HTML into a page: the layout, and raw HTML in
    /// a page and in a partial (with allow_raw_html).
    static let placements: [(String, String, String, String)] = [
        ("the layout", "site-templates/layouts/default.html", "</main>", "</main><script>track()</script>"),
        ("a page's raw HTML", "site-templates/pages/index.md", "\n---\n", "\n---\n\n<img src=x onerror=alert(1)>\n"),
        (
            "a partial's raw HTML", "site-templates/partials/follow-ups-section.md", "## Committee follow-ups\n",
            "## Committee follow-ups\n\n<a href=\"javascript:alert(1)\">x</a>\n"
        ),
    ]

    @Test(
        "a public build refuses script from any template, naming the page; an internal one keeps it",
        arguments: placements)
    func publicRefuses(_ place: String, _ file: String, _ find: String, _ replacement: String) throws {
        let edit: (URL) throws -> Void = { folder in
            try Self.replace(find, with: replacement, in: file, of: folder)
            try Self.replace(
                "as_at: 2026-11-20", with: "as_at: 2026-11-20\nallow_raw_html: yes", in: "data/settings.yaml",
                of: folder)
        }
        let published = try Self.build(audience: .public, edit: edit)
        let errors = published.diagnostics.errors
        #expect(
            errors.contains { $0.message.contains("public") && $0.message.contains("runs in a browser") },
            "\(place): \(errors)")
        #expect(errors.allSatisfy { $0.file.hasSuffix(".md") && $0.line >= 1 }, "\(place): \(errors)")
        #expect(published.files.count == 0, "\(place)")
        let intranet = try Self.build(audience: .internal, edit: edit)
        #expect(!intranet.diagnostics.hasErrors, "\(place): \(intranet.diagnostics.errors)")
    }

    @Test("a public build refuses an SVG or HTML asset holding script, naming the file; an internal one copies it")
    func publicAssets() throws {
        for (name, text) in [
            ("badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
            ("note.html", "<p onclick=\"x()\">x</p>"),
        ] {
            let edit: (URL) throws -> Void = { folder in
                try Data(text.utf8).write(to: folder.appendingPathComponent("site-templates/assets/" + name))
            }
            let published = try Self.build(audience: .public, edit: edit)
            #expect(
                published.diagnostics.errors.map { "\(($0.file as NSString).lastPathComponent): \($0.message)" }
                    .contains {
                        $0.hasPrefix(name + ": this public asset would hold")
                    }, "\(published.diagnostics.errors)")
            let intranet = try Self.build(audience: .internal, edit: edit)
            #expect(intranet.files.contains { $0.path == "assets/" + name })
        }
    }

    @Test("every page of the sample's and the fixture's public builds is inert")
    func samplesAreInert() throws {
        for folder in [Support.packageRoot, Support.basic] {
            let result = SiteBuilder.render(
                BuildRequest(
                    dataFolder: folder.appendingPathComponent("data").path,
                    templatesFolder: folder.appendingPathComponent("site-templates").path, outputFolder: "unused",
                    asAt: nil,
                    audience: .public))
            #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
            for file in result.files where file.path.hasSuffix(".html") || file.path.hasSuffix(".svg") {
                #expect(ActiveContent.first(in: String(decoding: file.bytes, as: UTF8.self)) == nil, "\(file.path)")
            }
        }
    }
}
