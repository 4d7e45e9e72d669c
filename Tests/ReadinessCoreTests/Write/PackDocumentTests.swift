import Foundation
import Testing

@testable import ReadinessInput
@testable import ReadinessWrite

/// `readiness pdf` on the sample: the agenda pack as .docx and .odt (pandoc), and the page
/// numbers in the printed pack's contents. The real Chromium and pandoc are used, as in `make test`.
@Suite(
    "The agenda pack's documents and page numbers", .serialized,
    .enabled(
        if: ["/usr/bin/chromium", "/usr/bin/pandoc", "/usr/bin/pdftotext", "/usr/bin/unzip", "/usr/bin/rsvg-convert"]
            .allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }))
struct PackDocumentTests {
    /// One run of `readiness pdf` on a copy of data/ and site-templates/, shared by the tests.
    static let printed: (site: URL, status: Int32, stderr: String)? = {
        guard let dir = try? Support.temporaryFolder() else { return nil }
        for folder in ["data", "site-templates"] {
            try? FileManager.default.copyItem(
                at: Support.packageRoot.appendingPathComponent(folder), to: dir.appendingPathComponent(folder))
        }
        guard let run = try? Support.run(["pdf", "--chromium", "/usr/bin/chromium"], in: dir) else { return nil }
        return (dir.appendingPathComponent("_site"), run.status, run.stderr)
    }()

    func site() throws -> URL {
        let printed = try #require(Self.printed)
        #expect(printed.status == 0, "\(printed.stderr)")
        return printed.site
    }

