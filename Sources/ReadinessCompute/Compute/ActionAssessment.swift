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
