/// Everything read from the data folder, checked and cross-referenced.
public struct ReadinessData: Sendable {
    /// The data folder it was read from, for diagnostics.
    public var folder: String
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
    public var progress: [ProgressRecord]
    /// Working days: weekdays less the bank holidays in bank-holidays.csv.
    public var calendar: WorkingDayCalendar
    /// Timeliness figures reduced from the child-level lists; no child-level row is kept.
    public var timeliness: [TimelinessResult]

    /// The theme with an id.
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }
}
