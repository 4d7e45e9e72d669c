import ReadinessCompute
import ReadinessInput
import ReadinessModel

/// A theme's names: on a theme page `theme`, and each of `themes`. Declared once, with their
/// definitions and how each is made, in the order their tables register counts in the site's
/// disclosure ledger.
enum ThemeFields {
    /// What a theme's values are made from.
    struct Input {
        let context: SiteContext
        let summary: ThemeSummary
        /// Its page, from the site's top folder; nil before links are known.
        let href: String?
        let counts: PublishedCounts
        /// The theme's teams' caseloads with disclosure control, built when first used.
        let caseloads: Lazily<ProtectedCaseloads>

        var theme: Theme { summary.theme }
        var framework: Framework? { context.data.frameworks.first { $0.id == summary.theme.framework } }
    }

    static let all: [TemplateDeclaration<Input>] =
        [
            .init("id", .text, "its id, from themes.yaml", basic: true) { .text($0.theme.id) },
            .init("name", .text, "its full name", basic: true) { .text($0.theme.name) },
            .init("short_name", .text, "its short name", basic: true) { .text($0.theme.shortName) },
            .init("summary", .text, "its summary; absent if none", basic: true) { .optional($0.theme.summary) },
            .init("framework", .text, "the framework's name, e.g. ILACS", basic: true) {
                .text($0.framework?.name ?? $0.theme.framework)
            },
            .init("framework_title", .text, "the framework's full title", basic: true) {
                .text($0.framework?.title ?? $0.theme.framework)
            },
            .init("url", .text, "its page, from the site's top folder") { .optional($0.href) },
            .init("grade", .text, "the latest grade; absent if never graded") {
                .optional($0.summary.latestJudgement?.grade.label)
            },
            .init("graded_by", .text, "the inspection that gave that grade") {
                .optional($0.summary.latestJudgement?.inspection.title)
            },
            .init("readiness", .text, "its readiness in words") { .text($0.summary.readiness.status.label) },
            .init(
                "readiness_tag", .tag,
                "its readiness as a tag: Needs immediate attention / Needs attention / On track / No actions recorded"
            ) {
                let status = $0.summary.readiness.status
                return .html(HTMLBlocks.tag(status.label, colour: status.colour), isBlock: false)
            },
            .init("reasons", .textList, "the reasons for that readiness, as sentences") {
                .list($0.summary.readiness.reasons.map(TemplateValue.text))
            },
            .init("reasons_list", .block, "the reasons for that readiness, as a list") {
                .html(HTMLBlocks.reasons($0.summary.readiness.reasons), isBlock: true)
            },
            .init("counts", .object(.themeCounts), "its counts") { input in
                counts.object(for: input.summary) { input.context.usage.usesThemeValue($0.name) }
            },
            .init(
                "headline", .block,
                "its headline figures: recommendations needing immediate attention, actions overdue, % complete, follow-ups overdue"
            ) { input in
                let summary = input.summary
                return .html(
                    HTMLBlocks.readinessHeadline(
                        immediate: summary.immediateCount, of: summary.recommendations.count, noun: .recommendation,
                        overdue: summary.overdueCount, of: summary.actions.count,
                        complete: summary.percentComplete, followUpsOverdue: summary.followUps.filter(\.isOverdue).count
                    ),
                    isBlock: true)
            },
            .init("recommendations", .list(.recommendation), "its recommendations") { input in
                .list(
                    input.summary.recommendations.map {
                        ItemFields.recommendation.object(
                            for: ItemFields.RecommendationInput(recommendation: $0, summary: input.summary))
                    })
            },
            .init("recommendation_table", .block, "its recommendations: priority, actions complete and overdue") {
                .html(HTMLBlocks.recommendationTable($0.summary), isBlock: true)
            },
            .init("actions", .list(.action), "its actions") { .list($0.summary.actions.map(ItemFields.action(_:))) },
            .init("has_actions", .flag, "whether it has actions, for the sections about them") {
                .bool(!$0.summary.actions.isEmpty)
            },
            .init("has_recommendations", .flag, "whether it has recommendations") {
                .bool(!$0.summary.recommendations.isEmpty)
            },
            .init("has_moved_actions", .flag, "whether any of its actions' due dates moved") {
                .bool(!$0.summary.movedActions.isEmpty)
            },
            .init(
                "action_table", .block,
                "its actions: owner, due date (and first due date if moved), RAG status in words, days overdue, score, direction, latest update, evidence"
            ) { .html(HTMLBlocks.actionTable($0.summary), isBlock: true) },
            .init("score_spread_table", .block, "how many of its actions have each score 1 to 5") {
                .html(HTMLBlocks.scoreSpreadTable($0.summary), isBlock: true)
            },
            .init("moved_actions_table", .block, "actions whose due date moved, by how much and how often") {
                .html(HTMLBlocks.movedActionsTable($0.summary), isBlock: true)
            },
            .init("audit_summary", .block, "its case-file audits, good or better before and after moderation") {
                .html(
                    HTMLBlocks.auditSummary(
                        $0.summary.audits, caption: "Case-file audits for \($0.theme.shortName)", counts: $0.counts),
                    isBlock: true)
            },
            .init("has_audits", .flag, "whether it has audits") { .bool(!$0.summary.audits.isEmpty) },
            .init("caseload_table", .block, "caseloads for its teams (its `service_areas`), latest month") {
                .html(
                    HTMLBlocks.caseloadTable($0.caseloads.value, caption: "Caseloads for \($0.theme.shortName) teams"),
                    isBlock: true)
            },
            .init("caseload_trend_table", .block, "caseload per FTE by month for its teams") {
                .html(
                    HTMLBlocks.caseloadTrendTable(
                        $0.caseloads.value, caption: "Caseload per FTE by month, \($0.theme.shortName) teams"),
                    isBlock: true)
            },
            .init(
                "caseload_swings", .block,
                "months where a team's children allocated moved by more than the swing threshold"
            ) { .html(HTMLBlocks.swingList($0.caseloads.value), isBlock: true) },
            .init(
                "caseload_chart", .block,
                "chart: caseload per FTE over the months, one small chart per team on the same scale, with the threshold and the latest month labelled"
            ) {
                .html(
                    HTMLBlocks.caseloadChart(
                        $0.caseloads.value, id: "chart-caseload-\($0.theme.id)", scope: "\($0.theme.shortName) teams"),
                    isBlock: true)
            },
            .init("action_chart", .block, "chart: its actions by RAG status") {
                .html(HTMLBlocks.actionStatusChart([$0.summary], id: "chart-actions-\($0.theme.id)"), isBlock: true)
            },
            .init("audit_chart", .block, "chart: grades of its moderated audits before and after moderation") {
                .html(
                    HTMLBlocks.auditChart(
                        $0.summary.audits, id: "chart-audits-\($0.theme.id)", scope: $0.theme.shortName,
                        counts: $0.counts), isBlock: true)
            },
            .init("workforce_summary", .block, "caseload, agency, vacancy and turnover rates for its teams") {
                .html(HTMLBlocks.workforceSummary($0.caseloads.value), isBlock: true)
            },
            .init("has_caseloads", .flag, "whether its teams have caseload figures") {
                .bool($0.summary.caseloads.month != nil)
            },
            .init("follow_up_list", .block, "its committee follow-ups") {
                .html(
                    HTMLBlocks.followUpTable(
                        $0.summary.followUps, caption: "Committee follow-ups for \($0.theme.shortName)"), isBlock: true)
            },
            .init("has_follow_ups", .flag, "whether it has committee follow-ups") {
                .bool(!$0.summary.followUps.isEmpty)
            },
            .init("timeliness", .list(.timeliness), "its timeliness measures") { input in
                .list(input.summary.timeliness.map { input.context.timeliness($0, counts: input.counts) })
            },
            .init("has_timeliness", .flag, "whether it has timeliness measures") {
                .bool(!$0.summary.timeliness.isEmpty)
            },
            .init(
                "timeliness_not_supplied", .flag,
                "whether it has timeliness measures that are not available because the Annex A lists were not supplied to this build"
            ) { input in
                .bool(
                    !input.context.data.annexAListsSupplied
                        && input.context.data.settings.timeliness.contains { $0.theme == input.theme.id })
            },
            .init("indicators", .list(.indicator), "its team indicators (`supervision`...), each with its table") {
                input in
                .list(input.summary.indicators.compactMap { input.context.indicator($0, counts: input.counts) })
            },
            .init("has_indicators", .flag, "whether it shows any team indicator") {
                .bool(!$0.summary.indicators.isEmpty)
            },
            .init(
                "changes", .object(.changes),
                "what changed since the reporting committee last met (scores, actions newly overdue or completed, follow-ups, audits reported)"
            ) { input in
                let committee =
                    input.context.data.settings.reportingCommittee.flatMap { id in
                        input.context.data.committees.first { $0.id == id }
                    } ?? input.context.data.committees.first
                var changes = ChangesSinceMeeting(
                    input.summary, committee: committee, asAt: input.context.figures.asAt,
                    history: input.context.data.history, rules: input.context.data.settings.rag)
                // Team caseloads are named only in an internal build.
                if let meeting = changes.meeting, input.context.audience == .internal {
                    changes.caseloadCrossings = ChangesSinceMeeting.CaseloadCrossing.all(
                        input.summary.caseloads, meeting: meeting)
                }
                return ThemeFields.changes.object(for: (changes, input.context.figures.asAt))
            },
            .init(
                "history", .object(.history),
                "the theme's plan over time: actions and recommendation scores at each meeting of the reporting committee that has a snapshot, and now"
            ) { input in
                ThemeFields.history.object(
                    for: HistoryInput(
                        history: PlanHistory(
                            input.context.data, progress: input.summary.progress, asAt: input.context.figures.asAt,
                            theme: input.summary.theme.id),
                        data: input.context.data, scope: input.summary.theme.shortName,
                        id: "history-" + ChartStyle.id(input.summary.theme.id)))
            },
        ] + indicatorFields

