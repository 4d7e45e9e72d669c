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
        ("<p>x</p><script>alert(1)</script>", "the element <script>"),
        ("<SCRIPT SRC=x.js></SCRIPT>", "the element <script>"),
        ("<iframe src=\"https://example.org\"></iframe>", "the element <iframe>"),
        ("<object data=x></object>", "the element <object>"),
        ("<embed src=x>", "the element <embed>"),
        ("<base href=\"https://example.org/\">", "the element <base>"),
        ("<img src=x onerror=alert(1)>", "the attribute onerror"),
        ("<img src=\"x\"/**/onerror=document.title=1>", "the attribute onerror"),
        ("<img/onerror=alert(1) src=x>", "the attribute onerror"),
        ("<p><a href=\"#\" ONCLICK=\"go()\">x</a></p>", "the attribute onclick"),
        ("<div\tonmouseover='x()'>", "the attribute onmouseover"),
        ("<svg onload=x>", "the attribute onload"),
        ("<a href=\"javascript:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\" JaVaScRiPt:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"java&#x73;cript:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"javascript&colon;alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"jav&#9;ascript:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"&#106avascript:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"&#0000106;avascript:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"javascript&#58void(0)\">x</a>", "a javascript: address in the attribute href"),
        ("<a href=\"j&#x61vascript:alert(1)\">x</a>", "a javascript: address in the attribute href"),
        ("<form action=\"&#106avascript:x\"></form>", "a javascript: address in the attribute action"),
        (
            "<meta http-equiv=\"&#114efresh\" content=\"0;url=x.html\">",
            "a <meta http-equiv=\"refresh\">, which moves the reader to another address"
        ),
        ("<a href=javascript:alert(1)>x</a>", "a javascript: address in the attribute href"),
        ("<form action=\"javascript:x\"></form>", "a javascript: address in the attribute action"),
        ("<button formaction=\"javascript:x\">b</button>", "a javascript: address in the attribute formaction"),
        ("<svg><a xlink:href=\"javascript:x\">y</a></svg>", "a javascript: address in the attribute xlink:href"),
        ("<a href=\"vbscript:x\">y</a>", "a vbscript: address in the attribute href"),
        ("<a href=\"data:text/html,<b>\">y</a>", "a data: address in the attribute href"),
        ("<div style=\"background:url(javascript:x)\">", "script in a style attribute"),
        ("<style>body{background:url(javascript:x)}</style>", "script in a <style> element"),
        (
            "<style>@import 'https://example.org/x.css';</style>",
            "an @import of another style sheet in a <style> element"
        ),
        (
            "<meta http-equiv=\"Refresh\" content=\"0;url=javascript:x\">",
            "a <meta http-equiv=\"refresh\">, which moves the reader to another address"
        ),
        ("<link rel=import href=x.html>", "a <link rel=\"import\">"),
        (
            "<svg><a><animate attributeName=href values=javascript:alert(1) /><text>x</text></a></svg>",
            "a javascript: address in the attribute values"
        ),
        (
            "<svg><a><animate attributeName=\"href\" values=\"#a;x\" /></a></svg>",
            "an SVG <animate> that changes a link's address"
        ),
        (
            "<svg><a><set attributeName=\"xlink:href\" to=\"https://x\" /></a></svg>",
            "an SVG <set> that changes a link's address"
        ),
        ("<svg><use href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>", "an SVG <use> of a file elsewhere"),
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
        "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">",
        "<svg><use href=\"#marker\"/></svg>",
        "<meta name=\"viewport\" content=\"width=device-width\"><link rel=\"stylesheet\" href=\"assets/style.css\">",
        "<style>@media print { a[href]::after { content: ' (' attr(href) ')'; } }</style><p>after</p>",
        "<p title=\"see the onclick page\" data-x=\"javascript is a language\">x</p>",
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
        let blamed = place == "the layout" ? "layouts/default.html" : ".md"
        #expect(errors.allSatisfy { $0.file.hasSuffix(blamed) && $0.line >= 1 }, "\(place): \(errors)")
        #expect(published.files.count == 0, "\(place)")
        let intranet = try Self.build(audience: .internal, edit: edit)
        #expect(!intranet.diagnostics.hasErrors, "\(place): \(intranet.diagnostics.errors)")
    }

    /// Asset files a public build refuses: any kind a browser could open as a page, and SVGs and
    /// style sheets holding script, however it is hidden.
    static let refusedAssets: [(String, String)] = [
        ("badge.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"),
        ("entity.svg", "<!DOCTYPE svg [<!ENTITY x \"&#60;script&#62;1&#60;/script&#62;\">]><svg>&x;</svg>"),
        ("prefixed.svg", "<svg><x:script xmlns:x=\"http://www.w3.org/2000/svg\">1</x:script></svg>"),
        ("animate.svg", "<svg><a><animate attributeName=\"href\" values=\"https://example.org\"/></a></svg>"),
        ("note.html", "<p>x</p>"),
        ("page.xht", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>"),
        ("page.xhtm", "<p>x</p>"), ("page.shtml", "<p>x</p>"), ("page.htm", "<p>x</p>"), ("page.xhtml", "<p>x</p>"),
        ("data.xml", "<x/>"), ("style.xsl", "<x/>"), ("app.hta", "x"), ("page.html5", "x"), ("image.svgz", "x"),
        ("noextension", "<script>1</script>"), ("sheet.css", "body { background: url(javascript:alert(1)) }"),
    ]

    @Test(
        "a public build refuses an asset a browser could run, naming the file; an internal one copies it",
        arguments: refusedAssets)
    func publicAssets(_ name: String, _ text: String) throws {
        let edit: (URL) throws -> Void = { folder in
            try Data(text.utf8).write(to: folder.appendingPathComponent("site-templates/assets/" + name))
        }
        let published = try Self.build(audience: .public, edit: edit)
        let errors = published.diagnostics.errors.map { "\(($0.file as NSString).lastPathComponent): \($0.message)" }
        #expect(errors.count == 1 && errors[0].hasPrefix(name + ": " + name), "\(errors)")
        let intranet = try Self.build(audience: .internal, edit: edit)
        #expect(intranet.files.contains { $0.path == "assets/" + name })
    }

    @Test("a public build copies images, fonts, style sheets and documents from assets")
    func publicAssetsKept() throws {
        let kept = [
            "plain.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>",
            "extra.css": "body { color: #0b0c0c }", "report.pdf": "%PDF-1.4", "figures.csv": "a,b\n",
        ]
        let published = try Self.build(audience: .public) { folder in
            for (name, text) in kept {
                try Data(text.utf8).write(to: folder.appendingPathComponent("site-templates/assets/" + name))
            }
        }
        #expect(!published.diagnostics.hasErrors, "\(published.diagnostics.errors)")
        for name in kept.keys { #expect(published.files.contains { $0.path == "assets/" + name }, "\(name)") }
    }

    @Test("a layout's script is one error at the layout, however many pages use it")
    func layoutOnce() throws {
        let published = try Self.build(audience: .public) { folder in
            try Self.replace(
                "</main>", with: "</main><script>1</script>", in: "site-templates/layouts/default.html", of: folder)
        }
        let errors = published.diagnostics.errors
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.file.hasSuffix("site-templates/layouts/default.html") == true, "\(errors)")
    }

    @Test("readiness check finds a public-only problem without being asked for the public audience")
    func checkBothAudiences() throws {
        let copy = try Support.copy(Support.basic)
        try Self.replace(
            "</main>", with: "</main><script>1</script>", in: "site-templates/layouts/default.html", of: copy)
        let both = try Support.run(["check"], in: copy)
        #expect(both.status == 1, "\(both.stderr)")
        #expect(both.stderr.components(separatedBy: "layouts/default.html:1:1: error:").count == 2, "\(both.stderr)")
        let intranet = try Support.run(["check", "--audience", "internal"], in: copy)
        #expect(intranet.status == 0, "\(intranet.stderr)")
        // A problem both audiences find is reported once.
        let broken = try Support.copy(Support.basic)
        try Self.replace("Complete,1,", with: "Complete,9,", in: "data/actions.csv", of: broken)
        let once = try Support.run(["check"], in: broken)
        #expect(once.status == 1)
        #expect(once.stderr.components(separatedBy: "data/actions.csv:4:94: error:").count == 2, "\(once.stderr)")
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
