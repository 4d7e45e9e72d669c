import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// `readiness check --format codequality`: GitLab's Code Quality report, which lists each
/// problem on the merge request.
@Suite("Code Quality report for GitLab merge requests")
struct CodeQualityReportTests {
    /// Every kind of diagnostic: each severity, with and without line, column, hint, a
    /// workbook's sheet (with a cell, a row, or none), and a summary that follows another file.
    static let kinds: [Diagnostic] = [
        Diagnostic(.error, file: "data/actions.csv", line: 14, column: 5, message: "due date is not a real date"),
        Diagnostic(.warning, file: "data/actions.csv", line: 3, message: "owner is blank", hint: "name one"),
        Diagnostic(.error, file: "data/settings.yaml", message: "as_at is missing", hint: "add as_at: 2026-11-20"),
        Diagnostic(.warning, file: "site-templates/index.md", line: 2, column: 1, message: "unknown key", hint: ""),
        Diagnostic(.error, file: "data/actions.xlsx", line: 14, column: 5, sheet: "Action plan", message: "bad score"),
        Diagnostic(.warning, file: "data/actions.xlsx", line: 9, sheet: "Action plan", message: "row is empty"),
        Diagnostic(.error, file: "data/actions.xlsx", sheet: "Plan", message: "sheet has no heading row"),
        Diagnostic(
            .error, file: "data/follow-ups.csv", message: "3 rows name an action that did not load",
            follows: "data/actions.csv"),
    ]

    /// The report's issues, decoded.
    static func issues(_ diagnostics: [Diagnostic], paths: RepositoryPaths? = nil) throws -> [[String: Any]] {
        var log = DiagnosticLog()
        for d in diagnostics { log.report(d) }
        let output = DiagnosticFormat.codequality.render(log, paths: paths)
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
    }

    /// Checks one issue has the fields and types GitLab's Code Quality schema requires.
    static func expectValid(_ issue: [String: Any]) {
        #expect(Set(issue.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
        #expect(!((issue["description"] as? String) ?? "").isEmpty)
        #expect(!((issue["check_name"] as? String) ?? "").isEmpty)
        #expect(["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
        let fingerprint = issue["fingerprint"] as? String ?? ""
        #expect(fingerprint.count == 16 && fingerprint.allSatisfy(\.isHexDigit), "\(fingerprint)")
        let location = issue["location"] as? [String: Any] ?? [:]
        #expect(Set(location.keys) == ["path", "lines"])
        #expect(!((location["path"] as? String) ?? "").isEmpty)
        let begin = (location["lines"] as? [String: Any])?["begin"] as? Int ?? 0
        #expect(begin >= 1)
    }

