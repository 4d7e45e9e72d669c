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
    /// Each declared team indicator whose file is there, reduced to counts per team.
    public var indicators: [TeamIndicatorResult]
    /// Published figures the measures are read against.
    public var comparators: [ComparatorFigure] = []
    /// The plan as it stood at each meeting of the reporting committee before the as-at date.
    public var history = SnapshotHistory()
    /// Whether the Annex A lists were there to read; when not, the timeliness measures are "not
    /// available: lists not supplied" rather than left out or shown as zeros.
    public var annexAListsSupplied = true
    /// What did not load because of a problem, so that its consequences are reported under it.
    public var failures = LoadFailures()

    /// The theme with an id.
    public func theme(_ id: String) -> Theme? { themes.first { $0.id == id } }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        folder: String, settings: SiteSettings, frameworks: [Framework], themes: [Theme], inspections: [Inspection],
        recommendations: [Recommendation], actions: [Action], audits: [AuditOutcome], caseloads: [CaseloadSnapshot],
        followUps: [FollowUp], committees: [Committee], progress: [ProgressRecord], calendar: WorkingDayCalendar,
        timeliness: [TimelinessResult], indicators: [TeamIndicatorResult] = []
    ) {
        self.folder = folder
        self.settings = settings
        self.frameworks = frameworks
        self.themes = themes
        self.inspections = inspections
        self.recommendations = recommendations
        self.actions = actions
        self.audits = audits
        self.caseloads = caseloads
        self.followUps = followUps
        self.committees = committees
        self.progress = progress
        self.calendar = calendar
        self.timeliness = timeliness
        self.indicators = indicators
    }
}
