import ReadinessCompute
import ReadinessModel

/// The names every page has, declared once with their definitions and how each is made, in the
/// order their tables register counts in the site's disclosure ledger.
enum SiteFields {
    /// What the site's values are made from.
    struct Input {
        let context: SiteContext
        let pageLinks: [String: String]
        let counts: PublishedCounts
        /// Every team's caseloads with disclosure control, built when first used.
        let caseloads: Lazily<ProtectedCaseloads>
        /// The themes' values, in the order of themes.yaml.
        let themes: [TemplateValue]

        var figures: SiteFigures { context.figures }
        var allActions: [ActionAssessment] { figures.themes.flatMap(\.actions) }
        var overdueFollowUps: [FollowUpAssessment] { figures.followUps.filter(\.isOverdue) }
        /// The reporting committee: `reporting_committee`, else the first committee.
        var reportingCommittee: Committee? {
            context.data.settings.reportingCommittee.flatMap { id in
                context.data.committees.first { $0.id == id }
            } ?? context.data.committees.first
        }
        /// Its first meeting on or after the as-at date.
        var nextMeeting: CalendarDate? { reportingCommittee?.meetings.sorted().first { $0 >= figures.asAt } }
        /// Open follow-ups due by that meeting, or already overdue.
        var followUpsDue: [FollowUpAssessment] {
            figures.followUps.filter { item in
                guard item.followUp.status == .open, let due = item.dueDate else { return false }
                return item.isOverdue || nextMeeting.map { due <= $0 } ?? false
            }
        }
    }

    static let page: [TemplateDeclaration<Input>] = [
        .init("site", .object(.site), "the council and the build", basic: true) { site.object(for: $0.context) },
        .init("themes", .list(.theme), "every theme, in the order of themes.yaml") { .list($0.themes) },
        .init("inspections", .list(.inspection), "every inspection in inspections.yaml") { input in
            .list(
                input.context.data.inspections.map {
                    ItemFields.inspection.object(
                        for: ItemFields.InspectionInput(inspection: $0, data: input.context.data))
                })
        },
        .init(
            "immediate_sentence", .text,
            "how many areas need immediate attention, agreeing in number, e.g. \"1 of 5 areas needs immediate attention\" or \"2 of 5 areas need immediate attention\""
        ) {
            .text($0.figures.immediateAttentionSentence)
        },
        .init("follow_ups", .object(.followUps), "the committee follow-ups") { followUps.object(for: $0) },
        .init(
            "has_neighbours", .flag,
            "whether comparators.csv gives any statistical neighbours' figure, for the section `worse_than_neighbours` sits in"
        ) { input in .bool(input.context.data.comparators.contains { $0.area == .statisticalNeighbours }) },
        .init("caseloads", .object(.caseloads), "caseloads for all teams") { caseloads.object(for: $0) },
        .init("workforce", .object(.workforce), "workforce rates for all teams") { workforce.object(for: $0) },
        .init("audits", .object(.audits), "the case-file audits") { audits.object(for: $0) },
        .init("timeliness", .list(.timeliness), "every timeliness measure") { input in
            .list(input.figures.timeliness.map { input.context.timeliness($0, counts: input.counts) })
        },
        .init("counts", .object(.siteCounts), "counts for the whole plan") { counts.object(for: $0) },
        .init(
            "committee", .object(.committee),
            "the reporting committee (`reporting_committee` in settings.yaml, else the first in committees.yaml), for a committee report"
        ) { committee.object(for: $0) },
        .init(
            "plan_history", .object(.history),
            "the whole plan over time: actions and recommendation scores at each meeting of the reporting committee that has a snapshot, and now"
        ) { input in
            var progress: [String: RecommendationProgress] = [:]
            for theme in input.figures.themes { progress.merge(theme.progress) { first, _ in first } }
            return ThemeFields.history.object(
                for: ThemeFields.HistoryInput(
                    history: PlanHistory(input.context.data, progress: progress, asAt: input.figures.asAt, theme: nil),
                    data: input.context.data, scope: "the whole plan", id: "history-plan"))
        },
        .init(
            "headline", .block,
            "headline figures for the whole site: areas needing immediate attention, actions overdue, % complete, follow-ups overdue"
        ) { input in
            let actions = input.allActions
            let figures = input.figures
            let complete = actions.filter { $0.rating == .complete }.count
            return .html(
                HTMLBlocks.readinessHeadline(
                    immediate: figures.areasNeedingImmediateAttention, of: figures.themes.count, noun: .area,
                    overdue: actions.filter { $0.rating == .overdue }.count, of: nil,
                    complete: NumberFormat.percent(Double(complete), of: Double(actions.count)),
                    followUpsOverdue: input.overdueFollowUps.count), isBlock: true)
        },
        .init(
            "worse_than_neighbours", .block,
            "every measure and workforce figure worse than the statistical neighbours' latest figure in comparators.csv, linked to its theme page"
        ) { input in
            .html(
                input.context.worseThanNeighbours(
                    pageLinks: input.pageLinks, counts: input.counts, caseloads: input.caseloads.value), isBlock: true)
        },
        .init(
            "overview_table", .block,
            "one row per theme: framework, last grade, readiness in words with reasons, actions overdue and complete"
        ) { .html($0.context.overviewTable(pageLinks: $0.pageLinks), isBlock: true) },
        .init("action_status_chart", .block, "chart: actions by RAG status, one bar per theme") {
            .html(HTMLBlocks.actionStatusChart($0.figures.themes, id: "chart-action-status"), isBlock: true)
        },
        .init(
            "caseload_chart", .block,
            "chart: caseload per FTE over the months, one small chart per team on the same scale, with the threshold and the latest month labelled"
        ) {
            .html(
                HTMLBlocks.caseloadChart($0.caseloads.value, id: "chart-caseload-all", scope: "all teams"),
                isBlock: true)
        },
        .init("audit_chart", .block, "chart: grades of moderated audits before and after moderation") {
            .html(
                HTMLBlocks.auditChart(
                    $0.figures.audits, id: "chart-audits-all", scope: "all themes", counts: $0.counts),
                isBlock: true)
        },
    ]

