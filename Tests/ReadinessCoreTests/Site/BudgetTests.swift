import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Templates and data that would expand without end: each is stopped by a budget with a
/// diagnostic at the place, in seconds, where the same input ran for minutes before.
@Suite("Budgets for every expansion", .serialized)
struct BudgetTests {
    /// The basic fixture with extra files written into it.
    func render(_ files: [String: String]) throws -> (BuildResult, String) {
        let copy = try Support.copy(Support.basic)
        for (path, text) in files {
            let url = copy.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return (try Support.render(copy), copy.path + "/")
    }

    func messages(_ result: BuildResult, _ root: String) -> [String] {
        result.diagnostics.all.map { $0.description.replacingOccurrences(of: root, with: "") }
    }

    @Test("26 partials each including the next twice are refused before rendering, at the include")
    func partialDoubling() throws {
        var files: [String: String] = ["site-templates/pages/doubling.md": "# Doubling\n\n{{> p1}}\n"]
        for k in 1...26 {
            files["site-templates/partials/p\(k).md"] = k == 26 ? "x\n" : "{{> p\(k + 1)}} {{> p\(k + 1)}}\n"
        }
        let (result, root) = try render(files)
        let found = messages(result, root)
        // p17 is the first whose includes pass 1,000 copies (2 × 510 + 2 = 1,022).
        #expect(
            found.contains { $0.hasPrefix("site-templates/partials/p17.md:1:11: error: the partials included here") },
            "\(found)")
        #expect(found.filter { $0.contains("partials included here") }.count == 1, "\(found)")
        #expect(result.files.isEmpty)
    }

    @Test("themes nested 16 deep stop at the budget instead of repeating 3^16 times")
    func nestedSections() throws {
        let body =
            String(repeating: "{{#themes}}", count: 16) + "{{name}}" + String(repeating: "{{/themes}}", count: 16)
        let (result, root) = try render(["site-templates/pages/nested.md": "---\ntitle: Nested\n---\n" + body + "\n"])
        let found = messages(result, root)
        #expect(
            found.contains {
                $0.hasPrefix(
                    "site-templates/pages/nested.md:4:1: error: this page's sections repeat past the rendering budget")
            }, "\(found)")
        #expect(result.files.isEmpty)
    }

    @Test("200,000 bad rows give 20 diagnostics and a count, not 200,000 lines")
    func manyBadRows() throws {
        let copy = try Support.copy(Support.basic)
        let url = copy.appendingPathComponent("data/actions.csv")
        var text = try String(contentsOf: url, encoding: .utf8)
        text += String(repeating: "x\n", count: 200_000)
        try Data(text.utf8).write(to: url)
        let result = try Support.render(copy)
        let forFile = result.diagnostics.all.filter { $0.file.hasSuffix("data/actions.csv") }
        #expect(forFile.count == 21, "\(forFile.count) diagnostics for actions.csv")
        // 200,000 ragged rows and one warning the fixture already had, less the 20 listed.
        #expect(forFile.last?.message == "and 199,981 more like this in this file", "\(forFile.last?.message ?? "")")
        #expect(result.diagnostics.sorted.last { $0.file.hasSuffix("actions.csv") }?.message.hasPrefix("and ") == true)
        #expect(DiagnosticFormat.text.render(result.diagnostics).split(separator: "\n").count < 100)
    }

    @Test("a 3 MB Markdown page is refused before libcmark, at its first line")
    func hugePage() throws {
        let page =
            "---\ntitle: Huge\n---\n" + String(repeating: "* a list item with *emphasis* and `code`\n", count: 80_000)
        let (result, root) = try render(["site-templates/pages/huge.md": page])
        let found = messages(result, root)
        #expect(
            found.contains {
                $0.hasPrefix("site-templates/pages/huge.md:4:1: error: this page is 3203 KB, more than the 2048 KB")
            },
            "\(found.prefix(3))")
    }

    @Test("a personal field behind set delimiters is found, at its tag")
    func setDelimiters() throws {
        let (result, root) = try render([
            "site-templates/pages/sneaky.md": "---\ntitle: Sneaky\n---\n{{=<% %>=}}\nBorn <% child.date_of_birth %>\n"
        ])
        let found = messages(result, root)
        #expect(
            found.contains {
                $0.hasPrefix(
                    "site-templates/pages/sneaky.md:5:6: error: '<% child.date_of_birth %>' asks for 'Date of Birth'")
            }, "\(found)")
    }

    @Test("a personal field written with YAML escapes in front matter is found")
    func yamlEscapes() throws {
        let (result, root) = try render([
            "site-templates/pages/sneaky.md":
                "---\ntitle: \"\\u007b\\u007bchild.date_of_birth\\u007d\\u007d\"\n---\nHello\n"
        ])
        let found = messages(result, root)
        #expect(
            found.contains {
                $0.hasPrefix(
                    "site-templates/pages/sneaky.md:2:8: error: '{{child.date_of_birth}}' asks for 'Date of Birth'")
            }, "\(found)")
    }

    @Test("a partial that includes itself behind set delimiters is found before rendering")
    func hiddenCycle() {
        var log = DiagnosticLog()
        PartialCycles.check(["loop": ("intro {{=<% %>=}}<%> loop %>", "partials/loop.md")], log: &log)
        #expect(
            log.all.map(\.description).contains {
                $0.hasPrefix("partials/loop.md:1:1: error: partial 'loop' includes itself")
            })
    }
}
