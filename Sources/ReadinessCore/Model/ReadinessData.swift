/// Everything read from the data folder, checked and cross-referenced.
public struct ReadinessData: Sendable {
    public var settings: SiteSettings
    public var frameworks: [Framework]
    public var themes: [Theme]
    public var inspections: [Inspection]
    public var recommendations: [Recommendation]
    public var actions: [Action]
    public var audits: [AuditOutcome]
    public var caseloads: [CaseloadSnapshot]
    public var followUps: [FollowUp]
    public var committees: [Committee]

    /// The theme with an id.
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
}
