/// Counts of cases at each Ofsted grade.
public struct GradeCounts: Sendable, Equatable {
    public var outstanding: Int
    public var good: Int
    public var requiresImprovement: Int
    public var inadequate: Int

    /// All graded cases.
    public var total: Int { outstanding + good + requiresImprovement + inadequate }
    /// Cases graded good or outstanding.
    public var goodOrBetter: Int { outstanding + good }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(outstanding: Int, good: Int, requiresImprovement: Int, inadequate: Int) {
        self.outstanding = outstanding
        self.good = good
        self.requiresImprovement = requiresImprovement
        self.inadequate = inadequate
    }
}

/// The outcome of one case-file audit, before and after moderation.
public struct AuditOutcome: Sendable, Equatable {
    /// Identifier, e.g. `AU-2026-03`.
    public var id: String
    /// The theme's id.
    public var theme: String
    /// Kind of audit, e.g. `Thematic`, `Multi-agency`.
    public var auditType: String
    /// The period audited, as written (e.g. `April to June 2026`).
    public var period: String
    /// Number of cases audited.
    public var casesAudited: Int
    /// Grades as audited.
    public var audited: GradeCounts
    /// Grades after moderation, if moderation is done.
    public var moderated: GradeCounts?
    /// What the audit taught.
    public var keyLearning: String?
    /// Cases where the moderator agreed the auditor's grade, if recorded.
    public var moderationAgreed: Int?
    /// When it is due back at committee.
    public var reportDue: CalendarDate?
    /// When it was reported to committee, if it has been.
    public var reported: CalendarDate?
    /// The row it came from.
    public var location: SourceLocation

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        id: String, theme: String, auditType: String, period: String, casesAudited: Int, audited: GradeCounts,
        moderated: GradeCounts? = nil, keyLearning: String? = nil, moderationAgreed: Int? = nil,
        reportDue: CalendarDate? = nil, reported: CalendarDate? = nil, location: SourceLocation
    ) {
        self.id = id
        self.theme = theme
        self.auditType = auditType
        self.period = period
        self.casesAudited = casesAudited
        self.audited = audited
        self.moderated = moderated
        self.keyLearning = keyLearning
        self.moderationAgreed = moderationAgreed
        self.reportDue = reportDue
        self.reported = reported
        self.location = location
    }
}
