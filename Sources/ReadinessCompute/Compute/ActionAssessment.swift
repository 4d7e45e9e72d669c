import ReadinessModel

/// An action seen as at a date: whether it is overdue, how its due date moved, its RAG rating.
public struct ActionAssessment: Sendable, Equatable {
    /// RAG ratings; each has words, so colour never carries the meaning alone.
    public enum Rating: String, Sendable, Equatable, CaseIterable {
        case complete, onTrack, dueSoon, onHold, overdue, notRated

        /// The words shown on the tag.
        public var label: String {
            switch self {
            case .complete: "Complete"
            case .onTrack: "On track"
            case .dueSoon: "Due soon"
            case .onHold: "On hold"
            case .overdue: "Overdue"
            case .notRated: "Not rated"
            }
        }
    }

    /// The action.
    public let action: Action
    /// Its rating as at the date.
    public let rating: Rating
    /// The RAG colour under the council's rules: blue or green for complete, green, amber, red,
    /// or grey when not rated.
    public let colour: String
    /// Days past the due date now in force (0 when not overdue).
    public let daysOverdue: Int
    /// Days the due date in force has moved from the original, negative when brought forward
    /// (0 when never revised, or revised back to the original).
    public let daysSlipped: Int
    /// Days after the due date in force that a complete action was completed, from its
    /// `Completed date`; nil when not complete, completed on time, or the date is not given.
    public let daysLate: Int?

    /// Assesses an action as at a date under the council's RAG rules.
    public init(_ action: Action, asAt: CalendarDate, rules: RAGRules = RAGRules()) {
        self.action = action
        let due = action.currentDue
        let late = action.status != .complete && due < asAt
        daysOverdue = late ? due.days(until: asAt) : 0
        daysSlipped = action.originalDue.days(until: due)
        if action.status == .complete, let completed = action.completed, completed > due {
            daysLate = due.days(until: completed)
        } else {
            daysLate = nil
        }
        let rating: Rating
        if action.status == .complete {
            rating = .complete
        } else if late {
            rating = .overdue
        } else if rules.rateOnlyInProgress && action.status != .inProgress {
            rating = .notRated
        } else if action.status == .onHold && rules.onHoldIsAmber {
            rating = .onHold
        } else if asAt.days(until: due) <= rules.dueSoonDays {
            rating = .dueSoon
        } else {
            rating = .onTrack
        }
        self.rating = rating
        switch rating {
        case .complete: colour = rules.completeColour
        case .onTrack: colour = "green"
        case .dueSoon, .onHold: colour = "amber"
        case .overdue: colour = "red"
        case .notRated: colour = "grey"
        }
    }
}

extension ActionAssessment {
    /// What each figure about an action means: the first rows of docs/indicators.md's "Actions"
    /// table (`ThemeSummary.actionFigures` adds the theme's).
    package static let figures: [FigureDefinition] = [
        .init(
            "overdue",
            "not complete, and the due date is before the as-at date (due *on* the as-at date is not overdue)",
            templates: ["theme.counts.overdue", "theme.actions.overdue", "counts.overdue"]),
        .init("days overdue", "as-at date minus due date, in days", templates: ["theme.actions.days_overdue"]),
        .init(
            "due date in force",
            "the last date written in `Revised due dates` (they are kept in the order agreed, so a date brought forward is in force), or `Due date` if never revised",
            templates: ["theme.actions.due"]),
        .init(
            "moved",
            "the due date now in force differs from the first; *moved by* is the difference in days (negative when brought forward); *times moved* is the number of revisions that changed the date in force (writing the same date again is not a move)",
            templates: [
                "theme.counts.moved", "theme.actions.revised", "theme.actions.days_moved", "theme.actions.times_moved",
                "theme.moved_actions_table",
            ]),
        .init(
            "completed late",
            #"complete, with a `Completed date` after the due date in force; *days late* is the completed date minus that due date. Shown as "Completed late" with "12 days late, on 13 August 2026". Without a `Completed date` lateness is not known and not shown."#,
            templates: ["theme.actions.completed_late", "theme.actions.days_late"]),
    ]
}

extension ActionAssessment.Rating {
    /// The ratings in the order they are tried: an action has the first that applies.
    package static let precedence: [Self] = [.complete, .overdue, .notRated, .onHold, .dueSoon, .onTrack]

    /// docs/indicators.md's "RAG rating" table: each rating's words, colour and when it applies,
    /// in the order `ActionAssessment.init` tries them.
    package static var figures: [FigureDefinition] { precedence.map(\.figure) }

    /// This rating's row of the table.
    package var figure: FigureDefinition {
        switch self {
        case .complete:
            .init(
                label, details: ["blue (or green: `rag.complete_colour`)"], "status is Complete",
                settings: ["rag.complete_colour"])
        case .overdue: .init(label, details: ["red"], "not complete and past its due date")
        case .notRated:
            .init(
                label, details: ["grey"], "`rag.rate_only_in_progress: true` and the status is not In progress",
                settings: ["rag.rate_only_in_progress"])
        case .onHold:
            .init(
                label, details: ["amber"], "status is On hold and `rag.on_hold_is_amber` (default true)",
                settings: ["rag.on_hold_is_amber"])
        case .dueSoon:
            .init(
                label, details: ["amber"], "due within `rag.due_soon_days` (default 28) of the as-at date",
                settings: ["rag.due_soon_days"])
        case .onTrack: .init(label, details: ["green"], "otherwise")
        }
    }
}
