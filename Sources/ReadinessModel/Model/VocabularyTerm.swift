/// A closed set of words a data cell may hold, such as an action's status.
///
/// Matching ignores case, spaces, hyphens and underscores, and accepts the synonyms people
/// commonly write ("Completed" for "Complete").
public protocol VocabularyTerm: CaseIterable, Sendable, Hashable {
    /// The word shown on pages and in messages.
    var label: String { get }
    /// Other spellings accepted in data.
    var synonyms: [String] { get }
}

extension VocabularyTerm {
    public var synonyms: [String] { [] }

    /// The term a cell's text names, if any.
    public static func match(_ text: String) -> Self? {
        let key = TextKey.normalise(text)
        return allCases.first { term in
            TextKey.normalise(term.label) == key || term.synonyms.contains { TextKey.normalise($0) == key }
        }
    }
}

/// Where an action stands, as its owner reports it.
public enum ActionStatus: String, VocabularyTerm {
    case notStarted, inProgress, complete, onHold

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
        case .notStarted: ["Not yet started", "Planned"]
        case .inProgress: ["Ongoing", "Started", "Underway"]
        case .complete: ["Completed", "Done", "Achieved"]
        case .onHold: ["Paused", "Deferred"]
        }
    }
}

/// Which way a recommendation's progress is moving, as the committee is told.
public enum DirectionOfTravel: String, VocabularyTerm {
    case improving, stable, declining

    public var label: String {
        switch self {
        case .improving: "Improving"
        case .stable: "Static"
        case .declining: "Declining"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .improving: ["Up", "Better"]
        case .stable: ["Stable", "No change", "Unchanged", "Same"]
        case .declining: ["Down", "Worse", "Deteriorating"]
        }
    }
}

/// How urgent a recommendation is.
public enum RecommendationPriority: String, VocabularyTerm {
    case immediate, high, standard

    public var label: String {
        switch self {
        case .immediate: "Immediate attention"
        case .high: "High"
        case .standard: "Standard"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .immediate: ["Immediate", "Priority action", "Urgent"]
        case .high: []
        case .standard: ["Normal", "Medium", "Routine"]
        }
    }
}

/// The four Ofsted grades.
public enum OfstedGrade: String, VocabularyTerm {
    case outstanding, good, requiresImprovement, inadequate

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

    public var label: String {
        switch self {
        case .open: "Open"
        case .complete: "Complete"
        case .withdrawn: "Withdrawn"
        }
    }

    public var synonyms: [String] {
        switch self {
        case .open: ["Outstanding", "In progress", "Pending", "Not started"]
        case .complete: ["Completed", "Done", "Closed", "Fulfilled"]
        case .withdrawn: ["Cancelled", "No longer required"]
        }
    }
}
