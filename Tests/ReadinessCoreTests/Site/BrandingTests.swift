import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The logo, the brand colours and the menu order of settings.yaml: each rule's diagnostic at its
/// line and column, and what every page of a build carries.
@Suite("Logo, brand colours and menu order")
struct BrandingTests {
    /// A copy of the shipped sample (data/ and site-templates/ side by side), with `settings`
    /// appended to its settings.yaml; returns the copy and the line the addition starts on.
    static func sample(appending settings: String) throws -> (folder: URL, firstLine: Int) {
        let folder = try Support.temporaryFolder()
        for name in ["data", "site-templates"] {
            try FileManager.default.copyItem(
                at: Support.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        let path = folder.appendingPathComponent("data/settings.yaml")
        var text = try String(contentsOf: path, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        let firstLine = text.split(separator: "\n", omittingEmptySubsequences: false).count
        try (text + settings).write(to: path, atomically: false, encoding: .utf8)
        return (folder, firstLine)
    }

    static let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n".utf8)
    static let pngHead: [UInt8] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

    /// The bytes of a file a case makes, by a short name (so the cases print briefly).
    static func bytes(_ recipe: String) -> [UInt8] {
        switch recipe {
        case "svg": svg
        case "png": pngHead
        case "gif": Array("GIF89a".utf8)
        case "large png": pngHead + [UInt8](repeating: 0, count: Budgets.logoBytes)
        default: Array(recipe.utf8)
        }
    }

    /// Each case: what it breaks, the settings appended, files to make in the data folder (by
    /// `bytes`; a name starting `->` makes a link to such a file outside the folder), the line
    /// (1 = the first appended) and column of the error, and words its message holds.
    static let cases: [(String, String, [String: String], Int, Int, String)] = [
        (
            "logo not there", "logo:\n  file: nowhere.png\n", [:], 2, 9,
            "the logo 'nowhere.png' is not in the data folder"
        ),
        (
            "logo of a kind not shown", "logo:\n  file: logo.gif\n", ["logo.gif": "gif"], 2, 9,
            "is not a PNG, SVG, JPEG or WebP image"
        ),
        (
            "logo whose content is not its kind", "logo:\n  file: logo.png\n", ["logo.png": "hello"],
            2, 9, "is not a PNG image: its content does not start as one does"
        ),
        (
            "logo path climbing out", "logo:\n  file: ../site-templates/assets/x.png\n", [:], 2, 9,
            "is outside the data folder"
        ),
        (
            "logo by absolute path", "logo:\n  file: /etc/logo.png\n", [:], 2, 9, "is outside the data folder"
        ),
        (
            "logo a link out of the folder", "logo:\n  file: link.png\n", ["->link.png": "png"], 2, 9,
            "outside the data folder"
        ),
        (
            "logo too large", "logo:\n  file: big.png\n",
            ["big.png": "large png"], 2, 9, "more than the 1024 KB"
        ),
        (
            "SVG logo with a script", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"], 2, 9,
            "holds a script, which would run or load"
        ),
        (
            "SVG logo with an event handler", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"\n onload = \"alert(1)\"/>"], 2, 9,
            "holds an event handler"
        ),
        (
            "SVG logo loading a file from elsewhere", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://x.example/a.png\"/></svg>"],
            2, 9, "holds a reference to a file elsewhere"
        ),
        (
            "SVG logo with a prefixed script element", "logo:\n  file: logo.svg\n",
            [
                "logo.svg":
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><x:script xmlns:x=\"http://www.w3.org/2000/svg\">alert(1)</x:script></svg>"
            ], 2, 9,
            "holds a script"
        ),
        (
            "SVG logo with a handler split over lines", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" onload\n=\"alert(1)\"/>"], 2, 9,
            "holds an event handler"
        ),
        (
            "SVG logo with an encoded javascript: link", "logo:\n  file: logo.svg\n",
            [
                "logo.svg":
                    "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"&#106;avascript:alert(1)\"><rect/></a></svg>"
            ], 2, 9,
            "holds a script"
        ),
        (
            "SVG logo with a vbscript: link", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"vbscript:x\"><rect/></a></svg>"], 2, 9,
            "holds a script"
        ),
        (
            "SVG logo with a tab in javascript:", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\" java&#x09;script:x\"><rect/></a></svg>"],
            2, 9,
            "holds a script"
        ),
        (
            "SVG logo with an encoded url()", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(&#x68;ttp://e/a)\"/></svg>"],
            2, 9,
            "holds a character reference"
        ),
        (
            "SVG logo with a relative link", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"other.svg#a\"/></svg>"], 2, 9,
            "holds a reference to a file elsewhere"
        ),
        (
            "SVG logo with an unquoted url()", "logo:\n  file: logo.svg\n",
            ["logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url( evil.svg#a)\"/></svg>"], 2,
            9,
            "holds a reference to a file elsewhere"
        ),
        (
            "logo given as one value, not a mapping", "logo: logo.svg\n", ["logo.svg": "svg"], 1, 7, "logo"
        ),
        ("colour by name", "brand:\n  link: red\n", [:], 2, 9, "'link: red' is not a colour Readiness can read"),
        (
            "colour without quotes, read by YAML as a comment", "brand:\n  primary: #b10e1e\n", [:], 2, 3,
            "'primary' has no colour"
        ),
        (
            "colour with CSS after it", "brand:\n  primary: \"#fff; } body { display: none\"\n", [:], 2, 12,
            "is not a colour Readiness can read"
        ),
        (
            "colour with markup", "brand:\n  header: \"#000</style><script>alert(1)</script>\"\n", [:], 2, 11,
            "is not a colour Readiness can read"
        ),
        (
            "link too light for text", "brand:\n  link: \"#ffff00\"\n", [:], 2, 9,
            "'link: #ffff00' has a contrast of 1:1 with the page's white; WCAG 2.2 AA asks for at least 4.5:1 for text"
        ),
        (
            "header too light behind white text", "brand:\n  header: \"#77aaff\"\n", [:], 2, 11,
            "with the header's white text; WCAG 2.2 AA asks for at least 4.5:1 for text"
        ),
        (
            "focus too dark behind dark text", "brand:\n  focus: \"#333\"\n", [:], 2, 10,
            "with the dark text #0b0c0c of a focused link; WCAG 2.2 AA asks for at least 4.5:1"
        ),
        (
            "primary too light for a mark", "brand:\n  primary: \"#dddddd\"\n", [:], 2, 12,
            "WCAG 2.2 AA asks for at least 3:1 for a mark that is not text"
        ),
        (
            "menu naming no page", "menu: [index, nowhere]\n", [:], 1, 15,
            "'menu' names 'nowhere', which is not a page of this site"
        ),
        (
            "menu naming a page twice", "menu:\n  - index\n  - index\n", [:], 3, 5, "'menu' names 'index' twice"
        ),
    ]

    @Test("an ordinary SVG logo, with gradients, shapes and links inside itself, is accepted")
    func ordinarySVG() {
        let logo = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#1d70b8"/></linearGradient></defs>
              <title>Northfield Borough Council</title>
              <rect id="r" width="10" height="10" fill="url(#g)" style="stroke: url( '#g' )"/>
              <use href="#r"/><use xlink:href = "#r"/><text font-family="Arial">One council</text>
            </svg>
            """
        #expect(SiteLogo.Kind.activeContent(inSVG: Array(logo.utf8)) == nil)
    }

    @Test("each rule of logo, brand and menu is an error at its line and column", arguments: cases)
    func rule(
        _ name: String, _ settings: String, _ files: [String: String], _ line: Int, _ column: Int, _ words: String
    )
        throws
    {
        let (folder, first) = try Self.sample(appending: settings)
        let data = folder.appendingPathComponent("data")
        for (file, recipe) in files {
            let bytes = Self.bytes(recipe)
            if file.hasPrefix("->") {
                let outside = folder.appendingPathComponent("outside.png")
                try Data(bytes).write(to: outside)
                try FileManager.default.createSymbolicLink(
                    at: data.appendingPathComponent(String(file.dropFirst(2))), withDestinationURL: outside)
            } else {
                try Data(bytes).write(to: data.appendingPathComponent(file))
            }
        }
        let result = try Support.render(folder)
        let errors = result.diagnostics.errors
        let settingsPath = data.appendingPathComponent("settings.yaml").path
        #expect(
            errors.contains {
                $0.file == settingsPath && $0.line == first + line - 1 && $0.column == column
                    && ($0.message + "; " + ($0.hint ?? "")).contains(words)
            }, "\(name): \(errors.map { "\($0.line):\($0.column): \($0.message)" })")
        #expect(result.files.isEmpty, "\(name): no site is made")
    }

    @Test("the contrast ratio matches WCAG's worked values, and every #rgb is its #rrggbb")
    func contrast() {
        #expect(RGBColour.ratioText(RGBColour(0, 0, 0).contrast(with: RGBColour(255, 255, 255))) == "21:1")
        #expect(RGBColour.ratioText(RGBColour(0x1d, 0x70, 0xb8).contrast(with: RGBColour(255, 255, 255))) == "5.1:1")
        #expect(RGBColour.ratioText(RGBColour(0x76, 0x76, 0x76).contrast(with: RGBColour(255, 255, 255))) == "4.5:1")
        for digits in ["000", "fff", "1a9", "F0c"] {
            let long = "#" + digits.map { "\($0)\($0)" }.joined()
            #expect(RGBColour.parse("#" + digits) == RGBColour.parse(long))
            #expect(RGBColour.parse(long)?.hex == long.lowercased())
        }
        for bad in ["", "#", "#12", "#12345", "#1234567", "#ggg", "red", "1d70b8", "#1d70b8;", " #fff"] {
            #expect(RGBColour.parse(bad) == nil, "\(bad)")
        }
    }

    @Test("every page of a build carries the logo and the brand colours, and the logo is copied")
    func everyPage() throws {
        let (folder, _) = try Self.sample(
            appending: """
                logo:
                  file: images/crest.svg
                  alt: "Crest of \\"Northfield\\" <Council> & Co"
                brand:
                  primary: "#00703C"
                  link: "#1d70b8"

                """)
        let images = folder.appendingPathComponent("data/images")
        try FileManager.default.createDirectory(at: images, withIntermediateDirectories: true)
        try Data(Self.svg).write(to: images.appendingPathComponent("crest.svg"))
        let result = try Support.render(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.message))")
        let pages = result.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 4)
        for page in pages {
            let html = String(decoding: page.bytes, as: UTF8.self)
            let src = SitePath.rootPrefix(for: page.path) + "assets/site-logo.svg"
            #expect(
                html.contains(
                    "<img class=\"site-header__logo\" src=\"\(src)\" alt=\"Crest of &quot;Northfield&quot; &lt;Council&gt; &amp; Co\">"
                ), "\(page.path)")
            #expect(
                html.contains("<style>:root { --brand: #00703c; --link: #1d70b8; }</style>"), "\(page.path)")
            #expect(!html.contains("<Council>"), "\(page.path)")
        }
        #expect(result.files.first { $0.path == "assets/site-logo.svg" }?.bytes == Self.svg)
        // Self-contained copies embed it.
        for page in StandalonePages.make(from: result.files) {
            let html = String(decoding: page.bytes, as: UTF8.self)
            #expect(html.contains("src=\"data:image/svg+xml;base64,"), "\(page.path)")
            #expect(!html.contains("assets/site-logo.svg"), "\(page.path)")
        }
    }

    @Test("with no logo or colours the pages carry neither")
    func noBranding() throws {
        let (folder, _) = try Self.sample(appending: "")
        let result = try Support.render(folder)
        for page in result.files where page.path.hasSuffix(".html") {
            let html = String(decoding: page.bytes, as: UTF8.self)
            #expect(!html.contains("site-header__logo\""), "\(page.path)")
            #expect(!html.contains("<style>:root"), "\(page.path)")
        }
    }

    /// The hrefs of a page's navigation, in order.
    static func navigation(_ html: String) -> [String] {
        guard let start = html.range(of: "<nav class=\"site-nav\""),
            let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex)
        else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "href=\"").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
    }

    @Test(
        "menu: puts the pages it names first, in its order, in every page's navigation and the agenda pack",
        arguments: [
            ["follow-ups", "care-leavers"], ["care-leavers", "index"], ["committee-report"],
            ["index", "committee-report", "leaders", "help-and-protection", "children-in-care", "care-leavers"],
        ])
    func menu(_ names: [String]) throws {
        let (folder, _) = try Self.sample(appending: "menu: [\(names.joined(separator: ", "))]\n")
        let result = try Support.render(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.message))")
        let index = try #require(result.files.first { $0.path == "index.html" })
        let order = Self.navigation(String(decoding: index.bytes, as: UTF8.self)).map {
            String($0.dropLast(5))
        }
        #expect(Array(order.prefix(names.count)) == names, "\(order)")
        // The rest keep their own order: as without menu:, less the names.
        let (plain, _) = try Self.sample(appending: "")
        let unordered = try #require(try Support.render(plain).files.first { $0.path == "index.html" })
        let own = Self.navigation(String(decoding: unordered.bytes, as: UTF8.self)).map { String($0.dropLast(5)) }
        #expect(Array(order.dropFirst(names.count)) == own.filter { !names.contains($0) })
        // Every page shows the same navigation.
        for page in result.files where page.path.hasSuffix(".html") && page.path != AgendaPack.path {
            let shown = Self.navigation(String(decoding: page.bytes, as: UTF8.self)).map {
                String($0.dropLast(5).split(separator: "/").last ?? "")
            }
            #expect(shown == order, "\(page.path)")
        }
        // The agenda pack's sections follow it.
        let pack = String(
            decoding: try #require(result.files.first { $0.path == AgendaPack.path }).bytes, as: UTF8.self)
        let sections = pack.components(separatedBy: "<section class=\"pack-section\" id=\"pack-").dropFirst().compactMap
        {
            $0.split(separator: "\"").first.map(String.init)
        }
        #expect(sections == order.filter { sections.contains($0) }, "\(sections)")
        #expect(Array(sections.prefix(names.count)) == names)
    }
}
