import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Root cause first: what follows from another problem (rows naming a recommendation that did
/// not load) is one diagnostic, with a count, shown right after its cause in every format.
@Suite("Root cause first")
struct RootCauseTests {
    /// One reference between files, broken at the file it refers to.
    struct Case: Sendable, CustomStringConvertible {
        let name: String
        /// Edits to the basic fixture: file, text, replacement (every occurrence).
        let edits: [(String, String, String)]
        /// The file the cause is reported in.
        let cause: String
        /// The folded diagnostic expected, as the text format prints it (paths from the fixture).
        let folded: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "actions naming recommendations, recommendations.csv not loaded",
            edits: [("data/recommendations.csv", "Reference,", "Refrence,")], cause: "data/recommendations.csv",
            folded:
                "data/actions.csv: error: 4 rows name a recommendation that did not load (because of the errors in data/recommendations.csv above); fix those first"
        ),
        Case(
            name: "progress naming recommendations, recommendations.csv not loaded",
            edits: [("data/recommendations.csv", "Reference,", "Refrence,")], cause: "data/recommendations.csv",
            folded:
                "data/progress-history.csv: error: 5 rows name a recommendation that did not load (because of the errors in data/recommendations.csv above); fix those first"
        ),
        Case(
            name: "progress naming a recommendation whose row was dropped",
            edits: [("data/recommendations.csv", "R2,ilacs-2025,care-leavers", "R2,ilacs-2025,")],
            cause: "data/recommendations.csv",
            folded:
                "data/progress-history.csv: error: 2 rows name a recommendation that did not load (because of the errors in data/recommendations.csv above); fix those first"
        ),
        Case(
            name: "recommendations naming themes, themes.yaml not loaded",
            edits: [("data/themes.yaml", "frameworks:", "frameworks: [")], cause: "data/themes.yaml",
            folded:
                "data/recommendations.csv: error: 3 rows name a theme that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "audits naming themes, themes.yaml not loaded",
            edits: [("data/themes.yaml", "frameworks:", "frameworks: [")], cause: "data/themes.yaml",
            folded:
                "data/audits.csv: error: 2 rows name a theme that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "follow-ups naming themes, themes.yaml not loaded",
            edits: [("data/themes.yaml", "frameworks:", "frameworks: [")], cause: "data/themes.yaml",
            folded:
                "data/follow-ups.csv: error: 2 rows name a theme that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "judgements naming themes, themes.yaml not loaded",
            edits: [("data/themes.yaml", "frameworks:", "frameworks: [")], cause: "data/themes.yaml",
            folded:
                "data/inspections.yaml: error: 2 judgements name a theme that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "inspections naming frameworks, themes.yaml not loaded",
            edits: [("data/themes.yaml", "frameworks:", "frameworks: [")], cause: "data/themes.yaml",
            folded:
                "data/inspections.yaml: error: 2 inspections name a framework that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "settings naming themes, themes.yaml not loaded",
            edits: [("data/themes.yaml", "frameworks:", "frameworks: [")], cause: "data/themes.yaml",
            folded:
                "data/settings.yaml: error: 8 settings name a theme that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "recommendations naming a theme whose item was dropped",
            edits: [("data/themes.yaml", "    name: Care leavers\n", "")], cause: "data/themes.yaml",
            folded:
                "data/recommendations.csv: error: 1 row names a theme that did not load (because of the errors in data/themes.yaml above); fix those first"
        ),
        Case(
            name: "recommendations naming inspections, inspections.yaml not loaded",
            edits: [("data/inspections.yaml", "inspections:", "inspections: [")], cause: "data/inspections.yaml",
            folded:
                "data/recommendations.csv: error: 3 rows name an inspection that did not load (because of the errors in data/inspections.yaml above); fix those first"
        ),
        Case(
            name: "recommendations naming inspections, inspections.yaml missing",
            edits: [("data/inspections.yaml", "", "")], cause: "data/inspections.yaml",
            folded:
                "data/recommendations.csv: error: 3 rows name an inspection that did not load (because there is no data/inspections.yaml); fix those first"
        ),
        Case(
            name: "follow-ups due at a committee's next meeting, committees.yaml not loaded",
            edits: [("data/committees.yaml", "committees:", "committees: [")], cause: "data/committees.yaml",
            folded:
                "data/follow-ups.csv: error: 1 row is due at the next meeting of a committee that did not load (because of the errors in data/committees.yaml above); fix those first"
        ),
        Case(
            name: "follow-ups due at a committee's next meeting, a meeting date not loaded",
            edits: [("data/committees.yaml", "2026-11-26", "2026-11-31")], cause: "data/committees.yaml",
            folded:
                "data/follow-ups.csv: error: 1 row is due at the next meeting of a committee whose meeting dates did not all load (because of the errors in data/committees.yaml above); fix those first"
        ),
        Case(
            name: "the reporting committee, committees.yaml not loaded",
            edits: [
                ("data/committees.yaml", "committees:", "committees: ["),
                ("data/settings.yaml", "as_at:", "reporting_committee: scrutiny\nas_at:"),
            ],
            cause: "data/committees.yaml",
            folded:
                "data/settings.yaml: error: 1 setting names a committee that did not load (because of the errors in data/committees.yaml above); fix those first"
        ),
        Case(
            name: "an immediate recommendation's actions, actions.csv not loaded",
            edits: [("data/actions.csv", "ID,Recommendation", "ID,Recommendations")], cause: "data/actions.csv",
            folded:
                "data/recommendations.csv: warning: 1 recommendation needing immediate attention has no actions but those that did not load (because of the errors in data/actions.csv above); fix those first"
        ),
        Case(
            name: "supervision teams, their caseload rows not loaded",
            edits: [("data/caseloads.csv", ",Assessment,Help and protection,", ",Assessment,Help and protection,x")],
            cause: "data/caseloads.csv",
            folded:
                "data/supervisions.csv: warning: 1 row names a team whose rows in caseloads.csv did not load (because of the errors in data/caseloads.csv above); fix those first"
        ),
        Case(
            name: "a theme's service areas, their caseload rows not loaded",
            edits: [("data/caseloads.csv", ",Assessment,Help and protection,", ",Assessment,Help and protection,x")],
            cause: "data/caseloads.csv",
            folded:
                "data/themes.yaml: warning: 1 theme names a service area whose rows in caseloads.csv did not load (because of the errors in data/caseloads.csv above); fix those first"
        ),
    ]

    /// The basic fixture with edits made (an empty text and replacement deletes the file).
    static func build(_ edits: [(String, String, String)]) throws -> (BuildResult, URL) {
        let folder = try Support.copy(Support.basic)
        for (file, find, replace) in edits {
            let url = folder.appendingPathComponent(file)
            if find.isEmpty {
                try FileManager.default.removeItem(at: url)
                continue
            }
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(find), "\(file) holds no '\(find)'")
            try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: false, encoding: .utf8)
        }
        return (try Support.render(folder), folder)
    }

    @Test("a reference to what did not load is one line, after its cause, in every format", arguments: cases)
    func folded(_ test: Case) throws {
        let (result, folder) = try Self.build(test.edits)
        let prefix = folder.path + "/"
        func shown(_ text: String) -> String { text.replacingOccurrences(of: prefix, with: "") }
        let sorted = result.diagnostics.sorted
        let lines = sorted.map { shown($0.description) }
        let index = try #require(lines.firstIndex(of: test.folded), "\(lines)")
        #expect(lines.filter { $0 == test.folded }.count == 1)
        // The cause comes first: every diagnostic of the cause's file is before the folded one,
        // and the one just before is the cause's (or another consequence of it).
        let causeIndices = sorted.indices.filter { shown(sorted[$0].file) == test.cause }
        #expect(!causeIndices.isEmpty || test.folded.contains("there is no"))
        #expect(causeIndices.allSatisfy { $0 < index })
        let before = sorted[index - 1]
        #expect(shown(before.file) == test.cause || before.follows != nil, "\(lines)")
        // Nothing else in the consequence's file says what the folded line counts.
        let consequence = sorted[index].file
        for d in sorted where d.file == consequence && d != sorted[index] {
            for word in [
                "does not exist", "which nobody defined", "is not a theme", "is not in committees.yaml",
                "is not in inspections.yaml", "which is not defined", "has no actions", "is not a team in caseloads",
                "no team in caseloads", "has no meeting after",
            ] {
                #expect(!d.message.contains(word), "\(shown(d.description))")
            }
        }
        // Every format prints the cause before the consequence (JSON has the message alone).
        let message = try #require(test.folded.split(separator: ": ", maxSplits: 2).last).prefix { $0 != ";" }
        for format in DiagnosticFormat.allCases {
            let text = shown(format.render(result.diagnostics))
            let consequenceAt = try #require(text.range(of: message), "\(format)")
            for i in causeIndices {
                let cause = try #require(text.range(of: sorted[i].message.prefix(40)), "\(format)")
                #expect(cause.lowerBound < consequenceAt.lowerBound, "\(format)")
            }
        }
    }

    @Test("a reference to a record its file never held is still reported row by row, beside folded ones")
    func neverThere() throws {
        let (result, folder) = try Self.build([
            ("data/recommendations.csv", "R2,ilacs-2025,care-leavers", "R2,ilacs-2025,"),
            ("data/progress-history.csv", "R1,2026-06-11", "R9,2026-06-11"),
        ])
        let lines = result.diagnostics.sorted.map {
            $0.description.replacingOccurrences(of: folder.path + "/", with: "")
        }
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "data/progress-history.csv:2:1: error: progress score for recommendation 'R9', which does not exist"
                )
            })
        #expect(
            lines.contains(
                "data/progress-history.csv: error: 2 rows name a recommendation that did not load (because of the errors in data/recommendations.csv above); fix those first"
            ))
    }

    @Test("a folded consequence is kept when its file has used up its diagnostics")
    func keptPastBudget() {
        var log = DiagnosticLog()
        for line in 1...(Budgets.diagnosticsPerFile + 5) {
            log.error("x", at: ReadinessModel.SourceLocation(file: "b.csv", line: line, column: 1))
        }
        log.report(Diagnostic(.error, file: "b.csv", message: "folded", follows: "a.csv"))
        log.error("cause", at: ReadinessModel.SourceLocation(file: "a.csv", line: 3, column: 1))
        #expect(log.sorted.prefix(2).map(\.message) == ["cause", "folded"])
        #expect(log.sorted.last?.message == "and 5 more like this in this file")
    }
}
