import ReadinessCompute
import ReadinessInput
import ReadinessModel

/// The names of the things pages list: recommendations, actions, inspections and their
/// judgements, committee follow-ups, audits' reports and timeliness measures. Each is declared
/// once, with its definition and how it is made.
enum ItemFields {
    /// One recommendation, with the theme it belongs to.
    struct RecommendationInput {
        let recommendation: Recommendation
        let summary: ThemeSummary
    }

    static let recommendation: [TemplateDeclaration<RecommendationInput>] = [
        .init("reference", .text, "its reference, e.g. R3") { .text($0.recommendation.reference) },
        .init("text", .text, "the recommendation as the report words it") { .text($0.recommendation.text) },
        .init("priority", .text, "Ofsted's priority in words") { .text($0.recommendation.priority.label) },
        .init("immediate", .flag, "whether Ofsted gave it immediate priority") {
            .bool($0.recommendation.priority == .immediate)
        },
        .init(
            "achieved", .flag, "whether it is achieved: its latest score is 1, or it has actions and all are complete"
        ) {
            .bool($0.summary.isAchieved($0.recommendation))
        },
        .init("needs_immediate_attention", .flag, "immediate priority and not achieved") {
            .bool($0.summary.needsImmediateAttention($0.recommendation))
        },
        .init("priority_tag", .tag, "the priority as a tag") {
            let priority = $0.recommendation.priority
            return .html(
                HTMLBlocks.tag(priority.label, colour: priority == .immediate ? "red" : "grey"), isBlock: false)
        },
        .init("percent_complete", .text, "its actions complete, as a percentage (`z` with no actions)") {
            .text($0.summary.percentComplete($0.recommendation.reference) ?? "z")
        },
        .init("score", .text, "the latest score, 1 (achieved) to 5 (a long way to go); absent if none") {
            .optional($0.summary.progress[$0.recommendation.reference]?.latest.map { String($0.score) })
        },
        .init("direction", .text, "the latest direction of travel; absent if none") {
            .optional($0.summary.progress[$0.recommendation.reference]?.latest?.direction?.label)
        },
        .init("change", .text, "the score's change, e.g. \"better: 4 to 3 since 17 September 2026\"") {
            .text($0.summary.progress[$0.recommendation.reference]?.changeDescription ?? "no score reported yet")
        },
        .init("actions", .list(.action), "its actions") {
            .list(($0.summary.actionsByRecommendation[$0.recommendation.reference] ?? []).map(action(_:)))
        },
    ]

    static let action: [TemplateDeclaration<ActionAssessment>] = [
        .init("id", .text, "its id") { .text($0.action.id) },
        .init("description", .text, "what will be done") { .text($0.action.description) },
        .init("owner", .text, "who owns it (usually a role)") { .text($0.action.owner) },
        .init("due", .text, "the due date in force") { .text($0.action.currentDue.long) },
        .init("original_due", .text, "the first agreed due date") { .text($0.action.originalDue.long) },
        .init("revised", .flag, "whether the due date moved") { .bool($0.daysSlipped != 0) },
        .init("days_moved", .number, "days the due date moved (negative when brought forward)") {
            .number($0.daysSlipped)
        },
        .init("times_moved", .number, "how often the due date moved") { .number($0.action.timesMoved) },
        .init("completed", .text, "the completed date; absent if not complete") {
            .optional($0.action.completed?.long)
        },
        .init("completed_late", .flag, "whether it was completed after its due date") { .bool($0.daysLate != nil) },
        .init("days_late", .number, "days after the due date it was completed") { .number($0.daysLate ?? 0) },
        .init("status", .text, "the status as written in the data") { .text($0.action.status.label) },
        .init("rating", .text, "the RAG rating in words") { .text($0.rating.label) },
        .init("status_tag", .tag, "the RAG rating as a tag") {
            .html(HTMLBlocks.tag($0.rating.label, colour: $0.colour), isBlock: false)
        },
        .init("overdue", .flag, "whether it is overdue as at the date") { .bool($0.rating == .overdue) },
        .init("days_overdue", .number, "days past its due date") { .number($0.daysOverdue) },
        .init("score", .text, "its progress score, 1 to 5; absent if none") {
            .optional($0.action.score.map(String.init))
        },
        .init("direction", .text, "its direction of travel; absent if none") { .optional($0.action.direction?.label) },
        .init("update", .text, "the latest progress update; absent if none") { .optional($0.action.update) },
        .init("update_date", .text, "the date of that update; absent if none") {
            .optional($0.action.updateDate?.long)
        },
    ]

    /// An action's values.
    static func action(_ assessment: ActionAssessment) -> TemplateValue { action.object(for: assessment) }

    /// One inspection, with the data to name its judgement areas.
    struct InspectionInput {
        let inspection: Inspection
        let data: ReadinessData
    }

    static let inspection: [TemplateDeclaration<InspectionInput>] = [
        .init("id", .text, "its id") { .text($0.inspection.id) },
        .init("title", .text, "its title") { .text($0.inspection.title) },
        .init("kind", .text, "the kind of activity, e.g. Focused visit") { .text($0.inspection.kind) },
        .init("published", .text, "the date the report was published; absent if not given") {
            .optional($0.inspection.published?.long)
        },
        .init("judgements", .list(.judgement), "its graded judgements") { input in
            .list(
                input.inspection.judgements.map {
                    judgement.object(for: JudgementInput(judgement: $0, data: input.data))
                })
        },
    ]

