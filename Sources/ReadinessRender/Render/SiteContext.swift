import ReadinessCompute
import ReadinessInput
import ReadinessModel

/// Builds the values templates see, documented in docs/templates.md.
package struct SiteContext {
    let data: ReadinessData
    let figures: SiteFigures
    /// Who the build is for.
    let audience: Audience
    /// Disclosure control in force: `.none` for internal builds.
    let policy: DisclosurePolicy
    /// Where the site came from, for the footer.
    let provenance: Provenance
    /// Which names the templates use: tables and charts no template places are not built, so
    /// their counts do not enter the disclosure ledger.
    var usage: TemplateUsage = .all

    /// The values every page sees, and each theme's values by id, built once per build.
    struct Values {
        var root: [String: TemplateValue]
        var themes: [String: TemplateValue]
        /// Protected counts the disclosure audit still finds exposed: where each is shown, and the
        /// range a reader could work out.
        var exposed: [(place: String, lower: Int, upper: Int)] = []
        /// The site's ledger and what was suppressed in it, for the audit's own tests.
        var disclosure: (ledger: DisclosureLedger, suppressed: Set<Int>)?
    }

    /// The few values page titles and output paths may use, before links are known: the names
    /// declared `basic`.
    func basics() -> Values {
        var themes: [String: TemplateValue] = [:]
        for summary in figures.themes {
            themes[summary.theme.id] = ThemeFields.all.object(for: themeInput(summary, href: nil, counts: nil)) {
                $0.basic
            }
        }
        return Values(
            root: SiteFields.page.values(for: siteInput(pageLinks: [:], counts: nil, themes: [])) {
                $0.basic
            }, themes: themes)
    }

    /// Every value, with links to theme pages (paths from the site's top folder). The values are
    /// built twice: the first time every table and chart registers its counts in the site's one
    /// ledger, which is then protected as a whole; the second time each reads what it may show.
    func values(pageLinks: [String: String]) -> Values {
        var (values, counts) = PublishedCounts.twoPass(policy: policy) { allValues(pageLinks: pageLinks, counts: $0) }
        values.exposed = counts.exposed
        values.disclosure = (counts.ledger, counts.suppressed)
        return values
    }

    /// The values the declarations make, only those a template uses: a table or chart no template
    /// places is never built.
    private func allValues(pageLinks: [String: String], counts: PublishedCounts) -> Values {
        var themes: [String: TemplateValue] = [:]
        for summary in figures.themes {
            themes[summary.theme.id] = ThemeFields.all.object(
                for: themeInput(summary, href: pageLinks[summary.theme.id], counts: counts)
            ) { usage.usesThemeValue($0.name) }
        }
        let input = siteInput(
            pageLinks: pageLinks, counts: counts, themes: figures.themes.compactMap { themes[$0.theme.id] })
        return Values(root: SiteFields.page.values(for: input) { usage.usesRoot($0.name) }, themes: themes)
    }

    private func themeInput(_ summary: ThemeSummary, href: String?, counts: PublishedCounts?) -> ThemeFields.Input {
        let counts = counts ?? PublishedCounts(policy: policy)
        return ThemeFields.Input(
            context: self, summary: summary, href: href, counts: counts,
            caseloads: Lazily {
                ProtectedCaseloads(summary.caseloads, counts: counts, scope: "\(summary.theme.shortName) teams")
            })
    }

    private func siteInput(pageLinks: [String: String], counts: PublishedCounts?, themes: [TemplateValue])
        -> SiteFields.Input
    {
        let counts = counts ?? PublishedCounts(policy: policy)
        let caseloads = figures.caseloads
        return SiteFields.Input(
            context: self, pageLinks: pageLinks, counts: counts,
            caseloads: Lazily { ProtectedCaseloads(caseloads, counts: counts, scope: "all teams") }, themes: themes)
    }

    /// One timeliness measure's values, its table read from the site's ledger.
    func timeliness(_ result: TimelinessResult, counts: PublishedCounts) -> TemplateValue {
        let table = HTMLBlocks.timelinessTable(result, counts: counts)
        let comparison = MeasureComparison(
            result.measure, table: table, comparators: data.comparators)
        return ItemFields.timeliness.object(
            for: ItemFields.TimelinessInput(
                result: result, table: table, comparison: comparison,
                comparatorTable: HTMLBlocks.comparatorTable(
                    comparison, council: data.settings.council, asAt: figures.asAt),
                trend: HTMLBlocks.timelinessTrend(result, counts: counts, asAt: figures.asAt)))
    }

    /// The workforce figures beside their comparators, from the values the workforce summary
    /// shows for all teams.
    func workforceComparisons(_ protected: ProtectedCaseloads) -> [MeasureComparison] {
        let totals = figures.caseloads.totals
        func shown(_ rate: Double?) -> Double? { rate.map { ($0 * 1000).rounded() / 10 } }
        let own: [String: Double?] = [
            "caseload": protected.totalCaseload.map { ($0 * 10).rounded() / 10 },
            "agency rate": shown(totals.agencyRate), "vacancy rate": shown(totals.vacancyRate),
            "turnover rate": shown(totals.turnoverRate),
        ]
        // A figure with no value is not available (no leavers, no FTE), unless the caseload's
        // children are suppressed.
        let suppressed = protected.totalCaseload == nil && totals.caseload != nil
        return PublishedFigure.workforce.map { key, figure in
            var comparison = MeasureComparison(
                figure: figure, own: own[key] ?? nil, names: [key], from: data.comparators)
            if !(key == "caseload" && suppressed) { comparison.missing = HTMLBlocks.notAvailable }
            return comparison
        }.filter { !$0.comparators.isEmpty }
    }

    /// Where the council is worse than its statistical neighbours' latest figure: every theme's
    /// measures, then the workforce, as a list; a sentence when there is none.
    func worseThanNeighbours(
        pageLinks: [String: String], counts: PublishedCounts, caseloads: ProtectedCaseloads
    ) -> String {
        var items: [String] = []
        func add(_ comparison: MeasureComparison, place: String) {
            guard
                let neighbours = comparison.comparators.first(where: { $0.area == .statisticalNeighbours }),
                comparison.isWorse(neighbours) == true, let own = comparison.own
            else { return }
            items.append(
                "<li>\(place)\(Escaping.html(comparison.figure.label)): \(Escaping.html(comparison.text(own))) against \(Escaping.html(comparison.text(neighbours.value))) (\(Escaping.html(neighbours.year))\(neighbours.status == .published ? "" : ", " + neighbours.status.label.lowercased()))</li>"
            )
        }
        for summary in figures.themes {
            let name = Escaping.html(summary.theme.shortName)
            let place =
                pageLinks[summary.theme.id].map { "<a href=\"\(Escaping.html($0))\">\(name)</a>: " } ?? name + ": "
            for result in summary.timeliness {
                let table = HTMLBlocks.timelinessTable(result, counts: counts)
                add(
                    MeasureComparison(
                        result.measure, table: table, comparators: data.comparators),
                    place: place)
            }
        }
        for comparison in workforceComparisons(caseloads) { add(comparison, place: "Workforce: ") }
        guard !items.isEmpty else {
            return data.comparators.contains { $0.area == .statisticalNeighbours }
                ? "<p>No measure shown is worse than the statistical neighbours' latest figure.</p>\n"
                : "<p>No statistical neighbours' figures are given in comparators.csv.</p>\n"
        }
        let illustrative = data.comparators.contains { $0.area == .statisticalNeighbours && $0.status == .illustrative }
        return "<ul class=\"worse-list\">" + items.joined() + "</ul>\n"
            + (illustrative
                ? "<p class=\"table-note\">Some statistical neighbours' figures are illustrative: made up to show how the page looks, not published statistics.</p>\n"
                : "")
    }

    /// One team indicator's values, its table read from the site's ledger.
    func indicator(_ result: TeamIndicatorResult, counts: PublishedCounts) -> TemplateValue? {
        guard let indicator = DataFiles.indicators.first(where: { $0.id == result.id }) else { return nil }
        return ItemFields.indicator.object(
            for: ItemFields.IndicatorInput(
                result: result, indicator: indicator,
                table: HTMLBlocks.indicatorTable(result, indicator, counts: counts)))
    }

    /// The overview table: one row per theme with its readiness in words.
    func overviewTable(pageLinks: [String: String]) -> String {
        var table = HTMLTable(
            caption: "Readiness by judgement area and theme, as at \(figures.asAt.long)",
            columns: [
                .init(heading: "Area or theme"), .init(heading: "Framework"), .init(heading: "Last grade"),
                .init(heading: "Readiness"), .init(heading: "Actions overdue", numeric: true),
                .init(heading: "Actions complete", numeric: true),
            ], rowHeaders: true)
        for summary in figures.themes {
            let theme = summary.theme
            let name =
                pageLinks[theme.id].map { "<a href=\"\(Escaping.html($0))\">\(Escaping.html(theme.name))</a>" }
                ?? Escaping.html(theme.name)
            let readiness = summary.readiness
            table.rows.append([
                name,
                Escaping.html(data.frameworks.first { $0.id == theme.framework }?.name ?? theme.framework),
                summary.latestJudgement.map { Escaping.html($0.grade.label) }
                    ?? "<span class=\"hint\">Not graded</span>",
                HTMLBlocks.tag(readiness.status.label, colour: readiness.status.colour)
                    + "<br><span class=\"hint\">\(Escaping.html(readiness.reasons.joined(separator: "; ")))</span>",
                "\(summary.overdueCount) of \(summary.actions.count)",
                summary.percentComplete ?? HTMLBlocks.notApplicable,
            ])
        }
        return table.html
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        data: ReadinessData, figures: SiteFigures, audience: Audience, policy: DisclosurePolicy, provenance: Provenance,
        usage: TemplateUsage = .all
    ) {
        self.data = data
        self.figures = figures
        self.audience = audience
        self.policy = policy
        self.provenance = provenance
        self.usage = usage
    }
}