    /// What one page adds: its own title and path, the way back to the top, and its theme.
    struct PageInput {
        let title: String
        let path: String
        /// The theme's values on a theme page.
        let theme: TemplateValue?
    }

    static let perPage: [TemplateDeclaration<PageInput>] = [
        .init("page", .object(.pageInfo), "this page") { pageInfo.object(for: $0) },
        .init("root", .text, "the way back to the site's top folder, e.g. `../`") {
            .text(SitePath.rootPrefix(for: $0.path))
        },
        .init("theme", .object(.theme), "on a theme page, the page's theme", basic: true) { $0.theme },
    ]

    static let pageInfo: [TemplateDeclaration<PageInput>] = [
        .init("title", .text, "its title") { .text($0.title) },
        .init("path", .text, "its path from the site's top folder") { .text($0.path) },
    ]

    static let site: [TemplateDeclaration<SiteContext>] = [
        .init(
            "provenance", .text, "the footer's sentence: version, audience, number of input files, as-at date",
            basic: true
        ) {
            .text($0.provenance.text)
        },
        .init("audience", .text, "`internal` or `public`", basic: true) { .text($0.audience.rawValue) },
        .init("public", .flag, "whether this is the public build", basic: true) { .bool($0.audience == .public) },
        .init("council", .text, "the council's name", basic: true) { .text($0.data.settings.council) },
        .init("title", .text, "the site's title", basic: true) { .text($0.data.settings.siteTitle) },
        .init("as_at", .text, "the as-at date, e.g. 20 November 2026", basic: true) { .text($0.figures.asAt.long) },
        .init("as_at_iso", .text, "the as-at date, e.g. 2026-11-20", basic: true) { .text($0.figures.asAt.iso) },
    ]

    static let counts: [TemplateDeclaration<Input>] = [
        .init("themes", .number, "themes") { .number($0.figures.themes.count) },
        .init("immediate_areas", .number, "themes with a recommendation needing immediate attention") {
            .number($0.figures.areasNeedingImmediateAttention)
        },
        .init("actions", .number, "actions") { .number($0.allActions.count) },
        .init("overdue", .number, "actions overdue") { .number($0.allActions.filter { $0.rating == .overdue }.count) },
        .init("overdue_phrase", .text, "actions overdue as a phrase, e.g. \"1 of 12 actions is overdue\"") { input in
            .text(
                Plural.share(
                    input.allActions.filter { $0.rating == .overdue }.count, of: input.allActions.count, .action,
                    .isAre) + " overdue")
        },
        .init("complete", .number, "actions complete") {
            .number($0.allActions.filter { $0.rating == .complete }.count)
        },
    ]

