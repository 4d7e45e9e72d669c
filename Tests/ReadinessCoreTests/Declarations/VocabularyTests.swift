import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The vocabularies: the built-in words councils' exports use, and the council's own words in
/// settings.yaml's `vocabularies:`.
@Suite("Vocabularies")
struct VocabularyTests {
    @Test(
        "council exports' words read as the term they imply",
        arguments: [
            ("On track", "In progress"), ("Off track", "In progress"), ("Behind", "In progress"),
            ("At risk", "In progress"), ("Overdue", "In progress"), ("Delayed", "In progress"),
            ("Green", "In progress"), ("AMBER", "In progress"), ("red", "In progress"), ("Closed", "Complete"),
            ("Blue", "Complete"), ("completed", "Complete"), ("not-started", "Not started"), ("Suspended", "On hold"),
        ])
    func actionStatus(_ word: String, _ label: String) {
        #expect(ActionStatus.match(word)?.label == label)
    }

    @Test(
        "directions, priorities and follow-up words",
        arguments: [
            (DirectionOfTravel.match("Improving")?.label, "Improving"),
            (DirectionOfTravel.match("↑")?.label, "Improving"),
            (DirectionOfTravel.match("Up arrow")?.label, "Improving"),
            (DirectionOfTravel.match(" ↓ ")?.label, "Declining"),
            (DirectionOfTravel.match("Same")?.label, "Static"), (DirectionOfTravel.match("→")?.label, "Static"),
            (DirectionOfTravel.match("Worsening")?.label, "Declining"),
            (RecommendationPriority.match("P1")?.label, "Immediate attention"),
            (RecommendationPriority.match("p2")?.label, "High"),
            (RecommendationPriority.match("P3")?.label, "Standard"),
            (FollowUpStatus.match("Closed")?.label, "Complete"), (FollowUpStatus.match("Overdue")?.label, "Open"),
            (FollowUpStatus.match("Superseded")?.label, "Withdrawn"),
        ])
    func otherWords(_ matched: String?, _ label: String) {
        #expect(matched == label)
    }

    @Test("symbols and blanks match nothing they do not name")
    func symbols() {
        #expect(DirectionOfTravel.match("-") == nil)
        #expect(DirectionOfTravel.match("") == nil)
        #expect(DirectionOfTravel.match("↑↑") == nil)
        #expect(ActionStatus.match("?") == nil)
    }

    /// Every built-in word of a vocabulary means the one term it is listed under.
    static func selfConsistent<Term: VocabularyTerm>(_ type: Term.Type) -> [String] {
        var wrong: [String] = []
        for term in Term.allCases {
            for word in [term.label] + term.synonyms where Term.match(word) != term {
                wrong.append("\(Term.vocabularyName): '\(word)' under \(term.label)")
            }
        }
        return wrong
    }

