import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Broken and hostile inputs: each gives a diagnostic at the right place, never a crash, a hang
/// or a message that repeats megabytes of input.
@Suite("Hostile and broken input", .serialized)
struct HostileInputTests {
    /// A broken copy of the basic fixture.
    enum Breakage {
        case replace(file: String, with: [UInt8])
        case edit(file: String, find: String, replace: String)
        case folder(file: String)
        case danglingLink(file: String)
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    static let settings = "council: C\nas_at: 2026-11-20\n"
    static let billionLaughs =
        settings + "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"

    /// Each case: a name, the breakage, and text the diagnostics must contain (with location).
    static let cases: [(String, Breakage, String)] = [
        (
            "YAML that expands with anchors", .replace(file: "data/settings.yaml", with: bytes(billionLaughs)),
            "data/settings.yaml:3:4: error: YAML anchors and aliases (&name) are not allowed here"
        ),
        (
            "YAML nested very deep",
            .replace(
                file: "data/settings.yaml",
                with: bytes(
                    settings + "deep: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
                        + "\n")),
            "data/settings.yaml:3:8: error: lists and mappings are nested too deeply"
        ),
        (
            "YAML indented with a tab",
            .replace(file: "data/settings.yaml", with: bytes("council: C\n\tas_at: 2026-11-20\n")),
            "data/settings.yaml:2:1: error: this is not valid YAML"
        ),
        (
            "YAML with a list as a key", .replace(file: "data/settings.yaml", with: bytes(settings + "[a, b]: x\n")),
            "data/settings.yaml:3:1: error: '' is not a setting Readiness knows"
        ),
        (
            "invalid UTF-8", .replace(file: "data/themes.yaml", with: bytes("themes:\n") + [0xC3, 0x28]),
            "data/themes.yaml:2:1: error: the file is not valid UTF-8 text"
        ),
        (
            "UTF-16", .replace(file: "data/recommendations.csv", with: [0xFF, 0xFE, 0x52, 0x00]),
            "data/recommendations.csv: error: the file is UTF-16 text"
        ),
        (
            "an empty file", .replace(file: "data/recommendations.csv", with: []),
            "data/recommendations.csv: error: the file is empty"
        ),
        (
            "a folder where a file should be", .folder(file: "data/actions.csv"),
            "data/actions.csv: error: cannot read this file: it is a folder"
        ),
        (
            "a dangling link where a file should be", .danglingLink(file: "data/actions.csv"),
            "data/actions.csv: error: cannot read this file: it is a link to a file that does not exist"
        ),
        (
            "an unterminated quote", .edit(file: "data/follow-ups.csv", find: "F2,scrutiny", replace: "F2,\"scrutiny"),
            "data/follow-ups.csv:3:4: error: this quoted cell is never closed"
        ),
        (
            "a 10 MB cell is not repeated in the message",
            .edit(file: "data/actions.csv", find: "Not started", replace: String(repeating: "x", count: 10_000_000)),
            "data/actions.csv:5:61: error: 'Status' 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' is not one of"
        ),
        (
            "an FTE too large to be real",
            .edit(file: "data/caseloads.csv", find: "180,10,", replace: "180,99999999999999999999,"),
            "data/caseloads.csv:2:44: error: 'Case-holding FTE' must be a number of zero or more"
        ),
        (
            "a thirty-digit date in a child-level list",
            .edit(file: "data/annex-a/list-6.csv", find: "2026-10-23", replace: "202610230000000000000000000000-1-1"),
            "data/annex-a/list-6.csv:2:"
        ),
        (
            "dates at the ends of the calendar",
            .edit(
                file: "data/actions.csv",
                find: "01/05/2026; 01/08/2026,Complete,1,Improving,Done.,15/08/2026,,2026-08-13",
                replace: "31/12/9999; 01/01/0001,Complete,1,Improving,Done.,15/08/2026,,31/12/9999"),
            "data/actions.csv:4:124: warning: 'Completed date' 9999-12-31 is after the as-at date 2026-11-20"
        ),
        (
            "a follow-up due after the year 9999",
            .edit(
                file: "data/follow-ups.csv",
                find: "2026-06-11,CS/1,That a report on assessments come back in 3 months,Report back,3 months",
                replace: "9999-11-11,CS/1,That a report on assessments come back in 3 months,Report back,3 months"),
            ""
        ),
        (
            "sections nested beyond reason",
            .edit(
                file: "site-templates/pages/follow-ups.md", find: "# Committee follow-ups",
                replace: String(repeating: "{{#site}}", count: 200) + String(repeating: "{{/site}}", count: 200)),
            "site-templates/pages/follow-ups.md:4:577: error: sections are nested more than 64 deep here"
        ),
    ]

