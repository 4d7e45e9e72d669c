/// Builds the values templates see, documented in docs/templates.md.
struct SiteContext {
    let data: ReadinessData
    let figures: SiteFigures

    /// The root values every page sees: `site`, `themes`, `follow_ups`, `caseloads`, `headline`.
    func root(pageLinks: [String: String]) -> [String: TemplateValue] {
        let themes = figures.themes.map { theme($0, href: pageLinks[$0.theme.id]) }
        let open = figures.followUps.filter { $0.followUp.status == .open }
        let overdue = figures.followUps.filter(\.isOverdue)
        let allActions = figures.themes.flatMap(\.actions)
        return [
            "site": .object([
                "council": .text(data.settings.council),
                "title": .text(data.settings.siteTitle),
                "as_at": .text(figures.asAt.long),
                "as_at_iso": .text(figures.asAt.iso),
            ]),
            "themes": .list(themes),
            "inspections": .list(data.inspections.map(inspection)),
            "follow_ups": .object([
                "table": .html(
                    HTMLBlocks.followUpTable(figures.followUps, caption: "Committee follow-ups"), isBlock: true),
                "open_table": .html(
                    HTMLBlocks.followUpTable(open, caption: "Open committee follow-ups"), isBlock: true),
                "count": .number(figures.followUps.count),
                "open_count": .number(open.count),
                "overdue_count": .number(overdue.count),
                "any_overdue": .bool(!overdue.isEmpty),
            ]),
            "caseloads": .object([
                "table": .html(
                    HTMLBlocks.caseloadTable(figures.caseloads, caption: "Caseloads by team"), isBlock: true),
                "month": .optional(figures.caseloads.month?.long),
                "total_children": .text(NumberFormat.grouped(figures.caseloads.totalChildren)),
                "caseload": .optional(figures.caseloads.totalCaseload.map { NumberFormat.decimal($0) }),
            ]),
            "audits": .object([
                "table": .html(HTMLBlocks.auditSummary(data.audits, caption: "Case-file audits"), isBlock: true),
                "count": .number(data.audits.count),
            ]),
            "counts": .object([
                "themes": .number(figures.themes.count),
                "immediate_areas": .number(figures.areasNeedingImmediateAttention),
                "actions": .number(allActions.count),
                "overdue": .number(allActions.filter { $0.rating == .overdue }.count),
                "complete": .number(allActions.filter { $0.rating == .complete }.count),
            ]),
            "headline": .html(
                HTMLBlocks.headline([
                    (
                        "\(figures.areasNeedingImmediateAttention) of \(figures.themes.count)",
                        "areas need immediate attention"
                    ),
                    ("\(allActions.filter { $0.rating == .overdue }.count)", "actions overdue"),
                    (
                        NumberFormat.percent(
                            Double(allActions.filter { $0.rating == .complete }.count), of: Double(allActions.count))
                            ?? "–",
                        "of actions complete"
                    ),
                    ("\(overdue.count)", "committee follow-ups overdue"),
                ]), isBlock: true),
            "overview_table": .html(overviewTable(pageLinks: pageLinks), isBlock: true),
        ]
    }

