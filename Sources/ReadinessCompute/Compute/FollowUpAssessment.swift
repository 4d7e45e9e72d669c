import ReadinessModel

/// A committee follow-up seen as at a date.
public struct FollowUpAssessment: Sendable, Equatable {
    /// The follow-up.
    public let followUp: FollowUp
    /// When it falls due, if that can be known.
    public let dueDate: CalendarDate?
    /// Whether it is open and past the last day it is on time.
    public let isOverdue: Bool
    /// Days past due (0 when not overdue).
    public let daysOverdue: Int
    /// Days from the meeting to completion, when complete.
    public let daysToComplete: Int?
    /// Days after its due date that it was completed, when it was completed late; nil otherwise.
    public let daysLate: Int?

    /// Assesses a follow-up.
    public init(_ followUp: FollowUp, committees: [Committee], calendar: WorkingDayCalendar, asAt: CalendarDate) {
        self.followUp = followUp
        let due = FollowUpSchedule.dueDate(followUp, committees: committees, calendar: calendar)
        let lastOnTime = FollowUpSchedule.lastDayOnTime(followUp, committees: committees, calendar: calendar)
        dueDate = due
        if followUp.status == .open, let due, let lastOnTime, lastOnTime < asAt {
            isOverdue = true
            daysOverdue = due.days(until: asAt)
        } else {
            isOverdue = false
            daysOverdue = 0
        }
        daysToComplete = followUp.completed.map { followUp.meetingDate.days(until: $0) }
        if followUp.status == .complete, let completed = followUp.completed, let due, let lastOnTime,
            completed > lastOnTime
        {
            daysLate = due.days(until: completed)
        } else {
            daysLate = nil
        }
    }

    /// The words shown on its tag.
    public var statusLabel: String {
        if isOverdue { return "Overdue" }
        if daysLate != nil { return "Completed late" }
        return followUp.status.label
    }

    /// Its tag colour.
    public var colour: String {
        if isOverdue { return "red" }
        switch followUp.status {
        case .open: return "amber"
        case .complete: return "blue"
        case .withdrawn: return "grey"
        }
    }
}
