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
    /// Each data file's columns under the council's own headings (`columns:`), by the file's
    /// declared name (`actions.csv`).
    public var columns: [String: ColumnMapping] = [:]
    /// The committee the pages report to, for "what changed since the last committee"
    /// (the first committee in committees.yaml when not set).
    public var reportingCommittee: String?
    /// The audience a build is for unless the command says otherwise.
    public var audience: Audience = .internal
    /// Disclosure control for public builds.
    public var disclosure = DisclosurePolicy.publicDefault
    /// The council's own words for the vocabularies' terms (`vocabularies:`), read in every
    /// table after the built-in ones.
    public var vocabularies = Vocabularies()
    /// The council's logo, shown in every page header (`logo:`).
    public var logo: SiteLogo?
    /// The council's own colours (`brand:`).
    public var brand = BrandColours()
    /// The pages listed first in the navigation and the agenda pack, in order (`menu:`).
    public var menu: [MenuEntry] = []
    /// The folder the Annex A lists are read from instead of the data folder's `annex-a/`
    /// (`annex_a: folder:`, or the command's `--annex-a`), if one is given.
    public var annexAFolder: String?

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
}