    /// One theme's values.
    func theme(_ summary: ThemeSummary, href: String?) -> TemplateValue {
        let theme = summary.theme
        let readiness = summary.readiness
        let framework = data.frameworks.first { $0.id == theme.framework }
        let caseloads = CaseloadSummary(data.caseloads, serviceAreas: theme.caseloadAreas)
        return .object([
            "id": .text(theme.id),
            "name": .text(theme.name),
            "short_name": .text(theme.shortName),
            "summary": .optional(theme.summary),
            "framework": .text(framework?.name ?? theme.framework),
            "framework_title": .text(framework?.title ?? theme.framework),
            "url": .optional(href),
            "grade": .optional(summary.latestJudgement?.grade.label),
            "graded_by": .optional(summary.latestJudgement?.inspection.title),
            "readiness": .text(readiness.status.label),
            "readiness_tag": .html(
                HTMLBlocks.tag(readiness.status.label, colour: readiness.status.colour), isBlock: false),
            "reasons": .list(readiness.reasons.map(TemplateValue.text)),
            "reasons_list": .html(HTMLBlocks.reasons(readiness.reasons), isBlock: true),
            "counts": .object([
                "recommendations": .number(summary.recommendations.count),
                "immediate": .number(summary.immediateCount),
                "actions": .number(summary.actions.count),
                "complete": .number(summary.completeCount),
                "overdue": .number(summary.overdueCount),
                "percent_complete": .text(summary.percentComplete ?? "–"),
                "audits": .number(summary.audits.count),
                "follow_ups": .number(summary.followUps.count),
            ]),
            "headline": .html(
                HTMLBlocks.headline([
                    (
                        "\(summary.immediateCount) of \(summary.recommendations.count)",
                        "recommendations need immediate attention"
                    ),
                    ("\(summary.overdueCount) of \(summary.actions.count)", "actions overdue"),
                    (summary.percentComplete ?? "–", "of actions complete"),
                    ("\(summary.followUps.filter(\.isOverdue).count)", "committee follow-ups overdue"),
                ]), isBlock: true),
            "recommendations": .list(summary.recommendations.map { recommendation($0, summary: summary) }),
            "recommendation_table": .html(HTMLBlocks.recommendationTable(summary), isBlock: true),
            "actions": .list(summary.actions.map(action)),
            "action_table": .html(HTMLBlocks.actionTable(summary), isBlock: true),
            "audit_summary": .html(
                HTMLBlocks.auditSummary(summary.audits, caption: "Case-file audits for \(theme.shortName)"),
                isBlock: true),
            "has_audits": .bool(!summary.audits.isEmpty),
            "caseload_table": .html(
                HTMLBlocks.caseloadTable(caseloads, caption: "Caseloads for \(theme.shortName) teams"), isBlock: true),
            "has_caseloads": .bool(caseloads.month != nil),
            "follow_up_list": .html(
                HTMLBlocks.followUpTable(summary.followUps, caption: "Committee follow-ups for \(theme.shortName)"),
                isBlock: true),
            "has_follow_ups": .bool(!summary.followUps.isEmpty),
        ])
    }

    func recommendation(_ rec: Recommendation, summary: ThemeSummary) -> TemplateValue {
        let actions = summary.actionsByRecommendation[rec.reference] ?? []
        return .object([
            "reference": .text(rec.reference),
            "text": .text(rec.text),
            "priority": .text(rec.priority.label),
            "immediate": .bool(rec.priority == .immediate),
            "priority_tag": .html(
                HTMLBlocks.tag(rec.priority.label, colour: rec.priority == .immediate ? "red" : "grey"), isBlock: false),
            "actions": .list(actions.map(action)),
        ])
    }

    func action(_ a: ActionAssessment) -> TemplateValue {
        let action = a.action
        return .object([
            "id": .text(action.id),
            "description": .text(action.description),
            "owner": .text(action.owner),
            "due": .text(action.currentDue.long),
            "original_due": .text(action.originalDue.long),
            "revised": .bool(a.daysSlipped != 0),
            "status": .text(action.status.label),
            "rating": .text(a.rating.label),
            "status_tag": .html(HTMLBlocks.tag(a.rating.label, colour: a.rating.colour), isBlock: false),
            "overdue": .bool(a.rating == .overdue),
            "days_overdue": .number(a.daysOverdue),
            "score": .optional(action.score.map(String.init)),
            "direction": .optional(action.direction?.label),
            "update": .optional(action.update),
            "update_date": .optional(action.updateDate?.long),
        ])
    }

    func inspection(_ inspection: Inspection) -> TemplateValue {
        .object([
            "id": .text(inspection.id),
            "title": .text(inspection.title),
            "kind": .text(inspection.kind),
            "published": .optional(inspection.published?.long),
            "judgements": .list(
                inspection.judgements.map { j in
                    .object([
                        "area": .text(
                            j.theme == "overall" ? "Overall effectiveness" : (data.theme(j.theme)?.name ?? j.theme)),
                        "grade": .text(j.grade.label),
                    ])
                }),
        ])
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
                summary.percentComplete ?? "–",
            ])
        }
        return table.html
    }
}
