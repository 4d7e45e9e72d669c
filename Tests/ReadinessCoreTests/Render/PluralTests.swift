import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Counts agree in number: the helper itself, and every place in the code and the shipped
/// templates that writes a count goes through it.
@Suite("Plurals")
struct PluralTests {
    @Test("a word takes its form for one only at exactly one", arguments: [0, 1, 2, 11, -1])
    func forms(_ n: Int) {
        #expect(Plural.action(n) == (n == 1 ? "action" : "actions"))
        #expect(Plural.isAre.count(n) == "\(n) \(n == 1 ? "is" : "are")")
        #expect(
            Plural.share(n, of: 5, .area, .needs) == "\(n) of 5 areas \(n == 1 ? "needs" : "need")")
        #expect(Plural.share(n, of: 1, .action, .isAre).hasPrefix("\(n) of 1 action "))
    }

    @Test("none of one thing reads as one thing, none of several as several")
    func noneOf() {
        #expect(Plural.share(0, of: 1, .action, .isAre) == "0 of 1 action is")
        #expect(Plural.share(0, of: 1, .area, .needs) == "0 of 1 area needs")
        #expect(Plural.share(0, of: 2, .area, .needs) == "0 of 2 areas need")
        #expect(Plural.share(1, of: 1, .action, .isAre) == "1 of 1 action is")
    }

    @Test("days from today read as words")
    func inDays() {
        #expect(Plural.inDays(0) == "today")
        #expect(Plural.inDays(1) == "tomorrow")
        #expect(Plural.inDays(2) == "in 2 days")
    }

    /// The source folders that write sentences for pages.
    static let sourceFolders = ["Sources/ReadinessRender/Render", "Sources/ReadinessCompute/Compute"]

    static func swiftFiles() throws -> [(String, String)] {
        var files: [(String, String)] = []
        for folder in sourceFolders {
            let url = Support.packageRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".swift") {
                files.append(
                    (
                        folder + "/" + relative,
                        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
                    ))
            }
        }
        return files
    }

    @Test("no code pluralises by hand or puts a count straight before a plural noun")
    func codeUsesTheHelper() throws {
        let files = try Self.swiftFiles()
        #expect(files.count > 30)
        // A hand-made plural: `n == 1 ? "" : "s"`, `== 1 ? " is" : "s are"`.
        let byHand = #"== 1 \? "[^"]*" : "[^"]*""#
        // A count interpolated straight before a plural noun or a verb: `\(overdue) actions`, `\(n) are`.
        let countThenWord =
            #"\\\([^()"]*(\bcount\b|Count\b|total|overdue|complete|hidden|late|changes|\bn\b)[^()"]*\) ("#
            + PageWordingTests.nouns + #"|is|are|was|were|has|have|need|needs)\b"#
        for (path, text) in files {
            for found in PageBuilds.matches(byHand, in: text) {
                Issue.record("\(path): pluralised by hand, use Plural: \(found)")
            }
            for found in PageBuilds.matches(countThenWord, in: text) {
                Issue.record("\(path): a count before a word that must agree with it, use Plural: \(found)")
            }
        }
    }

    @Test("the scan of the code catches a hand-made plural")
    func codeScanCatches() {
        let byHand = #"== 1 \? "[^"]*" : "[^"]*""#
        #expect(!PageBuilds.matches(byHand, in: #""\(n) team\(n == 1 ? "" : "s")""#).isEmpty)
    }

    /// Every template file shipped with Readiness and kept as a fixture.
    static func templateFiles() throws -> [(String, String)] {
        var files: [(String, String)] = []
        for root in ["site-templates", "Tests/ReadinessCoreTests/Fixtures/basic/site-templates"] {
            let url = Support.packageRoot.appendingPathComponent(root)
            guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
            for case let relative as String in walker where relative.hasSuffix(".md") || relative.hasSuffix(".html") {
                files.append(
                    (
                        root + "/" + relative,
                        try String(contentsOf: url.appendingPathComponent(relative), encoding: .utf8)
                    ))
            }
        }
        return files
    }

    @Test("no template puts a number straight before a word that must agree with it")
    func templatesUsePhrases() throws {
        let files = try Self.templateFiles()
        #expect(files.count >= 6)
        // Every name declared as a number, by its last part: `overdue_count`, `counts.overdue`.
        var numbers: Set<String> = []
        for scope in TemplateScope.allCases {
            for field in TemplateCatalogue.fields(in: scope) where field.kind.label == "number" {
                numbers.insert(field.name)
            }
        }
        #expect(numbers.contains("overdue_count"))
        for (path, text) in files {
            for found in PageBuilds.matches(#"\{\{\s*[a-z_.]+\s*\}\}[ \t]+[a-z]"#, in: text) {
                let name = found.dropFirst(2).prefix { $0 != "}" }.trimmingCharacters(in: .whitespaces)
                let last = String(name.split(separator: ".").last ?? "")
                if numbers.contains(last) {
                    Issue.record("\(path): the number {{\(name)}} is followed by a word: use a phrase field: \(found)")
                }
            }
        }
    }
}