    /// One judgement, with the data to name its area.
    struct JudgementInput {
        let judgement: Inspection.Judgement
        let data: ReadinessData
    }

    static let judgement: [TemplateDeclaration<JudgementInput>] = [
        .init("area", .text, "the judgement area") {
            let theme = $0.judgement.theme
            return .text(theme == "overall" ? "Overall effectiveness" : ($0.data.theme(theme)?.name ?? theme))
        },
        .init("grade", .text, "the grade in words") { .text($0.judgement.grade.label) },
    ]

    static let followUp: [TemplateDeclaration<FollowUpAssessment>] = [
        .init("id", .text, "its id") { .text($0.followUp.id) },
        .init("committee", .text, "the committee that resolved it") { .text($0.followUp.committee) },
        .init("meeting", .text, "the meeting it was resolved at") { .text($0.followUp.meetingDate.long) },
        .init("due", .text, "when it is due; absent if no date can be set") { .optional($0.dueDate?.long) },
        .init("status", .text, "its status in words, e.g. Overdue, Completed late") { .text($0.statusLabel) },
        .init("overdue", .flag, "whether it is overdue") { .bool($0.isOverdue) },
        .init("days_overdue", .number, "days past its due date") { .number($0.daysOverdue) },
        .init("completed", .text, "when it was done; absent if open") { .optional($0.followUp.completed?.long) },
        .init("completed_late", .flag, "whether it was done after its due date") { .bool($0.daysLate != nil) },
        .init("days_late", .number, "days after the due date it was done") { .number($0.daysLate ?? 0) },
    ]

    /// An audit's report to committee. Grade counts stay in the audit tables, which apply
    /// disclosure control.
    static let audit: [TemplateDeclaration<AuditAssessment>] = [
        .init("id", .text, "its id") { .text($0.audit.id) },
        .init("report_due", .text, "when its report to committee is due; absent if not set") {
            .optional($0.audit.reportDue?.long)
        },
        .init("reported", .text, "when it was reported; absent if not yet") { .optional($0.audit.reported?.long) },
        .init("overdue", .flag, "whether its report is late") { item in
            if case .late = item.report { return .bool(true) }
            return .bool(false)
        },
        .init("completed_late", .flag, "whether it was reported after it was due") {
            .bool($0.reportDaysLate != nil)
        },
        .init("days_late", .number, "days after the due date it was reported") { .number($0.reportDaysLate ?? 0) },
    ]

    /// One timeliness measure, with the site's ledger its table reads from.
    struct TimelinessInput {
        let result: TimelinessResult
        let table: HTMLBlocks.ShareTable
        /// The measure beside its published comparators, and the table of it.
        var comparison: MeasureComparison
        var comparatorTable: String
        /// The measure month by month over the last 12 months; empty when it has no trend.
        var trend: String
    }

    static let timeliness: [TemplateDeclaration<TimelinessInput>] = [
        .init("name", .text, "the measure's name") { .text($0.result.measure.name) },
        .init("standard", .text, "the standard, e.g. within 45 working days") {
            .text($0.result.measure.standard.description)
        },
        .init("share", .text, "the share of children within the standard, all teams") { .text($0.table.share) },
        .init("table", .block, "the measure per team, with disclosure control in public builds") {
            .html($0.table.html, isBlock: true)
        },
        .init(
            "trend", .block,
            "all teams month by month over the 12 months to the as-at date, for measures of episodes that end or start (contacts, assessments, referrals...); empty for measures counted as at the date"
        ) { .html($0.trend, isBlock: true) },
        .init(
            "comparators", .block,
            "the measure beside England, the region and statistical neighbours from comparators.csv, with the gap; empty when it has none"
        ) { .html($0.comparatorTable, isBlock: true) },
        .init("worse_than_neighbours", .flag, "whether it is worse than the statistical neighbours' latest figure") {
            input in
            .bool(
                input.comparison.comparators.contains {
                    $0.area == .statisticalNeighbours && input.comparison.isWorse($0) == true
                })
        },
    ]

    /// One team indicator, with the site's ledger its table reads from.
    struct IndicatorInput {
        let result: TeamIndicatorResult
        let indicator: TeamIndicator
        let table: HTMLBlocks.ShareTable
    }

    static let indicator: [TemplateDeclaration<IndicatorInput>] = [
        .init("id", .text, "its id, e.g. supervision") { .text($0.result.id) },
        .init("name", .text, "its heading, e.g. Workers supervised within 4 weeks") { .text($0.result.setting.name) },
        .init("standard", .text, "the council's standard, e.g. 4 weeks") {
            .text($0.result.setting.standard.description)
        },
        .init("share", .text, "the share within the standard, all teams (`z` when there is none to give)") {
            .text($0.table.share)
        },
        .init("has_share", .flag, "whether there is a share to give: false with no workers, or when it is withheld") {
            .bool($0.table.share != "z")
        },
        .init("table", .block, "per team, with disclosure control in public builds") {
            .html($0.table.html, isBlock: true)
        },
    ]
}