    /// A program's standard output.
    static func output(_ program: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    static func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Text without tags, the few entities the site writes decoded.
    static func plain(_ html: Substring) -> String {
        var text = String(html).replacing(/<[^>]*>/, with: "")
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return normalised(text)
    }

    /// The pack's content: its `<main>`.
    static func packContent(_ site: URL) throws -> String {
        let page = try String(contentsOf: site.appendingPathComponent("agenda-pack.html"), encoding: .utf8)
        let start = try #require(page.range(of: "<main"))
        let end = try #require(page.range(of: "</main>"))
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// Headings (level, text) of HTML, in order.
    static func headings(_ html: String) -> [String] {
        html.matches(of: /<h([1-6])[^>]*>(.*?)<\/h[1-6]>/.dotMatchesNewlines()).map {
            "\($0.output.1) \(plain($0.output.2))"
        }
    }

    /// The text of pandoc JSON inlines.
    static func inlineText(_ value: Any) -> String {
        if let list = value as? [Any] { return list.map(inlineText).joined() }
        guard let node = value as? [String: Any], let kind = node["t"] as? String else { return "" }
        switch kind {
        case "Str": return node["c"] as? String ?? ""
        case "Space", "SoftBreak", "LineBreak": return " "
        case "Span", "Link": return inlineText((node["c"] as? [Any])?[1] ?? [])
        case "Emph", "Strong", "Underline", "Strikeout", "SmallCaps": return inlineText(node["c"] ?? [])
        case "Quoted": return inlineText((node["c"] as? [Any])?[1] ?? [])
        default: return ""
        }
    }

    /// Every node of a pandoc JSON document, depth first.
    static func nodes(_ value: Any, into found: inout [[String: Any]]) {
        if let list = value as? [Any] { for item in list { nodes(item, into: &found) } }
        if let node = value as? [String: Any] {
            if node["t"] != nil { found.append(node) }
            for item in node.values { nodes(item, into: &found) }
        }
    }

    @Test("the Word pack has the pack's headings, tables, and a described image for every chart")
    func word() throws {
        let site = try site()
        let docx = site.appendingPathComponent("pdf/agenda-pack.docx").path
        let listing = String(decoding: try Self.output("/usr/bin/unzip", ["-l", docx]), as: UTF8.self)
        #expect(listing.contains("word/document.xml"))
        let content = try Self.packContent(site)
        let json = try JSONSerialization.jsonObject(with: try Self.output("/usr/bin/pandoc", [docx, "-t", "json"]))
        let blocks = try #require((json as? [String: Any])?["blocks"])
        var found: [[String: Any]] = []
        Self.nodes(blocks, into: &found)
        // A document's nodes are visited depth first, but headings are blocks at the top or in
        // divs: keep their order by walking the top level list.
        var headings: [String] = []
        for node in found where node["t"] as? String == "Header" {
            let parts = node["c"] as? [Any] ?? []
            headings.append("\(parts.first as? Int ?? 0) \(Self.normalised(Self.inlineText(parts.last ?? [])))")
        }
        let expected = Self.headings(content)
        #expect(expected.count > 20)
        #expect(headings == expected)
        #expect(
            found.filter { $0["t"] as? String == "Table" }.count == content.components(separatedBy: "<table").count - 1)
        let document = String(
            decoding: try Self.output("/usr/bin/unzip", ["-p", docx, "word/document.xml"]), as: UTF8.self)
        #expect(document.components(separatedBy: "<w:tc>").count - 1 == content.matches(of: /<t[hd][ >]/).count)
        let images = found.filter { $0["t"] as? String == "Image" }
        let charts = content.components(separatedBy: "<svg").count - 1
        #expect(charts > 0)
        #expect(images.count >= charts)
        let alts = images.map { Self.normalised(Self.inlineText(($0["c"] as? [Any])?[1] ?? [])) }
        #expect(alts.allSatisfy { !$0.isEmpty }, "\(alts)")
        #expect(alts.contains { $0.hasPrefix("Actions by status and theme") })
    }

    @Test("the OpenDocument pack has the pack's headings, tables and charts")
    func openDocument() throws {
        let site = try site()
        let odt = site.appendingPathComponent("pdf/agenda-pack.odt").path
        let mimetype = String(decoding: try Self.output("/usr/bin/unzip", ["-p", odt, "mimetype"]), as: UTF8.self)
        #expect(mimetype == "application/vnd.oasis.opendocument.text")
        let xml = String(decoding: try Self.output("/usr/bin/unzip", ["-p", odt, "content.xml"]), as: UTF8.self)
        let content = try Self.packContent(site)
        // pandoc 2.17 reads back only the start of an .odt, so content.xml is read directly.
        let levels = xml.matches(of: /<text:h [^>]*text:outline-level="(\d)"/).map { String($0.output.1) }
        #expect(levels == Self.headings(content).map { String($0.prefix(1)) })
        #expect(xml.components(separatedBy: "<table:table ").count == content.components(separatedBy: "<table").count)
        #expect(xml.components(separatedBy: "<draw:image").count >= content.components(separatedBy: "<svg").count)
        // Every image has its chart's name as alternative text, the first chart's first.
        let frames = xml.matches(of: /<draw:frame [^>]*>(.*?)<\/draw:frame>/).map { String($0.output.1) }
        #expect(!frames.isEmpty)
        #expect(frames.allSatisfy { $0.contains("<svg:title>") && !$0.contains("<svg:title></svg:title>") })
        #expect(frames.first?.contains("<svg:title>Actions by status and theme") == true)
        #expect(xml.contains(">Inspection readiness: agenda pack<"))
        // Every cell, row headers too (pandoc 2.17 drops those from an .odt unless made cells).
        let cells = content.matches(of: /<t[hd][ >]/).count
        #expect(xml.components(separatedBy: "<table:table-cell ").count - 1 == cells)
        #expect(xml.contains("<text:p text:style-name=\"Table_20_Contents\">Help and protection</text:p>"))
    }

    @Test("each number in the printed contents is the page its section starts on")
    func pageNumbers() throws {
        let site = try site()
        let pdf = site.appendingPathComponent("pdf/agenda-pack.pdf").path
        func page(_ number: Int) throws -> String {
            Self.normalised(
                String(
                    decoding: try Self.output("/usr/bin/pdftotext", ["-f", "\(number)", "-l", "\(number)", pdf, "-"]),
                    as: UTF8.self))
        }
        let first = String(
            decoding: try Self.output("/usr/bin/pdftotext", ["-layout", "-f", "1", "-l", "2", pdf, "-"]), as: UTF8.self)
        let numbers = first.matches(of: /\d+\. .*? page (\d+)\n/).compactMap { Int($0.output.1) }
        let content = try Self.packContent(site)
        let sections = content.components(separatedBy: "<section class=\"pack-section\"").dropFirst()
        let headings = sections.compactMap { Self.headings($0).first?.dropFirst(2) }
        #expect(numbers.count == sections.count && numbers.count > 3, "\(first)")
        #expect(zip(numbers, numbers.dropFirst()).allSatisfy { $0 < $1 }, "\(numbers)")
        for (number, heading) in zip(numbers, headings) {
            // The heading opens the page: it comes straight after the running header.
            let text = try page(number)
            let at = try #require(text.range(of: String(heading)), "page \(number): \(text.prefix(200))")
            #expect(
                text.distance(from: text.startIndex, to: at.lowerBound) < 120, "page \(number): \(text.prefix(200))")
        }
    }

