/// One action in the council's action plan, answering a recommendation.
public struct Action: Sendable, Equatable {
    /// Identifier, e.g. `A12`.
    public var id: String
    /// The recommendation's reference.
    public var recommendation: String
    /// What will be done.
    public var description: String
    /// The role that owns it (a role, rarely a person).
    public var owner: String
    /// The due date first agreed.
    public var originalDue: CalendarDate
    /// Later due dates, oldest first.
    public var revisedDue: [CalendarDate]
    /// Where it stands.
    public var status: ActionStatus
    /// Progress score, 1 (achieved) to 5 (a long way to go).
    public var score: Int?
    /// Direction of travel.
    public var direction: DirectionOfTravel?
    /// The latest progress update.
    public var update: String?
    /// When that update was written.
    public var updateDate: CalendarDate?
    /// Links to evidence.
    public var evidence: [EvidenceLink]
    /// The row it came from.
    public var location: SourceLocation

    /// The due date now in force: the latest revision, or the original.
    public var currentDue: CalendarDate { revisedDue.last ?? originalDue }
}

/// A link to a piece of evidence, checked to be a web address, email or relative path.
public struct EvidenceLink: Sendable, Equatable {
    /// Text shown for the link.
    public var label: String
    /// The address: http(s), mailto or a relative path.
    public var target: String
}