    @Test("no built-in word of a vocabulary is listed under two terms")
    func builtInWordsAreUnambiguous() {
        let wrong =
            Self.selfConsistent(ActionStatus.self) + Self.selfConsistent(DirectionOfTravel.self)
            + Self.selfConsistent(RecommendationPriority.self) + Self.selfConsistent(FollowUpKind.self)
            + Self.selfConsistent(FollowUpStatus.self) + Self.selfConsistent(OfstedGrade.self)
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test("every vocabulary a data column reads can be extended in settings.yaml")
    func everyColumnVocabularyIsConfigurable() {
        let configurable = Set(SettingsFile.Vocabulary.all.map(\.name))
        var read: Set<String> = []
        // The child-level lists' yes-or-no answers are Annex A's own codes, not the council's words.
        for file in DataFiles.all where !file.name.hasPrefix("annex-a/") {
            for column in file.columns {
                if case .vocabulary(_, let name) = column.kind { read.insert(name) }
            }
        }
        #expect(!read.isEmpty)
        #expect(read == configurable)
    }

    /// The basic fixture with settings.yaml holding only what a build needs and `section`, and the
    /// given replacements made in data files.
    static func fixture(settings section: String, replacing: [(String, String, String)] = []) throws -> URL {
        let dir = try Support.copy(Support.basic)
        let settings = "council: Test\nas_at: 2026-11-20\n" + section
        try settings.write(to: dir.appendingPathComponent("data/settings.yaml"), atomically: true, encoding: .utf8)
        for (file, find, replacement) in replacing {
            let url = dir.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(find), "\(file) has no '\(find)'")
            try text.replacingOccurrences(of: find, with: replacement).write(to: url, atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// Loads a data folder.
    static func load(_ dir: URL) -> (ReadinessData?, DiagnosticLog) {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let data = DataLoader.load(
            from: dir.appendingPathComponent("data").path, asAtOverride: nil, log: &log, ledger: &ledger)
        return (data, log)
    }

    /// The errors, each as printed, its path relative to the fixture.
    static func errors(_ log: DiagnosticLog, in dir: URL) -> [String] {
        log.errors.map { $0.description.replacingOccurrences(of: dir.path + "/", with: "") }
    }

    @Test("the council's own words reach every table that reads their vocabulary")
    func ownWordsReachTheLoaders() throws {
        let dir = try Self.fixture(
            settings: """
                vocabularies:
                  action_status:
                    complete: [Signed off, Closed - evidence held]
                    In progress: WIP
                  direction: {Improving: [Better than last time]}
                  follow_up_status:
                    Complete: [Reported to members]
                  priority:
                    Immediate attention: [Top]

                """,
            replacing: [
                ("data/actions.csv", ",Complete,1,Improving,", ",Signed off,1,Better than last time,"),
                ("data/actions.csv", ",In progress,3,", ",wip,3,"),
                ("data/follow-ups.csv", "Head of QA,Complete", "Head of QA,Reported to Members"),
                ("data/recommendations.csv", ",Immediate attention", ",Top"),
            ])
        let (data, log) = Self.load(dir)
        #expect(log.errors.isEmpty, "\(log.errors.map(\.description))")
        let actions = try #require(data?.actions)
        #expect(actions.first { $0.id == "A2" }?.status == .complete)
        #expect(actions.first { $0.id == "A2" }?.direction == .improving)
        #expect(actions.first { $0.id == "A1" }?.status == .inProgress)
        #expect(data?.followUps.first { $0.id == "F3" }?.status == .complete)
        #expect(data?.recommendations.first { $0.reference == "R1" }?.priority == .immediate)
        #expect(
            data?.settings.vocabularies.addedWords(for: ActionStatus.complete) == [
                "Signed off", "Closed - evidence held",
            ])
    }

    @Test("without the settings, the same words are refused at the cell, with how to add them")
    func ownWordsAreNeeded() throws {
        let dir = try Self.fixture(
            settings: "", replacing: [("data/actions.csv", ",Complete,1,Improving,", ",Signed off,1,Improving,")])
        let (_, log) = Self.load(dir)
        let errors = Self.errors(log, in: dir)
        #expect(
            errors == [
                "data/actions.csv:4:85: error: 'Status' 'Signed off' is not one of: Not started, In progress, Complete, On hold; use one of those words (docs/data-format.md lists the other spellings read), or add the council's own word to settings.yaml under 'vocabularies:', 'action_status:', as 'TERM: [Signed off]' with TERM the one of those words it means"
            ], "\(errors)")
    }

    @Test(
        "a wrong vocabulary, term or word is an error at its line in settings.yaml",
        arguments: [
            (
                "vocabularies:\n  action_stat:\n    Complete: [Signed off]\n",
                "data/settings.yaml:4:3: error: 'action_stat' is not a setting Readiness knows; the keys here are: action_status, direction, priority, follow_up_kind, follow_up_status, comparator_area, comparator_status"
            ),
            (
                "vocabularies:\n  action_status:\n    Finished off: [Signed off]\n",
                "data/settings.yaml:5:5: error: 'Finished off' is not a term of action_status; the terms are: Not started, In progress, Complete, On hold; list each word of your own under the term it means"
            ),
            (
                "vocabularies:\n  action_status:\n    Complete: [Signed off]\n    In progress: [signed-off]\n",
                "data/settings.yaml:6:19: error: 'signed-off' is given for both 'Complete' and 'In progress' in action_status; keep it under the one term it means"
            ),
            (
                "vocabularies:\n  action_status:\n    In progress: [Closed]\n",
                "data/settings.yaml:5:19: error: 'Closed' already means 'Complete' in action_status, so it cannot also mean 'In progress'; take it out: Readiness reads 'Closed' as Complete; change the data if the rows mean In progress"
            ),
            (
                "vocabularies:\n  direction: Better\n",
                "data/settings.yaml:4:14: error: 'direction' should be lines of 'term: [words]'; for example 'Improving: [our word, another word]', one line per term"
            ),
            (
                "vocabularies:\n  direction:\n    Improving:\n      - {a: b}\n",
                "data/settings.yaml:6:9: error: each word under 'Improving' should be a single value"
            ),
            (
                "vocabularies: [a]\n",
                "data/settings.yaml:3:15: error: vocabularies should be a set of 'key: value' lines; see docs/data-format.md for an example"
            ),
        ])
    func settingsErrors(_ section: String, _ expected: String) throws {
        let dir = try Self.fixture(settings: section)
        let (_, log) = Self.load(dir)
        let errors = Self.errors(log, in: dir)
        #expect(errors == [expected], "\(errors)")
    }

    @Test("a word already meaning the same term is accepted quietly")
    func redundantWord() throws {
        let dir = try Self.fixture(settings: "vocabularies:\n  action_status:\n    Complete: [Closed, Done]\n")
        let (data, log) = Self.load(dir)
        #expect(log.errors.isEmpty, "\(log.errors.map(\.description))")
        #expect(data?.settings.vocabularies.isEmpty == true)
    }
}
