/// When a follow-up is due: a date, or an interval from the meeting.
public enum FollowUpDue: Sendable, Equatable {
    /// A fixed date.
    case date(CalendarDate)
    /// An interval after the meeting: `3 months`, `6 weeks`, `10 working days`.
    case after(Interval)
    /// The committee's next meeting after the one that resolved it.
    case nextMeeting

    /// Reads a date (`2026-03-01`, or a month such as `Mar-26`, meaning by its last day),
    /// `3 months`, `six weeks`, `10 working days` or `next meeting`.
    public static func parse(_ text: String) -> FollowUpDue? {
        let t = text.trimmingSpaces
        if case .success(let date) = CalendarDate.parse(t, monthAsLastDay: true) { return .date(date) }
        if TextKey.normalise(t) == "nextmeeting" { return .nextMeeting }
        guard let interval = Interval.parse(t), interval.count <= 120 || interval.unit != .months else { return nil }
        return .after(interval)
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

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        id: String, committee: String, meetingDate: CalendarDate, minute: String? = nil, resolution: String,
        kind: FollowUpKind, due: FollowUpDue, owner: String, status: FollowUpStatus, theme: String? = nil,
        completed: CalendarDate? = nil, location: SourceLocation
    ) {
        self.id = id
        self.committee = committee
        self.meetingDate = meetingDate
        self.minute = minute
        self.resolution = resolution
        self.kind = kind
        self.due = due
        self.owner = owner
        self.status = status
        self.theme = theme
        self.completed = completed
        self.location = location
    }
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

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(id: String, name: String, meetings: [CalendarDate], location: SourceLocation) {
        self.id = id
        self.name = name
        self.meetings = meetings
        self.location = location
    }
}