    @Test("each broken input gives its diagnostic", arguments: cases)
    func brokenInput(_ name: String, _ breakage: Breakage, _ expected: String) throws {
        let copy = try Support.copy(Support.basic)
        switch breakage {
        case .replace(let file, let bytes):
            try Data(bytes).write(to: copy.appendingPathComponent(file))
        case .edit(let file, let find, let replace):
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(find), "\(name): nothing to edit")
            try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: false, encoding: .utf8)
        case .folder(let file):
            let url = copy.appendingPathComponent(file)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        case .danglingLink(let file):
            let url = copy.appendingPathComponent(file)
            try FileManager.default.removeItem(at: url)
            try FileManager.default.createSymbolicLink(
                atPath: url.path, withDestinationPath: "/nonexistent/actions.csv")
        }
        let result = try Support.render(copy)
        let messages = result.diagnostics.all.map { $0.description.replacingOccurrences(of: copy.path + "/", with: "") }
        if !expected.isEmpty {
            #expect(
                messages.contains { $0.hasPrefix(expected) || $0.contains(expected) },
                "\(name): got \(messages.prefix(5))")
        }
        #expect(messages.allSatisfy { $0.utf8.count < 2_000 }, "\(name): a message repeats too much input")
        #expect(result.diagnostics.all.count < 100, "\(name): \(result.diagnostics.all.count) diagnostics")
    }

    @Test("a header with a million columns gives a handful of warnings, not a million")
    func millionColumns() throws {
        let copy = try Support.copy(Support.basic)
        let url = copy.appendingPathComponent("data/audits.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        lines[0] += String(repeating: ",extra", count: 1_000_000)
        try lines.joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
        let result = try Support.render(copy)
        #expect(result.diagnostics.warnings.filter { $0.file.hasSuffix("audits.csv") }.count <= 11)
        #expect(result.diagnostics.all.count < 100)
    }

    @Test(
        "YAML the guard lets through",
        arguments: [
            "council: \"R&D *Council*\"\n", "note: Cost & more, 5 * 3 # &comment\n", "list: [a, [b, [c]]]\n",
            "title: 'Bob & Co'\n", "council: \"Northfield \\\"Borough\\\" *Council* &Co\"\n",
            "a: 'it''s *fine* &ok'\n", "a: x & y\nb: |\n  &not an anchor\n  *nor an alias\n",
        ])
    func harmlessYAML(_ text: String) {
        #expect(YAMLGuard.problem(in: text) == nil)
    }

    @Test(
        "YAML anchors and aliases are refused wherever YAML has them, at their place",
        arguments: [
            ("a: [x \"q, &fd a, *fd]\n", 1, 11), ("a: &x\n  b: 1\nc: *x\n", 1, 4), ("- &a x\n- *a\n", 1, 3),
            ("a: {k: &v 1}\n", 1, 8),
        ])
    func anchors(_ text: String, _ line: Int, _ column: Int) {
        let problem = YAMLGuard.problem(in: text)
        #expect(problem?.message.hasPrefix("YAML anchors and aliases") == true, "\(text)")
        #expect(problem?.line == line && problem?.column == column, "\(String(describing: problem))")
    }

    @Test("YAML nested 33 deep in blocks is refused before a tree is built")
    func deepBlocks() {
        var text = ""
        for depth in 0..<40 { text += String(repeating: "  ", count: depth) + "k\(depth):\n" }
        text += String(repeating: "  ", count: 40) + "v\n"
        #expect(YAMLGuard.problem(in: text)?.message.hasPrefix("lists and mappings are nested too deeply") == true)
    }
}