    /// What a `history` object is made from: the plan over time for a theme or the whole plan.
    struct HistoryInput {
        let history: PlanHistory
        let data: ReadinessData
        /// "Help and protection", or "the whole plan".
        let scope: String
        /// The chart's id.
        let id: String
    }

    static let history: [TemplateDeclaration<HistoryInput>] = [
        .init("any", .flag, "whether any earlier meeting has a snapshot (the plan over time has two points or more)") {
            .bool($0.history.points.count >= 2)
        },
        .init("meetings", .number, "meetings with a snapshot") { .number($0.history.points.count - 1) },
        .init(
            "missing", .text,
            "the reporting committee's meetings before the as-at date that have no snapshot, e.g. \"10 July 2025 and 18 September 2025\" (absent when none)"
        ) { input in
            let missing = input.data.history.missing.map(\.long)
            guard !missing.isEmpty else { return .optional(nil) }
            return .text(
                missing.count == 1
                    ? missing[0] : missing.dropLast().joined(separator: ", ") + " and " + (missing.last ?? ""))
        },
        .init(
            "chart", .block, "actions complete, overdue and open at each meeting with a snapshot, and now, as a chart"
        ) {
            .html(HTMLBlocks.planHistoryChart($0.history, id: $0.id, scope: $0.scope), isBlock: true)
        },
        .init(
            "table", .block,
            "actions complete, overdue and open and recommendations at each score, at each meeting with a snapshot and now"
        ) {
            .html(HTMLBlocks.planHistoryTable($0.history, caption: "The plan over time: \($0.scope)"), isBlock: true)
        },
    ]