    @Test("every kind of diagnostic becomes one valid issue that says the same thing", arguments: kinds)
    func roundTrip(_ diagnostic: Diagnostic) throws {
        let issues = try Self.issues([diagnostic])
        try #require(issues.count == 1)
        let issue = issues[0]
        Self.expectValid(issue)
        let description = issue["description"] as? String ?? ""
        #expect(description.contains(diagnostic.message))
        if let hint = diagnostic.hint, !hint.isEmpty { #expect(description.hasSuffix("; " + hint)) }
        if let sheet = diagnostic.sheet { #expect(description.hasPrefix("sheet '\(sheet)'")) }
        if let cell = diagnostic.cell { #expect(description.contains("cell \(cell):")) }
        #expect(issue["severity"] as? String == (diagnostic.severity == .error ? "major" : "minor"))
        #expect(issue["check_name"] as? String == "readiness-\(diagnostic.severity.rawValue)")
        let location = issue["location"] as? [String: Any] ?? [:]
        #expect(location["path"] as? String == diagnostic.file)
        let begin = (location["lines"] as? [String: Any])?["begin"] as? Int
        #expect(begin == (diagnostic.sheet == nil && diagnostic.line > 0 ? diagnostic.line : 1))
    }

    @Test("no diagnostics give an empty list")
    func empty() {
        #expect(DiagnosticFormat.codequality.render(DiagnosticLog()) == "[]\n")
    }

    @Test("fingerprints are unique in a report, and each stays the same whatever else is reported")
    func fingerprints() throws {
        var random = SeededRandom(state: 7)
        // Many near-identical problems, and the same problem twice.
        var diagnostics = Self.kinds + [Self.kinds[0], Self.kinds[0]]
        for _ in 0..<300 {
            diagnostics.append(
                Diagnostic(
                    random.int(0...1) == 0 ? .error : .warning, file: "data/f\(random.int(0...3)).csv",
                    line: random.int(0...40), column: random.int(0...3), message: "value \(random.int(0...9)) is wrong")
            )
        }
        let all = try Self.issues(diagnostics)
        var log = DiagnosticLog()
        for d in diagnostics { log.report(d) }
        #expect(all.count == log.sorted.count && all.count > 50)
        // The log keeps one of identical diagnostics; the report alone still tells two apart.
        let twice = CodeQualityReport.render([Self.kinds[0], Self.kinds[0]], paths: nil)
        let both = try #require(try JSONSerialization.jsonObject(with: Data(twice.utf8)) as? [[String: Any]])
        #expect(Set(both.map { $0["fingerprint"] as? String ?? "" }).count == 2)
        let prints = all.map { $0["fingerprint"] as? String ?? "" }
        #expect(Set(prints).count == prints.count)
        // Each problem alone has the fingerprint it has among all the others.
        for kind in Self.kinds {
            let alone = try Self.issues([kind]).first?["fingerprint"] as? String
            let among = all.first { ($0["description"] as? String) == CodeQualityReport.description(kind) }
            #expect(alone != nil && among?["fingerprint"] as? String == alone)
        }
        // And the same inputs always give the same bytes.
        #expect(DiagnosticFormat.codequality.render(log) == DiagnosticFormat.codequality.render(log))
        // FNV-1a's published test values: the hash is the same on every machine.
        #expect(CodeQualityReport.fingerprintText("") == "cbf29ce484222325")
        #expect(CodeQualityReport.fingerprintText("a") == "af63dc4c8601ec8c")
    }

    @Test("a fingerprint changes with the file or the message, not with the line or a number in the message")
    func fingerprintDependsOnTheProblem() throws {
        func print(_ d: Diagnostic) throws -> String { try Self.issues([d]).first?["fingerprint"] as? String ?? "" }
        let base = Diagnostic(.warning, file: "data/a.csv", line: 4, column: 2, message: "not updated for 12 days")
        let others = [
            Diagnostic(.warning, file: "data/b.csv", line: 4, column: 2, message: "not updated for 12 days"),
            Diagnostic(.warning, file: "data/a.csv", line: 4, column: 2, message: "not reviewed for 12 days"),
        ]
        #expect(Set(try ([base] + others).map(print)).count == 3)
        // A row added above it, or a day passing, leaves it the same issue in the merge request.
        let same = [
            Diagnostic(.warning, file: "data/a.csv", line: 5, column: 2, message: "not updated for 12 days"),
            Diagnostic(.warning, file: "data/a.csv", line: 4, column: 3, message: "not updated for 13 days"),
        ]
        for d in same { #expect(try print(d) == print(base)) }
        // Two such problems in one file are still two issues, told apart by their order.
        let report = CodeQualityReport.render([base, same[0]], paths: nil)
        let issues = try #require(try JSONSerialization.jsonObject(with: Data(report.utf8)) as? [[String: Any]])
        #expect(Set(issues.map { $0["fingerprint"] as? String ?? "" }).count == 2)
    }

    @Test(
        "hostile messages, hints, sheets and paths are escaped and decode to what they were",
        arguments: ["\"},{\"x\":1", "a\\b", "line\nbreak", "\u{1B}[31m", "\u{2028}", "é \u{0}", "::error file=x::y"])
    func hostile(_ text: String) throws {
        let d = Diagnostic(
            .error, file: "data/\(text).csv", line: 2, column: 1, sheet: text, message: "id '\(text)' is used twice",
            hint: text)
        let output = DiagnosticFormat.codequality.render(
            {
                var log = DiagnosticLog(); log.report(d); return log
            }())
        #expect(output.split(whereSeparator: \.isNewline).count == 3, "\(output.debugDescription)")
        let issues = try Self.issues([d])
        try #require(issues.count == 1)
        Self.expectValid(issues[0])
        let location = issues[0]["location"] as? [String: Any] ?? [:]
        // Control characters are shown as escapes, as in every format; the rest is kept.
        #expect(location["path"] as? String == Diagnostic.visible(d.file))
        #expect(issues[0]["description"] as? String == Diagnostic.visible(CodeQualityReport.description(d)))
    }

    @Test(
        "paths are relative to the repository's root",
        arguments: [
            ("/repo", "/repo", "data/actions.csv", "data/actions.csv"),
            ("/repo/sub", "/repo", "data/actions.csv", "sub/data/actions.csv"),
            ("/repo/sub", "/repo", "../data/actions.csv", "data/actions.csv"),
            ("/repo", "/repo", "./data//actions.csv", "data/actions.csv"),
            ("/elsewhere", "/repo", "/repo/data/actions.csv", "data/actions.csv"),
            ("/repo", "/repo/", "data/actions.csv", "data/actions.csv"),
            ("/repo", "/repo", "/other/actions.csv", "/other/actions.csv"),
            ("/repository", "/repo", "data/actions.csv", "/repository/data/actions.csv"),
        ])
    func paths(_ workingDirectory: String, _ root: String, _ file: String, _ expected: String) throws {
        let paths = RepositoryPaths(workingDirectory: workingDirectory, root: root)
        #expect(paths.path(for: file) == expected)
        let issue = try Self.issues([Diagnostic(.error, file: file, line: 1, message: "m")], paths: paths)
        #expect((issue.first?["location"] as? [String: Any])?["path"] as? String == expected)
    }
}
