/// A closed set of words a data cell may hold, such as an action's status.
///
/// Matching ignores case, spaces, hyphens and underscores, and accepts the synonyms people
/// commonly write ("Completed" for "Complete", "Off track" for "In progress"); a council adds its
/// own words in settings.yaml (`Vocabularies`).
public protocol VocabularyTerm: CaseIterable, Sendable, Hashable {
    /// The vocabulary's key under `vocabularies:` in settings.yaml, such as `action_status`.
    static var vocabularyName: String { get }
    /// The word shown on pages and in messages.
    var label: String { get }
    /// Other spellings accepted in data.
    var synonyms: [String] { get }
}

extension VocabularyTerm {
    public var synonyms: [String] { [] }

    /// The term a cell's text names among the built-in words, if any.
    public static func match(_ text: String) -> Self? {
        let key = VocabularyKey.of(text)
        guard !key.isEmpty else { return nil }
        return allCases.first { term in
            VocabularyKey.of(term.label) == key || term.synonyms.contains { VocabularyKey.of($0) == key }
        }
    }
}

/// The loose form vocabulary words are compared in: `TextKey.normalise` (case, spaces and
/// punctuation do not matter), or, for a word of symbols only such as `↑`, the symbols.
package enum VocabularyKey {
    /// The word's loose form; empty for a blank word.
    package static func of(_ text: String) -> String {
        let key = TextKey.normalise(text)
        if !key.isEmpty { return key }
        return String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}

/// Where an action stands, as its owner reports it.
///
/// A council's RAG or BRAG word is read as the status it implies: Blue is Complete, and Green,
/// Amber, Red, On track, Off track, At risk, Behind, Overdue and Delayed are In progress.
/// Readiness works an action's RAG out itself from its dates (docs/indicators.md), so the
/// council's colour says only that the action is under way.
public enum ActionStatus: String, VocabularyTerm {
    case notStarted, inProgress, complete, onHold

    public static let vocabularyName = "action_status"

    public var label: String {
        switch self {
        case .notStarted: "Not started"
        case .inProgress: "In progress"
        case .complete: "Complete"
        case .onHold: "On hold"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .notStarted: ["Not yet started", "Planned", "Not due to start", "Yet to start"]
        case .inProgress:
            [
                "Ongoing", "Started", "Underway", "In hand", "On track", "Off track", "Behind", "At risk", "Overdue",
                "Delayed", "Green", "Amber", "Red",
            ]
        case .complete: ["Completed", "Done", "Achieved", "Closed", "Finished", "Blue"]
        case .onHold: ["Paused", "Deferred", "Suspended"]
        }
    }
}

/// Which way a recommendation's progress is moving, as the committee is told.
public enum DirectionOfTravel: String, VocabularyTerm {
    case improving, stable, declining

    public static let vocabularyName = "direction"

    public var label: String {
        switch self {
        case .improving: "Improving"
        case .stable: "Static"
        case .declining: "Declining"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .improving: ["Up", "Better", "Improved", "Up arrow", "↑", "▲", "⬆"]
        case .stable: ["Stable", "No change", "Unchanged", "Same", "Steady", "Level", "Sideways", "→", "↔", "►", "➡"]
        case .declining: ["Down", "Worse", "Worsening", "Deteriorating", "Declined", "Down arrow", "↓", "▼", "⬇"]
        }
    }
}

/// How urgent a recommendation is.
///
/// `P1`, `P2` and `P3` read as Immediate attention, High and Standard: the usual meaning of a
/// three-level priority.
public enum RecommendationPriority: String, VocabularyTerm {
    case immediate, high, standard

    public static let vocabularyName = "priority"

    public var label: String {
        switch self {
        case .immediate: "Immediate attention"
        case .high: "High"
        case .standard: "Standard"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .immediate: ["Immediate", "Priority action", "Urgent", "Area for priority action", "P1", "Priority 1"]
        case .high: ["P2", "Priority 2"]
        case .standard: ["Normal", "Medium", "Routine", "Area for improvement", "P3", "Priority 3", "Low"]
        }
    }
}

/// The four Ofsted grades.
public enum OfstedGrade: String, VocabularyTerm {
    case outstanding, good, requiresImprovement, inadequate

    /// National words: not among the vocabularies settings.yaml extends.
    public static let vocabularyName = "grade"

    public var label: String {
        switch self {
        case .outstanding: "Outstanding"
        case .good: "Good"
        case .requiresImprovement: "Requires improvement to be good"
        case .inadequate: "Inadequate"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .requiresImprovement: ["Requires improvement", "RI", "RIG"]
        default: []
        }
    }
}

/// What a committee asked for.
public enum FollowUpKind: String, VocabularyTerm {
    case reportBack, informationToMembers, email, briefing, other

    public static let vocabularyName = "follow_up_kind"

    public var label: String {
        switch self {
        case .reportBack: "Report back"
        case .informationToMembers: "Information to members"
        case .email: "Email to members"
        case .briefing: "Briefing"
        case .other: "Other"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .reportBack: ["Report", "Report to committee"]
        case .informationToMembers: ["Information", "Members information", "Make available to members"]
        case .email: ["Email", "Information be emailed"]
        case .briefing: ["Member briefing", "Workshop"]
        case .other: []
        }
    }
}

/// Whether a committee follow-up has been done.
public enum FollowUpStatus: String, VocabularyTerm {
    case open, complete, withdrawn

    public static let vocabularyName = "follow_up_status"

    public var label: String {
        switch self {
        case .open: "Open"
        case .complete: "Complete"
        case .withdrawn: "Withdrawn"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .open:
            [
                "Outstanding", "In progress", "Pending", "Not started", "Ongoing", "On track", "Off track", "Overdue",
                "Awaiting", "Green", "Amber", "Red",
            ]
        case .complete: ["Completed", "Done", "Closed", "Fulfilled", "Actioned", "Responded", "Blue"]
        case .withdrawn: ["Cancelled", "Canceled", "No longer required", "Superseded"]
        }
    }
}