    @Test("the site's own pages are as built: no numbers, no working files left")
    func siteUnchanged() throws {
        let site = try site()
        let page = try String(contentsOf: site.appendingPathComponent("agenda-pack.html"), encoding: .utf8)
        #expect(!page.contains("pack-contents__page"))
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(!names.contains(PackContents.copyName) && !names.contains(PackDocuments.workFolder), "\(names)")
        let marker = try String(contentsOf: site.appendingPathComponent(".readiness-site"), encoding: .utf8)
        #expect(marker.contains("\npdf/agenda-pack.docx\n") && marker.contains("\npdf/agenda-pack.odt\n"))
    }

    @Test("the same pack gives byte-identical documents, dated the as-at date")
    func deterministic() throws {
        let copy = try Support.copy(try site())
        let documents = PackDocuments(pandoc: "/usr/bin/pandoc")
        var runs: [[Data]] = []
        for _ in 0..<2 {
            guard case .success(let names) = documents.write(site: copy.path) else {
                Issue.record("pandoc failed")
                return
            }
            runs.append(try names.map { try Data(contentsOf: copy.appendingPathComponent($0)) })
            // pandoc stamps .odt entries with the time it ran, to the second.
            Thread.sleep(forTimeInterval: 2.1)
        }
        #expect(runs[0] == runs[1])
        let listing = String(
            decoding: try Self.output(
                "/usr/bin/unzip", ["-l", copy.appendingPathComponent("pdf/agenda-pack.odt").path]),
            as: UTF8.self)
        #expect(listing.contains("2026-11-20 00:00   content.xml"), "\(listing)")
    }

    @Test("pdf without pandoc says how to install it, or to leave the documents out")
    func withoutPandoc() throws {
        let run = try Support.run(
            ["pdf", "--chromium", "/usr/bin/chromium"], in: try Support.copy(Support.basic),
            environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("sudo apt-get install pandoc"), "\(run.stderr)")
        #expect(run.stderr.contains("--no-documents"))
    }

    @Test("pandoc's input: the pack's main content, charts as described images, no scripts or navigation")
    func input() {
        let page = """
            <html><head><title>Agenda pack – A &amp; B</title></head><body>
            <a class="skip-link" href="#main">Skip</a><nav class="site-nav"><ul><li>Nav</li></ul></nav>
            <main id="main"><h1>Pack</h1><script>alert(1)</script>
            <svg role="img" aria-labelledby="c-t c-d"><title id="c-t">Chart "one"</title><desc id="c-d">Two
              bars.</desc><rect/></svg>
            <svg role="img" aria-label="Spark &amp; line"><rect/></svg>
            <details class="chart__data" open><summary>Show the data</summary><table><tr><th scope="row" class="x">R</th></tr><tfoot><tr><td>T</td></tr></tfoot></table></details>
            </main><footer>Foot</footer></body></html>
            """
        let (html, charts) = PackDocuments.input(page)
        #expect(charts.count == 2)
        #expect(charts.allSatisfy { $0.hasPrefix("<?xml") && $0.hasSuffix("</svg>\n") })
        #expect(html.contains("<img src=\"chart-1.svg\" alt=\"Chart &quot;one&quot; Two bars.\">"))
        #expect(html.contains("<img src=\"chart-2.svg\" alt=\"Spark &amp; line\">"))
        #expect(html.contains("<title>Agenda pack – A &amp; B</title>"))
        #expect(
            html.contains(
                "<div class=\"chart__data\" open><table><tr><td class=\"x\">R</td></tr><tbody><tr><td>T</td></tr></tbody></table></div>"
            ))
        for absent in ["Skip", "Nav", "alert", "Foot", "Show the data", "<svg", "<details"] {
            #expect(!html.contains(absent), "\(absent)")
        }
    }

    @Test("numbers go after each contents link, in order, and nowhere else")
    func numbered() {
        let page = """
            <head></head><a href="#x">X</a><nav class="pack-contents"><ol>
            <li><a href="#pack-a">A</a></li>
            <li><a href="#pack-b">B</a></li>
            </ol></nav><a href="#pack-a">again</a>
            """
        #expect(PackContents.contentsTargets(page) == ["pack-a", "pack-b"])
        let out = PackContents.numbered(page, pages: [2, 5])
        #expect(out.contains("<a href=\"#pack-a\">A</a><span class=\"pack-contents__page\">page 2</span></li>"))
        #expect(out.contains("<a href=\"#pack-b\">B</a><span class=\"pack-contents__page\">page 5</span></li>"))
        #expect(out.contains("again</a>\n") || out.hasSuffix("again</a>"))
        #expect(out.components(separatedBy: "pack-contents__page\">").count == 3)
        #expect(out.contains("<style media=\"print\">"))
    }
}