    static let followUps: [TemplateDeclaration<Input>] = [
        .init("table", .block, "every committee follow-up with its due date and status") {
            .html(HTMLBlocks.followUpTable($0.figures.followUps, caption: "Committee follow-ups"), isBlock: true)
        },
        .init("open_table", .block, "open follow-ups only") {
            .html(
                HTMLBlocks.followUpTable(
                    $0.figures.followUps.filter { $0.followUp.status == .open }, caption: "Open committee follow-ups"),
                isBlock: true)
        },
        .init("count", .number, "follow-ups") { .number($0.figures.followUps.count) },
        .init("any", .flag, "whether any follow-up is recorded") { .bool(!$0.figures.followUps.isEmpty) },
        .init(
            "summary", .text,
            "how many are open and overdue, as a phrase that agrees in number, e.g. \"2 of 5 committee follow-ups are open, and 1 is overdue\" or \"No committee follow-ups are recorded\""
        ) { input in
            let all = input.figures.followUps
            guard !all.isEmpty else { return .text("No committee follow-ups are recorded") }
            let open = all.filter { $0.followUp.status == .open }.count
            let overdue = input.overdueFollowUps.count
            return .text(
                Plural.share(open, of: all.count, .followUp, .isAre) + " open"
                    + (overdue > 0 ? ", and \(overdue) \(Plural.isAre(overdue)) overdue" : ""))
        },
        .init("open_count", .number, "open follow-ups") {
            .number($0.figures.followUps.filter { $0.followUp.status == .open }.count)
        },
        .init("overdue_count", .number, "overdue follow-ups") { .number($0.overdueFollowUps.count) },
        .init("any_overdue", .flag, "whether any follow-up is overdue") { .bool(!$0.overdueFollowUps.isEmpty) },
        .init("items", .list(.followUpItem), "each follow-up") {
            .list($0.figures.followUps.map { ItemFields.followUp.object(for: $0) })
        },
    ]

    static let caseloads: [TemplateDeclaration<Input>] = [
        .init("table", .block, "caseload per FTE, agency and vacancy rates for every team, latest month") {
            .html(HTMLBlocks.caseloadTable($0.caseloads.value, caption: "Caseloads by team"), isBlock: true)
        },
        .init("trend_table", .block, "caseload per FTE by month, all teams") {
            .html(
                HTMLBlocks.caseloadTrendTable($0.caseloads.value, caption: "Caseload per FTE by month, all teams"),
                isBlock: true)
        },
        .init("swings", .block, "months where a team's children allocated moved by more than the swing threshold") {
            .html(HTMLBlocks.swingList($0.caseloads.value), isBlock: true)
        },
        .init("month", .text, "the latest month, e.g. November 2026") { .optional($0.figures.caseloads.month?.long) },
        .init("any", .flag, "whether caseloads.csv gives any figures") { .bool($0.figures.caseloads.month != nil) },
        .init("total_children", .text, "children allocated, all teams (`c` when suppressed)") {
            .text($0.caseloads.value.totalChildrenText)
        },
        .init("caseload", .text, "caseload per FTE, all teams") {
            .optional($0.caseloads.value.totalCaseload.map { NumberFormat.decimal($0) })
        },
    ]

