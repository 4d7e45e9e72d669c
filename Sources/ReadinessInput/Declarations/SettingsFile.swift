import ReadinessModel

/// `settings.yaml`, declared once: the council, the as-at date, switches, the rules figures are
/// worked out by, and each team indicator's section (generated from `DataFiles.indicators`).
/// Defaults are the model's own (`SiteSettings`, `RAGRules`, `CaseloadRules`,
/// `DisclosurePolicy.publicDefault`), so the docs show the values a build uses.
package enum SettingsFile {
    /// The settings of a council that has written only its name.
    static let defaults = SiteSettings(council: "")

    static let council = YAMLKey.text(
        "council", required: true, summary: "the council's name, shown in every page header")
    static let siteTitle = YAMLKey.text("site_title", summary: "the site's title").defaulting(to: defaults.siteTitle)
    static let asAt = YAMLKey.date(
        "as_at",
        summary: "the date figures are worked out as at; the command's `--as-of` wins; one of the two is needed")
    static let allowRawHTML = YAMLKey.yesNo(
        "allow_raw_html", summary: "keep raw HTML written in templates (otherwise it is dropped)"
    ).defaulting(to: defaults.allowRawHTML)
    static let staleUpdateDays = YAMLKey.wholeNumber(
        "stale_update_days", in: 1...3660,
        summary: "warn when an open action's latest update is older than this many days"
    ).defaulting(to: defaults.staleUpdateDays)
    static let rag = YAMLMappingKey(
        "rag",
        keys: [
            RAG.completeColour.declaration, RAG.rateOnlyInProgress.declaration, RAG.dueSoonDays.declaration,
            RAG.onHoldIsAmber.declaration,
        ],
        summary: "how actions are given a RAG rating (docs/indicators.md)")
    static let caseloads = YAMLMappingKey(
        "caseloads", keys: [Caseloads.threshold.declaration, Caseloads.swing.declaration], summary: "caseload flags")
    static let auditDueSoonDays = YAMLKey.wholeNumber(
        "audit_due_soon_days", in: 0...366,
        summary: "audit reports due at committee within this many days are \"due soon\""
    ).defaulting(to: defaults.auditDueSoonDays)
    static let timeliness = YAMLListKey(
        "timeliness", what: "each timeliness measure", itemsAre: "measures",
        keys: [
            Timeliness.check.declaration, Timeliness.name.declaration, Timeliness.standard.declaration,
            Timeliness.standardUnderFive.declaration, Timeliness.theme.declaration,
        ],
        summary: "timeliness standards, worked out from the child-level lists in `annex-a/` (docs/indicators.md)")
    static let reportingCommittee = YAMLKey.reference(
        "reporting_committee", to: "committees.yaml",
        summary: "the committee for \"what changed since the last committee\""
    ).documentingDefault("the first in committees.yaml")
    static let audience = YAMLKey<Audience>.choice(
        "audience", among: Audience.allCases, summary: "who a build is for; `--audience` wins"
    ).defaulting(to: defaults.audience)
    static let disclosure = YAMLMappingKey(
        "public",
        keys: [
            Public.suppressBelow.declaration, Public.roundTo.declaration, Public.teamMinimum.declaration,
            Public.smallTeams.declaration,
        ],
        summary: "disclosure control for public builds (docs/disclosure.md)")
    static let columns = YAMLKey.columnMappings(
        "columns", files: DataFiles.all,
        summary:
            "your own column headings, and columns to pass over without a warning (docs/data-format.md, \"Your own column headings\")"
    )
    static let childLevelMaxAgeDays = YAMLKey.wholeNumber(
        "child_level_max_age_days", in: 0...3660,
        summary: "warn when a child-level list's newest date is older than this many days, as at the as-at date"
    ).defaulting(to: defaults.childLevelMaxAgeDays)

    static let vocabularies = YAMLMappingKey(
        "vocabularies", keys: Vocabulary.all.map(\.declaration),
        summary:
            "the council's own words for the terms of the data's vocabularies, besides the built-in ones (docs/data-format.md)"
    )

    static let logo = YAMLMappingKey(
        "logo", keys: [Logo.file.declaration, Logo.alt.declaration],
        summary: "the council's logo, shown in every page's header (docs/configuration.md, \"Logo, colours and menu\")")
    static let brand = YAMLMappingKey(
        "brand", keys: Brand.all.map(\.key.declaration),
        summary: "the council's own colours, each checked for WCAG 2.2 AA contrast (docs/configuration.md)")
    static let menu = YAMLKey.pageList(
        "menu",
        summary:
            "pages listed first in the navigation and the agenda pack, in this order, by output name without `.html` (`index`, `workforce`); front matter's `order:` places the rest"
    )
    static let annexA = YAMLMappingKey(
        "annex_a", keys: [AnnexA.folder.declaration],
        summary:
            "where the Annex A lists are kept, when not in `annex-a/` (docs/data-format.md, \"Annex A lists from a protected store\")"
    )

    /// `logo:`.
    enum Logo {
        static let file = YAMLKey.text(
            "file", required: true,
            summary: "the image, a path inside the data folder (`logo.svg`); PNG, SVG, JPEG or WebP, at most 1 MB")
        static let alt = YAMLKey.text("alt", summary: "what the logo says, for people who cannot see it")
            .documentingDefault("the council's name")
    }

    /// `brand:`: one colour per role.
    enum Brand {
        static let all = BrandColours.Role.allCases.map { role in
            (
                role: role,
                key: YAMLKey.colour(
                    role.rawValue,
                    summary: {
                        switch role {
                        case .primary: "the bar under the header and the mark under the current page's link"
                        case .header: "the header's background, behind white text"
                        case .link: "links"
                        case .focus: "the background of a link with keyboard focus, behind dark text"
                        }
                    }()
                ).documentingDefault("`\"\(role.standard.hex)\"`")
            )
        }
    }

    /// `annex_a:`.
    enum AnnexA {
        static let folder = YAMLKey.text(
            "folder",
            summary:
                "the folder holding list-N.csv (or annex-a.xlsx), relative to the data folder or absolute; `--annex-a` wins"
        ).documentingDefault("`annex-a`")
    }

    /// `vocabularies:`: one section per vocabulary a data column reads.
    enum Vocabulary {
        static let actionStatus = YAMLKey.vocabularyWords(
            ActionStatus.self, summary: "actions.csv's `Status`")
        static let direction = YAMLKey.vocabularyWords(
            DirectionOfTravel.self, summary: "the `Direction` of actions.csv and progress-history.csv")
        static let priority = YAMLKey.vocabularyWords(
            RecommendationPriority.self, summary: "recommendations.csv's `Priority`")
        static let followUpKind = YAMLKey.vocabularyWords(FollowUpKind.self, summary: "follow-ups.csv's `Kind`")
        static let followUpStatus = YAMLKey.vocabularyWords(
            FollowUpStatus.self, summary: "follow-ups.csv's `Status`")

        static let comparatorArea = YAMLKey.vocabularyWords(
            ComparatorFigure.Area.self, summary: "comparators.csv's `Area`")
        static let comparatorStatus = YAMLKey.vocabularyWords(
            ComparatorFigure.Status.self, summary: "comparators.csv's `Status`")

        /// Every vocabulary, in the order the docs list them.
        static let all = [
            actionStatus, direction, priority, followUpKind, followUpStatus, comparatorArea, comparatorStatus,
        ]
    }

    /// `rag:`.
    enum RAG {
        static let completeColour = YAMLKey.choice(
            "complete_colour", among: ["blue", "green"], summary: "the colour of complete actions"
        ).defaulting(to: defaults.rag.completeColour)
        static let rateOnlyInProgress = YAMLKey.yesNo(
            "rate_only_in_progress", summary: "`true`: actions not started or on hold are \"Not rated\" (grey)"
        ).defaulting(to: defaults.rag.rateOnlyInProgress)
        static let dueSoonDays = YAMLKey.wholeNumber(
            "due_soon_days", in: 0...366, summary: "open actions due within this many days are amber"
        ).defaulting(to: defaults.rag.dueSoonDays)
        static let onHoldIsAmber = YAMLKey.yesNo(
            "on_hold_is_amber", summary: "`false`: an action on hold is rated by its dates like any other"
        ).defaulting(to: defaults.rag.onHoldIsAmber)
    }

    /// `caseloads:`.
    enum Caseloads {
        static let threshold = YAMLKey.numberAboveZero(
            "threshold", described: "a caseload above zero, such as 18 or 22.5",
            summary: "flag teams above this caseload per case-holding FTE"
        ).defaulting(to: defaults.caseloadRules.threshold)
        static let swing = YAMLKey.wholeNumber(
            "swing", in: 1...1_000_000,
            summary: "flag months in which a team's children allocated move by more than this"
        ).defaulting(to: defaults.caseloadRules.swing)
    }

    /// Each item of `timeliness:`.
    enum Timeliness {
        static let check = YAMLKey<TimelinessMeasure.Check>.term(
            "check", among: TimelinessMeasure.Check.allCases, what: "a timeliness check", required: true,
            summary: "what is checked, and so which list in `annex-a/` is read (docs/indicators.md)")
        static let name = YAMLKey.text("name", summary: "the heading shown").documentingDefault(
            "what the check counts, with the standard, e.g. `Assessments completed within 45 working days`")
        static let standard = YAMLKey.interval(
            "standard", examples: ["45 working days", "4 weeks", "6 months", "10 days"],
            summary:
                "the council's standard; every check but `referrals`, `cp-seen-alone`, `placement-stability` and the care leavers' `care-leavers-in-touch`, `care-leavers-accommodation` and `care-leavers-eet` needs one"
        )
        static let standardUnderFive = YAMLKey.interval(
            "standard_under_5", examples: ["6 months"],
            summary: "for `health-assessments`: the standard for children under 5"
        )
        .documentingDefault("the `standard`")
        static let theme = YAMLKey.reference("theme", to: "themes.yaml", summary: "the theme page that shows it")
    }

    /// `public:`.
    enum Public {
        static let suppressBelow = YAMLKey.wholeNumber(
            "suppress_below", in: 0...1000,
            summary: "counts from 1 to one below this are suppressed; `0` turns suppression off"
        ).defaulting(to: defaults.disclosure.threshold)
        static let roundTo = YAMLKey.wholeNumber(
            "round_to", in: 1...1000, summary: "counts are rounded to a multiple of this; `1` for none"
        ).defaulting(to: defaults.disclosure.roundTo)
        static let teamMinimum = YAMLKey.wholeNumber(
            "team_minimum", in: 0...100_000,
            summary: "teams with fewer children than this are merged or hidden; `0` for none"
        ).defaulting(to: defaults.disclosure.teamMinimum)
        static let smallTeams = YAMLKey<DisclosurePolicy.SmallTeams>.choice(
            "small_teams", among: [.merge, .hide], summary: "what happens to teams below `team_minimum`"
        ).defaulting(to: defaults.disclosure.smallTeams)
    }

    /// A team indicator's section, under its id (`supervision:`): its standard, the theme that
    /// shows it and its heading, each optional.
    struct IndicatorSection: Sendable {
        /// The indicator.
        let indicator: TeamIndicator
        /// The section's key: the indicator's id.
        let key: YAMLMappingKey
        let standard: YAMLKey<Interval>
        let theme: YAMLKey<String>
        let name: YAMLKey<String>

        init(_ indicator: TeamIndicator) {
            self.indicator = indicator
            standard = YAMLKey.interval(
                "standard", quotedAs: "\(indicator.id).standard",
                examples: ["4 weeks", "1 month", "20 working days", "28 days"],
                summary: "the council's own standard (calendar or working days, weeks or months)"
            ).documentingDefault("`\(indicator.defaultStandard)`")
            theme = YAMLKey.reference(
                "theme", to: "themes.yaml", summary: "the theme page that shows it and counts it in its readiness"
            ).documentingDefault(indicator.defaultTheme.map { "`\($0)`" } ?? "none")
            name = YAMLKey.text("name", summary: "the heading").documentingDefault(
                "`\(indicator.heading(indicator.defaultStandard))` (with the standard in force)")
            key = YAMLMappingKey(
                indicator.id, what: "'\(indicator.id)'",
                keys: [standard.declaration, theme.declaration, name.declaration],
                summary: "a team indicator, worked out from \(indicator.file.name) (docs/indicators.md)")
        }
    }

    /// Each declared team indicator's section.
    static let indicators = DataFiles.indicators.map(IndicatorSection.init)

    /// The file's declaration: its keys in the order messages list them, the indicators last.
    package static let declaration = YAMLFileDeclaration(
        "settings.yaml", purpose: "the council's name, the as-at date, switches", required: true,
        keys: [
            council.declaration, siteTitle.declaration, asAt.declaration, allowRawHTML.declaration,
            staleUpdateDays.declaration, rag.declaration, caseloads.declaration, auditDueSoonDays.declaration,
            timeliness.declaration, reportingCommittee.declaration, audience.declaration, disclosure.declaration,
            childLevelMaxAgeDays.declaration, vocabularies.declaration, columns.declaration, logo.declaration,
            brand.declaration, menu.declaration, annexA.declaration,
        ] + indicators.map(\.key.declaration))
}
