/// Works out when committee follow-ups fall due.
public enum FollowUpSchedule {
    /// The due date: the date written, the meeting date plus the interval, or the committee's
    /// next meeting after the one that resolved it. Nil when it cannot be known.
    public static func dueDate(
        _ followUp: FollowUp, committees: [Committee], calendar: WorkingDayCalendar
    ) -> CalendarDate? {
        switch followUp.due {
        case .date(let date): return date
        case .after(let interval): return interval.deadline(after: followUp.meetingDate, calendar: calendar)
        case .nextMeeting:
            let committee = committees.first { $0.id == followUp.committee }
            return committee?.meetings.first { $0 > followUp.meetingDate }
        }
    }
}