    /// The reporting committee and what its next report says.
    static let committee: [TemplateDeclaration<Input>] = [
        .init("name", .text, "its name") { .optional($0.reportingCommittee?.name) },
        .init(
            "meeting", .text,
            "the meeting the report goes to: its first meeting on or after the as-at date (absent when none)"
        ) {
            input in .optional(input.nextMeeting?.long)
        },
        .init("last_meeting", .text, "its last meeting before the as-at date (absent when none)") { input in
            .optional(input.reportingCommittee?.meetings.last { $0 < input.figures.asAt }?.long)
        },
        .init(
            "changes", .block,
            "what changed since its last meeting, theme by theme (each theme's `changes.list` under its name), with what it was worked out from"
        ) { input in
            let committee = input.reportingCommittee
            var out = ""
            var basis: String?
            for summary in input.figures.themes {
                var changes = ChangesSinceMeeting(
                    summary, committee: committee, asAt: input.figures.asAt, history: input.context.data.history,
                    rules: input.context.data.settings.rag)
                if let meeting = changes.meeting, input.context.audience == .internal {
                    changes.caseloadCrossings = ChangesSinceMeeting.CaseloadCrossing.all(
                        summary.caseloads, meeting: meeting)
                }
                guard changes.meeting != nil else { continue }
                if basis == nil {
                    switch changes.basis {
                    case .snapshot(let source):
                        basis = "Compared with the data as it stood at the meeting (\(source.description))."
                    case .dates: basis = "Worked out from the dates in the data: there is no snapshot of the meeting."
                    }
                }
                let sentences = changes.sentences
                out += "<h3>\(Escaping.html(summary.theme.shortName))</h3>\n"
                out +=
                    sentences.isEmpty
                    ? "<p>No recorded change.</p>\n"
                    : "<ul class=\"changes\">" + sentences.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul>\n"
            }
            guard let basis else {
                return .html(
                    "<p>No meeting of the reporting committee before \(input.figures.asAt.long) is recorded in committees.yaml.</p>\n",
                    isBlock: true)
            }
            return .html("<p>\(Escaping.html(basis))</p>\n" + out, isBlock: true)
        },
        .init(
            "follow_ups_due", .block, "open follow-ups due by the meeting the report goes to (or overdue), as a table"
        ) {
            input in
            .html(
                HTMLBlocks.followUpTable(
                    input.followUpsDue, caption: "Follow-ups due by \(input.nextMeeting?.long ?? "the next meeting")"),
                isBlock: true)
        },
        .init("follow_ups_due_count", .number, "open follow-ups due by that meeting (or overdue)") {
            .number($0.followUpsDue.count)
        },
        .init("any_follow_ups_due", .flag, "whether any open follow-up is due by that meeting (or overdue)") {
            .bool(!$0.followUpsDue.isEmpty)
        },
    ]

    static let workforce: [TemplateDeclaration<Input>] = [
        .init("summary", .block, "caseload, agency, vacancy and turnover rates for all teams") {
            .html(HTMLBlocks.workforceSummary($0.caseloads.value), isBlock: true)
        },
        .init("caseload", .text, "caseload per FTE, all teams") {
            .optional($0.caseloads.value.totalCaseload.map { NumberFormat.decimal($0) })
        },
        .init(
            "trend_table", .block,
            "in-post, agency and vacancy FTE, agency and vacancy rates and leavers by month, all teams, over the last 12 months"
        ) {
            .html(
                HTMLBlocks.workforceTrendTable($0.caseloads.value, caption: "Staffing by month, all teams"),
                isBlock: true)
        },
        .init(
            "swing", .block,
            "the largest month-on-month change in all teams' children allocated over the last 12 months, beside the range of case-holding and in-post FTE"
        ) { .html(HTMLBlocks.serviceSwing($0.caseloads.value), isBlock: true) },
        .init(
            "comparators", .block,
            "caseload, agency, vacancy and turnover rates beside England, the region and statistical neighbours (comparators.csv); empty when none are given"
        ) { input in
            let asAt = input.figures.asAt
            let council = input.context.data.settings.council
            return .html(
                input.context.workforceComparisons(input.caseloads.value).map {
                    HTMLBlocks.comparatorTable($0, council: council, asAt: asAt)
                }.joined(), isBlock: true)
        },
        .init("agency_rate", .text, "agency FTE over agency and in-post FTE") {
            .optional($0.figures.caseloads.totals.agencyRate.map { NumberFormat.decimal($0 * 100) + "%" })
        },
        .init("vacancy_rate", .text, "vacancy FTE over vacancy and in-post FTE") {
            .optional($0.figures.caseloads.totals.vacancyRate.map { NumberFormat.decimal($0 * 100) + "%" })
        },
        .init("turnover_rate", .text, "leavers FTE over 12 months over in-post FTE") {
            .optional($0.figures.caseloads.totals.turnoverRate.map { NumberFormat.decimal($0 * 100) + "%" })
        },
    ]

    static let audits: [TemplateDeclaration<Input>] = [
        .init("table", .block, "every audit, good or better before and after moderation") {
            .html(
                HTMLBlocks.auditSummary($0.figures.audits, caption: "Case-file audits", counts: $0.counts),
                isBlock: true)
        },
        .init("count", .number, "audits") { .number($0.figures.audits.count) },
        .init("late_count", .number, "audits whose report to committee is late") {
            .number($0.figures.audits.filter { if case .late = $0.report { return true } else { return false } }.count)
        },
        .init("due_soon_count", .number, "audits whose report to committee is due soon") {
            .number(
                $0.figures.audits.filter { if case .dueSoon = $0.report { return true } else { return false } }.count)
        },
        .init("items", .list(.auditItem), "each audit's report to committee") {
            .list($0.figures.audits.map { ItemFields.audit.object(for: $0) })
        },
    ]
}
