/// When a follow-up is due: a date, or an interval from the meeting.
public enum FollowUpDue: Sendable, Equatable {
    /// A fixed date.
    case date(CalendarDate)
    /// A number of days, weeks or months after the meeting.
    case after(count: Int, unit: Unit)
    /// The committee's next meeting after the one that resolved it.
    case nextMeeting

    /// A unit of an interval.
    public enum Unit: String, Sendable, Equatable {
        case days, weeks, months
    }

    /// Reads `2026-03-01`, `3 months`, `six weeks`, `10 days` or `next meeting`.
    public static func parse(_ text: String) -> FollowUpDue? {
        let t = text.trimmingSpaces.lowercased()
        if case .success(let date) = CalendarDate.parse(t) { return .date(date) }
        if CSVTable.normalise(t) == "nextmeeting" { return .nextMeeting }
        let words = t.split(separator: " ")
        guard words.count == 2 else { return nil }
        let numbers = [
            "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "twelve": 12, "a": 1,
        ]
        guard let count = Int(words[0]) ?? numbers[String(words[0])], (1...120).contains(count) else { return nil }
        switch words[1] {
        case "day", "days": return .after(count: count, unit: .days)
        case "week", "weeks": return .after(count: count, unit: .weeks)
        case "month", "months": return .after(count: count, unit: .months)
        default: return nil
        }
    }
}

/// Something a committee resolved and expects back.
public struct FollowUp: Sendable, Equatable {
    /// Identifier, e.g. `F07`.
    public var id: String
    /// The committee's id or name.
    public var committee: String
    /// The meeting that resolved it.
    public var meetingDate: CalendarDate
    /// The minute reference.
    public var minute: String?
    /// The resolution's words.
    public var resolution: String
    /// What was asked for.
    public var kind: FollowUpKind
    /// When it is due, as written.
    public var due: FollowUpDue
    /// The role that owns it.
    public var owner: String
    /// Whether it has been done.
    public var status: FollowUpStatus
    /// The theme's id, if it concerns one.
    public var theme: String?
    /// When it was done.
    public var completed: CalendarDate?
    /// The row it came from.
    public var location: SourceLocation
}

/// A committee and the dates of its meetings, for "next meeting" follow-ups.
public struct Committee: Sendable, Equatable {
    /// Identifier used in follow-ups.csv.
    public var id: String
    /// Full name.
    public var name: String
    /// Meeting dates, in order.
    public var meetings: [CalendarDate]
    /// Where it was defined.
    public var location: SourceLocation
}
