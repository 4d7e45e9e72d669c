import ReadinessModel

/// Works out when committee follow-ups fall due.
public enum FollowUpSchedule {
    /// The due date shown: the date written, the meeting date plus the interval (for working
    /// days, the Nth working day after the meeting), or the committee's next meeting after the
    /// one that resolved it. Nil when it cannot be known.
    public static func dueDate(
        _ followUp: FollowUp, committees: [Committee], calendar: WorkingDayCalendar
    ) -> CalendarDate? {
        switch followUp.due {
        case .date(let date): return date
        case .after(let interval): return interval.dueDate(after: followUp.meetingDate, calendar: calendar)
        case .nextMeeting:
            let committee = committees.first { $0.id == followUp.committee }
            return committee?.meetings.first { $0 > followUp.meetingDate }
        }
    }

    /// The last day the follow-up is still on time. The due date itself, except for "N working
    /// days": then the day before the (N+1)th working day, so a follow-up due on a Friday is not
    /// overdue over the weekend, only once the next working day has passed without it.
    public static func lastDayOnTime(
        _ followUp: FollowUp, committees: [Committee], calendar: WorkingDayCalendar
    ) -> CalendarDate? {
        if case .after(let interval) = followUp.due, interval.unit == .workingDays {
            return interval.lastDayWithin(after: followUp.meetingDate, calendar: calendar)
        }
        return dueDate(followUp, committees: committees, calendar: calendar)
    }
}

extension FollowUpSchedule {
    /// What a follow-up's due date is: the first row of docs/indicators.md's "Committee
    /// follow-ups" table (`FollowUpAssessment.figures` adds the rest).
    package static let figures: [FigureDefinition] = [
        .init(
            "due date",
            "the date written; or the meeting date plus the interval (`3 months`, `6 weeks`; for `10 working days`, the 10th working day after the meeting); or, for `next meeting`, the committee's first meeting in committees.yaml after the meeting date",
            templates: ["follow_ups.items.due"])
    ]
}