    static let counts: [TemplateDeclaration<ThemeSummary>] = [
        .init("recommendations", .number, "its recommendations") { .number($0.recommendations.count) },
        .init("immediate", .number, "recommendations needing immediate attention today: that priority and not achieved")
        { .number($0.immediateCount) },
        .init("actions", .number, "its actions") { .number($0.actions.count) },
        .init("complete", .number, "actions complete") { .number($0.completeCount) },
        .init("overdue", .number, "actions overdue") { .number($0.overdueCount) },
        .init("overdue_phrase", .text, "actions overdue as a phrase, e.g. \"1 of 5 actions is overdue\"") {
            .text(Plural.share($0.overdueCount, of: $0.actions.count, .action, .isAre) + " overdue")
        },
        .init("complete_phrase", .text, "actions complete as a phrase, e.g. \"2 of 5 actions are complete\"") {
            .text(Plural.share($0.completeCount, of: $0.actions.count, .action, .isAre) + " complete")
        },
        .init(
            "immediate_phrase", .text,
            "recommendations needing immediate attention as a phrase, e.g. \"1 of 3 recommendations needs immediate attention\""
        ) {
            .text(
                Plural.share($0.immediateCount, of: $0.recommendations.count, .recommendation, .needs)
                    + " immediate attention")
        },
        .init("moved", .number, "actions whose due date moved") { .number($0.movedActions.count) },
        .init("percent_complete", .text, "actions complete, as a percentage (`z` with no actions)") {
            .text($0.percentComplete ?? "z")
        },
        .init("audits", .number, "its audits") { .number($0.audits.count) },
        .init("follow_ups", .number, "its committee follow-ups") { .number($0.followUps.count) },
    ]

