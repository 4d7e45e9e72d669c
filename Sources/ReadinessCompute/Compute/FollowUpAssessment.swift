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

extension FollowUpAssessment {
    /// What each figure about a follow-up means: docs/indicators.md's "Committee follow-ups"
    /// table, after `FollowUpSchedule.figures`.
    package static let figures: [FigureDefinition] = [
        .init(
            "overdue",
            "status Open and the due date before the as-at date; for a working-day interval, the as-at date is on or after the (N+1)th working day after the meeting (so not on the weekend or bank holiday after the due date)",
            templates: ["follow_ups.items.overdue", "follow_ups.overdue_count", "follow_ups.any_overdue"]),
        .init("days overdue", "as-at date minus due date", templates: ["follow_ups.items.days_overdue"]),
        .init("days taken", "completed date minus meeting date"),
        .init(
            "completed late",
            #"status Complete and the completed date after the last day it was on time (as for overdue); *days late* is the completed date minus the due date. Its tag reads "Completed late" and the hint "done in 91 days, 9 days late"."#,
            templates: ["follow_ups.items.completed_late", "follow_ups.items.days_late"]),
    ]
}
