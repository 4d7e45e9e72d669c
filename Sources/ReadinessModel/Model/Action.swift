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
    /// Later due dates, in the order they were agreed (as written): the last is in force, even
    /// when it is earlier than the one before.
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
    /// When it was completed, from the optional `Completed date` column.
    public var completed: CalendarDate? = nil
    /// Links to evidence.
    public var evidence: [EvidenceLink]
    /// The row it came from.
    public var location: SourceLocation

    /// The due date now in force: the latest revision, or the original.
    public var currentDue: CalendarDate { revisedDue.last ?? originalDue }

    /// How many times the due date was changed: revisions that differ from the date in force
    /// before them (writing the same date again is not a move).
    public var timesMoved: Int {
        var count = 0
        var inForce = originalDue
        for date in revisedDue where date != inForce {
            count += 1
            inForce = date
        }
        return count
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        id: String, recommendation: String, description: String, owner: String, originalDue: CalendarDate,
        revisedDue: [CalendarDate], status: ActionStatus, score: Int? = nil, direction: DirectionOfTravel? = nil,
        update: String? = nil, updateDate: CalendarDate? = nil, completed: CalendarDate? = nil,
        evidence: [EvidenceLink], location: SourceLocation
    ) {
        self.id = id
        self.recommendation = recommendation
        self.description = description
        self.owner = owner
        self.originalDue = originalDue
        self.revisedDue = revisedDue
        self.status = status
        self.score = score
        self.direction = direction
        self.update = update
        self.updateDate = updateDate
        self.completed = completed
        self.evidence = evidence
        self.location = location
    }
}

/// A link to a piece of evidence, checked to be a web address, email or relative path.
public struct EvidenceLink: Sendable, Equatable {
    /// Text shown for the link.
    public var label: String
    /// The address: http(s), mailto or a relative path.
    public var target: String

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(label: String, target: String) {
        self.label = label
        self.target = target
    }
}
