/// An action seen as at a date: whether it is overdue, how its due date moved, its RAG rating.
public struct ActionAssessment: Sendable, Equatable {
    /// RAG ratings; each has words, so colour never carries the meaning alone.
    public enum Rating: String, Sendable, Equatable, CaseIterable {
        case complete, onTrack, dueSoon, onHold, overdue

        /// The words shown on the tag.
        public var label: String {
            switch self {
            case .complete: "Complete"
            case .onTrack: "On track"
            case .dueSoon: "Due soon"
            case .onHold: "On hold"
            case .overdue: "Overdue"
            }
        }

        /// The RAG colour name (Blue for complete, as many councils use).
        public var colour: String {
            switch self {
            case .complete: "blue"
            case .onTrack: "green"
            case .dueSoon, .onHold: "amber"
            case .overdue: "red"
            }
        }
    }

    /// The action.
    public let action: Action
    /// Its rating as at the date.
    public let rating: Rating
    /// Days past the due date now in force (0 when not overdue).
    public let daysOverdue: Int
    /// Days the due date has moved from the original (0 when never revised).
    public let daysSlipped: Int

    /// Days before the due date at which an open action is "due soon".
    public static let dueSoonDays = 28

    /// Assesses an action as at a date.
    public init(_ action: Action, asAt: CalendarDate) {
        self.action = action
        let due = action.currentDue
        let late = action.status != .complete && due < asAt
        daysOverdue = late ? due.days(until: asAt) : 0
        daysSlipped = action.originalDue.days(until: due)
        if action.status == .complete {
            rating = .complete
        } else if late {
            rating = .overdue
        } else if action.status == .onHold {
            rating = .onHold
        } else if asAt.days(until: due) <= ActionAssessment.dueSoonDays {
            rating = .dueSoon
        } else {
            rating = .onTrack
        }
    }
}
