/// The site-wide settings in `data/settings.yaml`.
public struct SiteSettings: Sendable, Equatable {
    /// The council's name, shown in every page header.
    public var council: String
    /// The site's title.
    public var siteTitle: String
    /// The as-at date, if the settings fix one (the command's `--as-of` wins).
    public var asAt: CalendarDate?
    /// Whether raw HTML written by a template author is kept (dropped by default).
    public var allowRawHTML: Bool
    /// An action whose latest update is older than this many days draws a warning.
    public var staleUpdateDays: Int
    /// How actions are given a RAG rating.
    public var rag = RAGRules()
    /// Caseload flags.
    public var caseloadRules = CaseloadRules()
    /// An audit whose report to committee falls due within this many days is "due soon".
    public var auditDueSoonDays = 28
    /// A child-level list whose newest date is more than this many days before the as-at date
    /// draws a warning: its figures describe an older day.
    public var childLevelMaxAgeDays = 31
    /// Timeliness standards computed from child-level lists.
    public var timeliness: [TimelinessMeasure] = []
    /// The standard, theme and heading of each declared team indicator the settings set, by its
    /// id (`supervision`).
    public var indicators: [String: IndicatorSetting] = [:]
    /// The committee the pages report to, for "what changed since the last committee"
    /// (the first committee in committees.yaml when not set).
    public var reportingCommittee: String?
    /// The audience a build is for unless the command says otherwise.
    public var audience: Audience = .internal
    /// Disclosure control for public builds.
    public var disclosure = DisclosurePolicy.publicDefault

    /// Defaults for a council that has written only its name.
    public init(
        council: String, siteTitle: String = "Inspection readiness", asAt: CalendarDate? = nil,
        allowRawHTML: Bool = false, staleUpdateDays: Int = 90
    ) {
        self.council = council
        self.siteTitle = siteTitle
        self.asAt = asAt
        self.allowRawHTML = allowRawHTML
        self.staleUpdateDays = staleUpdateDays
    }

    /// The keys settings.yaml may hold.
    static let keys =
        [
            "council", "site_title", "as_at", "allow_raw_html", "stale_update_days", "rag", "caseloads",
            "audit_due_soon_days", "timeliness", "reporting_committee", "audience", "public",
            "child_level_max_age_days",
        ] + DataFiles.indicators.map(\.id)

    /// Reads settings.yaml.
    package static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> SiteSettings? {
        guard let map = YAMLMappingReader(yaml, what: "settings.yaml", log: &log) else { return nil }
        map.rejectUnknownKeys(keys, log: &log)
        let council = map.string("council", required: true, log: &log) ?? ""
        var settings = SiteSettings(
            council: council,
            siteTitle: map.string("site_title", log: &log) ?? "Inspection readiness",
            asAt: map.date("as_at", log: &log),
            allowRawHTML: map.bool("allow_raw_html", default: false, log: &log),
            staleUpdateDays: map.integer("stale_update_days", in: 1...3660, default: 90, log: &log))
        settings.rag = RAGRules.load(map.value("rag"), log: &log)
        settings.caseloadRules = CaseloadRules.load(map.value("caseloads"), log: &log)
        settings.auditDueSoonDays = map.integer("audit_due_soon_days", in: 0...366, default: 28, log: &log)
        settings.childLevelMaxAgeDays = map.integer("child_level_max_age_days", in: 0...3660, default: 31, log: &log)
        settings.timeliness = TimelinessMeasure.loadAll(map.value("timeliness"), log: &log)
        for indicator in DataFiles.indicators {
            if let value = map.value(indicator.id) {
                settings.indicators[indicator.id] = indicator.setting(value, log: &log)
            }
        }
        settings.reportingCommittee = map.string("reporting_committee", log: &log)
        if let text = map.string("audience", log: &log) {
            if let audience = Audience(rawValue: text.lowercased()) {
                settings.audience = audience
            } else {
                log.error(
                    "'audience' should be internal or public, not '\(text)'",
                    at: map.value("audience")?.location ?? yaml.location)
            }
        }
        settings.disclosure = DisclosurePolicy.load(map.value("public"), log: &log)
        return settings
    }
}
