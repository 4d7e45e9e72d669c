import Foundation
import Mustache
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("Pipe tables in Markdown pages")
struct PipeTableTests {
    /// One example of the GFM spec: its Markdown and the HTML the spec expects.
    struct SpecExample: CustomTestStringConvertible, Sendable {
        let number: Int
        let markdown: String
        let html: String
        var testDescription: String { "GFM spec table example \(number)" }
    }

    /// Every example in the fixture copied from the GFM spec's section on tables (examples 198-205).
    static let specExamples: [SpecExample] = {
        let url = Support.fixtures.appendingPathComponent("gfm-tables/spec-tables.txt")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var examples: [SpecExample] = []
        var lines: [String]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") && line.hasSuffix("example table") {
                lines = []
            } else if line.hasPrefix("````````") {
                guard let body = lines, let dot = body.firstIndex(of: ".") else { continue }
                examples.append(
                    SpecExample(
                        number: 198 + examples.count,
                        markdown: body[..<dot].map { $0 + "\n" }.joined(),
                        html: body[(dot + 1)...].map { $0 + "\n" }.joined()))
                lines = nil
            } else if lines != nil {
                lines?.append(String(line))
            }
        }
        return examples
    }()

    /// Readiness's table markup written the way the spec writes it: no wrapper, no class or
    /// scope, and alignment as the spec's `align` attribute.
    static func asSpec(_ html: String) -> String {
        var out = html.replacing(
            #/<div class="table-wrap" role="region" aria-label="[^"]*" tabindex="0"><table class="table table--markdown">/#,
            with: "<table>")
        out = out.replacingAll("</table></div>", with: "</table>").replacingAll(" scope=\"col\"", with: "")
        for side in ["left", "center", "right"] {
            out = out.replacingAll(" class=\"align-\(side)\"", with: " align=\"\(side)\"")
        }
        return out
    }

    let renderer = MarkdownRenderer(allowRawHTML: false)

    @Test("the fixture holds the spec's eight table examples")
    func fixture() {
        #expect(Self.specExamples.count == 8)
    }

    @Test("every table example of the GFM spec", arguments: specExamples)
    func spec(_ example: SpecExample) {
        let html = renderer.html(example.markdown)
        #expect(Self.asSpec(html) == example.html)
        #expect(MarkdownRenderer(allowRawHTML: true).html(example.markdown) == html)
    }

    @Test("tables are accessible and wrapped like the site's other tables")
    func markup() {
        let html = renderer.html("| Owner | Due |\n| :-- | --: |\n| Ann | 3 |\n")
        #expect(
            html.hasPrefix(
                "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table: Owner, Due\" tabindex=\"0\">"
                    + "<table class=\"table table--markdown\">\n<thead>"))
        #expect(html.contains("<th scope=\"col\" class=\"align-left\">Owner</th>"))
        #expect(html.contains("<td class=\"align-right\">3</td>"))
        #expect(!html.contains("align=\""))
    }

    @Test("a paragraph before the table stays a paragraph")
    func afterParagraph() {
        let html = renderer.html("Some *text*\nmore text\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(html.hasPrefix("<p>Some <em>text</em>\nmore text</p>\n<div class=\"table-wrap\" role=\"region\""))
        #expect(html.contains("<td>1</td>\n<td>2</td>"))
    }

    @Test("lines may end in CR LF or CR, as CommonMark allows")
    func lineEndings() {
        let expected = renderer.html("Text\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(expected.contains("<td>1</td>"))
        #expect(renderer.html("Text\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n") == expected)
        #expect(renderer.html("Text\r| a | b |\r| - | - |\r| 1 | 2 |\r") == expected)
    }

    @Test("a line that is not a row ends the table and starts a paragraph")
    func afterTable() {
        let html = renderer.html("| a |\n| - |\n| 1 |\n|\nafter\n")
        #expect(html.hasSuffix("</table></div>\n<p>|\nafter</p>\n"))
    }

    @Test("an escaped pipe stays in its cell, inside a code span too")
    func escapedPipe() {
        let html = renderer.html("| a | b |\n|---|---|\n| `x \\| y` | c \\| d |\n")
        #expect(html.contains("<td><code>x | y</code></td>\n<td>c | d</td>"))
        // A backslash that is itself escaped does not escape the pipe after it.
        #expect(renderer.html("| a | b |\n|---|---|\n| x\\\\| y |\n").contains("<td>x\\</td>\n<td>y</td>"))
    }

    @Test("a table inside a fenced or indented code block is code, not a table")
    func inCode() {
        let fenced = renderer.html("```\n| a | b |\n|---|---|\n| 1 | 2 |\n```\n")
        #expect(fenced == "<pre><code>| a | b |\n|---|---|\n| 1 | 2 |\n</code></pre>\n")
        let indented = renderer.html("    | a | b |\n    |---|---|\n")
        #expect(!indented.contains("<table"))
    }

    @Test("tables in block quotes and list items, lazy lines included")
    func nested() {
        let quote = renderer.html("> | a | b |\n> | - | - |\n> | 1 | 2 |\n| 3 | 4 |\n")
        #expect(quote.hasPrefix("<blockquote>\n<div class=\"table-wrap\" role=\"region\""))
        #expect(quote.contains("<td>3</td>\n<td>4</td>"))
        let item = renderer.html("- Item\n\n  | a | b |\n  | - | - |\n  | 1 | 2 |\n")
        #expect(item.contains("<li>\n<p>Item</p>\n<div class=\"table-wrap\" role=\"region\""))
        #expect(item.contains("<td>1</td>\n<td>2</td>"))
    }

    @Test("cells are inline Markdown: emphasis, links by reference, raw HTML as the options say")
    func inlines() {
        let html = renderer.html("| _a_ | [x][r] | <b>y</b> |\n|---|---|---|\n\n[r]: https://e.example\n")
        #expect(html.contains("<th scope=\"col\"><em>a</em></th>"))
        #expect(html.contains("<a href=\"https://e.example\">x</a>"))
        #expect(!html.contains("<b>"))
        #expect(
            MarkdownRenderer(allowRawHTML: true).html("| <b>y</b> |\n|---|\n").contains(
                "<th scope=\"col\"><b>y</b></th>"))
    }

    @Test("the same page gives the same bytes every time, from any thread")
    func deterministic() {
        let source = Self.specExamples.map(\.markdown).joined(separator: "\n") + "\n| [x][r] |\n|:-:|\n\n[r]: /y\n"
        let first = renderer.html(source)
        let results = ParallelResults<String>(count: 8)
        let renderer = self.renderer
        DispatchQueue.concurrentPerform(iterations: 8) { results[$0] = renderer.html(source) }
        for index in 0..<8 { #expect(results[index] == first) }
    }

    /// Characters that mean something to Markdown, tables, HTML or Readiness's block markers.
    static let hostileAlphabet: [String] = [
        "|", "\\", "`", "*", "_", "<", ">", "&", "\"", "'", "-", ":", "#", "[", "]", "(", ")", "!", "\n", " ", "\t",
        "a", "Z", "1", "\u{A0}", "\u{E000}", "\u{E001}", "é", "&amp;", "<b>", "\\|", "| --- |", "```",
    ]

    /// Values built from the alphabet by a fixed generator, so every run tests the same ones.
    static let hostileValues: [String] = {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [String] = hostileAlphabet + ["a\\", "\\", "|", "x |y", "`|`", "\\\\|"]
        for _ in 0..<400 {
            var value = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<(1 + Int(state >> 60)) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                value += hostileAlphabet[Int(state >> 33) % hostileAlphabet.count]
            }
            values.append(value)
        }
        return values
    }()

    /// The text a value shows: as `Escaping.markdown` folds spaces and replaces marker characters.
    static func shown(_ value: String) -> String {
        var out = ""
        var pending = false
        for scalar in value.unicodeScalars {
            if [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(scalar) {
                pending = !out.isEmpty
                continue
            }
            if pending { out += " " }
            pending = false
            out.unicodeScalars.append(BlockTable.isMarkerScalar(scalar) ? "\u{FFFD}" : scalar)
        }
        return out
    }

    @Test("a data value in a cell stays in its cell and shows literally, whatever it holds")
    func hostileValuesStayInCells() throws {
        let templates = [
            "| {{v}} | H |\n| --- | --- |\n| {{v}} | {{v}} |\n", "|{{v}}|H|\n|-|-|\n|{{v}}|{{v}}|\n",
            "{{v}} | H\n--- | ---\n{{v}} | {{v}}\n",
        ]
        for template in templates {
            var log = DiagnosticLog()
            let parsed = try #require(MustacheSource.template(template, path: "t.md", line: 1, log: &log))
            for value in Self.hostileValues {
                let blocks = BlockTable()
                let view = MustacheView(fields: ["v": .text(value)], destination: .markdown, blocks: blocks)
                let html = blocks.substitute(in: renderer.html(parsed.render(view)))
                let cells = Self.cells(html)
                let expected = Self.shown(value)
                // Without a leading pipe, an empty first cell leaves a row of one pipe, which GFM
                // does not count as a row (so docs/templates.md says to write the pipes).
                if expected.isEmpty && !template.hasPrefix("|") { continue }
                #expect(
                    cells == [expected, "H", expected, expected],
                    "value \(value.debugDescription) in \(template.debugDescription) gave \(html.debugDescription)")
            }
        }
    }

    /// The text of every `th` and `td`, tags stripped and the entities libcmark writes decoded;
    /// empty when the HTML is not exactly one table.
    static func cells(_ html: String) -> [String] {
        guard html.components(separatedBy: "<table").count == 2,
            html.hasPrefix("<div class=\"table-wrap\" role=\"region\"")
        else {
            return []
        }
        var cells: [String] = []
        var rest = Substring(html)
        while let open = rest.range(of: "<t[hd](?: [^>]*)?>", options: .regularExpression) {
            guard
                let close = rest.range(
                    of: "</t[hd]>", options: .regularExpression, range: open.upperBound..<rest.endIndex)
            else { break }
            let inner = String(rest[open.upperBound..<close.lowerBound])
            if inner.contains("<") { return [] }
            cells.append(
                inner.replacingAll("&lt;", with: "<").replacingAll("&gt;", with: ">")
                    .replacingAll("&quot;", with: "\"").replacingAll("&amp;", with: "&"))
            rest = rest[close.upperBound...]
        }
        return cells
    }

    /// The one-pass screen (`PipeTables.mayHoldTable`) never hides a table: random pages over
    /// the characters tables, block quotes, lists and code are made of render the same with it
    /// and without it, and the spec's examples do too.
    @Test("the screen for delimiter rows never hides a table", arguments: 0..<8)
    func screenNeverHidesATable(seed: UInt64) {
        var random = SeededRandom(state: seed)
        let pieces = [
            "|", "-", ":", " ", "\t", ">", "a", "*b*", "\n", "\n", "\r\n", "\r", "- ", "1. ", "```", "    ", "\\|",
        ]
        let renderer = MarkdownRenderer(allowRawHTML: false)
        for _ in 0..<300 {
            let page = (0..<random.int(1...40)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined()
            #expect(
                renderer.html(page, screening: true) == renderer.html(page, screening: false),
                "\(page.debugDescription)")
        }
        for example in Self.specExamples {
            #expect(PipeTables.mayHoldTable(example.markdown) || !example.html.contains("<table"))
        }
    }
}