    static let changes: [TemplateDeclaration<(changes: ChangesSinceMeeting, asAt: CalendarDate)>] = [
        .init("committee", .text, "the reporting committee") { .optional($0.changes.committee?.name) },
        .init("meeting", .text, "its last meeting before the as-at date") { .optional($0.changes.meeting?.long) },
        .init("list", .block, "what changed since that meeting, as a list") { input in
            let sentences = input.changes.sentences
            if input.changes.meeting == nil {
                return .html(
                    "<p>No meeting of the reporting committee before \(input.asAt.long) is recorded in committees.yaml.</p>\n",
                    isBlock: true)
            }
            if sentences.isEmpty { return .html("<p>No recorded change since that meeting.</p>\n", isBlock: true) }
            return .html(
                "<ul class=\"changes\">" + sentences.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul>\n",
                isBlock: true)
        },
        .init("any", .flag, "whether anything changed") { .bool(!$0.changes.sentences.isEmpty) },
        .init(
            "basis", .text,
            #"what the changes were worked out from: "the data as it stood at the meeting (snapshots/2026-09-17 in the data folder)", or, with no snapshot of the meeting, "the dates in the data (no snapshot of the meeting)""#
        ) { input in
            guard input.changes.meeting != nil else { return .optional(nil) }
            switch input.changes.basis {
            case .snapshot(let source): return .text("the data as it stood at the meeting (\(source.description))")
            case .dates: return .text("the dates in the data (no snapshot of the meeting)")
            }
        },
    ]

    /// One name per declared team indicator, by its id (`supervision`): absent on the pages of
    /// themes that do not show it, so `{{#theme.supervision}}` draws its section only where it is.
    static let indicatorFields: [TemplateDeclaration<Input>] = DataFiles.indicators.map { indicator in
        .init(
            indicator.id, .object(.indicator),
            "\(indicator.heading(indicator.defaultStandard).lowercased()); absent unless settings show it on this theme"
        ) { input in
            input.summary.indicators.first { $0.id == indicator.id }.flatMap {
                input.context.indicator($0, counts: input.counts)
            }
        }
    }
}
