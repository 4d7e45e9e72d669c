/// Builds the values templates see, documented in docs/templates.md.
struct SiteContext {
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

    /// The few values page titles and output paths may use, before links are known.
    func basics() -> Values {
        var themes: [String: TemplateValue] = [:]
        for summary in figures.themes { themes[summary.theme.id] = themeBasics(summary) }
        return Values(root: ["site": site], themes: themes)
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

    private func allValues(pageLinks: [String: String], counts: PublishedCounts) -> Values {
        var themes: [String: TemplateValue] = [:]
        for summary in figures.themes {
            themes[summary.theme.id] = theme(summary, href: pageLinks[summary.theme.id], counts: counts)
        }
        let open = figures.followUps.filter { $0.followUp.status == .open }
        let overdue = figures.followUps.filter(\.isOverdue)
        let allActions = figures.themes.flatMap(\.actions)
        let workforce = figures.caseloads.totals
        var protectedCaseloads: ProtectedCaseloads?
        func caseloads() -> ProtectedCaseloads {
            if let made = protectedCaseloads { return made }
            let made = ProtectedCaseloads(figures.caseloads, counts: counts, scope: "all teams")
            protectedCaseloads = made
            return made
        }
        let caseloadsUsed = usage.usesRoot("caseloads")
        let workforceUsed = usage.usesRoot("workforce")
        let lateAudits = figures.audits.filter { if case .late = $0.report { return true } else { return false } }
        let dueAudits = figures.audits.filter { if case .dueSoon = $0.report { return true } else { return false } }
        let root: [String: TemplateValue] = [
            "site": site,
            "themes": .list(figures.themes.compactMap { themes[$0.theme.id] }),
            "inspections": .list(data.inspections.map(inspection)),
            "immediate_sentence": .text(figures.immediateAttentionSentence),
            "follow_ups": .object([
                "table": .html(
                    HTMLBlocks.followUpTable(figures.followUps, caption: "Committee follow-ups"), isBlock: true),
                "open_table": .html(
                    HTMLBlocks.followUpTable(open, caption: "Open committee follow-ups"), isBlock: true),
                "count": .number(figures.followUps.count),
                "open_count": .number(open.count),
                "overdue_count": .number(overdue.count),
                "any_overdue": .bool(!overdue.isEmpty),
                "items": .list(figures.followUps.map(followUpItem)),
            ]),
            "caseloads": .object([
                "table": block(caseloadsUsed) { HTMLBlocks.caseloadTable(caseloads(), caption: "Caseloads by team") },
                "trend_table": block(caseloadsUsed) {
                    HTMLBlocks.caseloadTrendTable(caseloads(), caption: "Caseload per FTE by month, all teams")
                },
                "swings": block(caseloadsUsed) { HTMLBlocks.swingList(caseloads()) },
                "month": .optional(figures.caseloads.month?.long),
                "total_children": .text(caseloadsUsed ? caseloads().totalChildrenText : ""),
                "caseload": .optional(caseloadsUsed ? caseloads().totalCaseload.map { NumberFormat.decimal($0) } : nil),
            ]),
            "workforce": .object([
                "summary": block(workforceUsed) { HTMLBlocks.workforceSummary(caseloads()) },
                "caseload": .optional(workforceUsed ? caseloads().totalCaseload.map { NumberFormat.decimal($0) } : nil),
                "agency_rate": .optional(workforce.agencyRate.map { NumberFormat.decimal($0 * 100) + "%" }),
                "vacancy_rate": .optional(workforce.vacancyRate.map { NumberFormat.decimal($0 * 100) + "%" }),
                "turnover_rate": .optional(workforce.turnoverRate.map { NumberFormat.decimal($0 * 100) + "%" }),
            ]),
            "audits": .object([
                "table": block(usage.usesRoot("audits")) {
                    HTMLBlocks.auditSummary(figures.audits, caption: "Case-file audits", counts: counts)
                },
                "count": .number(figures.audits.count),
                "late_count": .number(lateAudits.count),
                "due_soon_count": .number(dueAudits.count),
                "items": .list(figures.audits.map(auditItem)),
            ]),
            "timeliness": .list(
                usage.usesRoot("timeliness") ? figures.timeliness.map { timeliness($0, counts: counts) } : []),
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
                            ?? "z",
                        "of actions complete"
                    ),
                    ("\(overdue.count)", "committee follow-ups overdue"),
                ]), isBlock: true),
            "overview_table": .html(overviewTable(pageLinks: pageLinks), isBlock: true),
            "action_status_chart": .html(
                HTMLBlocks.actionStatusChart(figures.themes, id: "chart-action-status"), isBlock: true),
            "caseload_chart": block(usage.usesRoot("caseload_chart")) {
                HTMLBlocks.caseloadChart(caseloads(), id: "chart-caseload-all", scope: "all teams")
            },
            "audit_chart": block(usage.usesRoot("audit_chart")) {
                HTMLBlocks.auditChart(figures.audits, id: "chart-audits-all", scope: "all themes", counts: counts)
            },
        ]
        return Values(root: root, themes: themes)
    }

    var site: TemplateValue {
        .object([
            "provenance": .text(provenance.text),
            "audience": .text(audience.rawValue),
            "public": .bool(audience == .public),
            "council": .text(data.settings.council),
            "title": .text(data.settings.siteTitle),
            "as_at": .text(figures.asAt.long),
            "as_at_iso": .text(figures.asAt.iso),
        ])
    }

    func themeBasics(_ summary: ThemeSummary) -> TemplateValue {
        let theme = summary.theme
        let framework = data.frameworks.first { $0.id == theme.framework }
        return .object([
            "id": .text(theme.id),
            "name": .text(theme.name),
            "short_name": .text(theme.shortName),
            "summary": .optional(theme.summary),
            "framework": .text(framework?.name ?? theme.framework),
            "framework_title": .text(framework?.title ?? theme.framework),
        ])
    }

    /// One theme's values.
    func theme(_ summary: ThemeSummary, href: String?, counts: PublishedCounts) -> TemplateValue {
        let theme = summary.theme
        let readiness = summary.readiness
        var protectedCaseloads: ProtectedCaseloads?
        func caseloads() -> ProtectedCaseloads {
            if let made = protectedCaseloads { return made }
            let made = ProtectedCaseloads(summary.caseloads, counts: counts, scope: "\(theme.shortName) teams")
            protectedCaseloads = made
            return made
        }
        func uses(_ key: String) -> Bool { usage.usesThemeValue(key) }
        return themeBasics(summary).adding([
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
                "moved": .number(summary.movedActions.count),
                "percent_complete": .text(summary.percentComplete ?? "z"),
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
                    (summary.percentComplete ?? "z", "of actions complete"),
                    ("\(summary.followUps.filter(\.isOverdue).count)", "committee follow-ups overdue"),
                ]), isBlock: true),
            "recommendations": .list(summary.recommendations.map { recommendation($0, summary: summary) }),
            "recommendation_table": .html(HTMLBlocks.recommendationTable(summary), isBlock: true),
            "actions": .list(summary.actions.map(action)),
            "action_table": .html(HTMLBlocks.actionTable(summary), isBlock: true),
            "score_spread_table": .html(HTMLBlocks.scoreSpreadTable(summary), isBlock: true),
            "moved_actions_table": .html(HTMLBlocks.movedActionsTable(summary), isBlock: true),
            "audit_summary": block(uses("audit_summary")) {
                HTMLBlocks.auditSummary(
                    summary.audits, caption: "Case-file audits for \(theme.shortName)", counts: counts)
            },
            "has_audits": .bool(!summary.audits.isEmpty),
            "caseload_table": block(uses("caseload_table")) {
                HTMLBlocks.caseloadTable(caseloads(), caption: "Caseloads for \(theme.shortName) teams")
            },
            "caseload_trend_table": block(uses("caseload_trend_table")) {
                HTMLBlocks.caseloadTrendTable(
                    caseloads(), caption: "Caseload per FTE by month, \(theme.shortName) teams")
            },
            "caseload_swings": block(uses("caseload_swings")) { HTMLBlocks.swingList(caseloads()) },
            "caseload_chart": block(uses("caseload_chart")) {
                HTMLBlocks.caseloadChart(
                    caseloads(), id: "chart-caseload-\(theme.id)", scope: "\(theme.shortName) teams")
            },
            "action_chart": .html(
                HTMLBlocks.actionStatusChart([summary], id: "chart-actions-\(theme.id)"), isBlock: true),
            "audit_chart": block(uses("audit_chart")) {
                HTMLBlocks.auditChart(
                    summary.audits, id: "chart-audits-\(theme.id)", scope: theme.shortName, counts: counts)
            },
            "workforce_summary": block(uses("workforce_summary")) { HTMLBlocks.workforceSummary(caseloads()) },
            "has_caseloads": .bool(summary.caseloads.month != nil),
            "follow_up_list": .html(
                HTMLBlocks.followUpTable(summary.followUps, caption: "Committee follow-ups for \(theme.shortName)"),
                isBlock: true),
            "has_follow_ups": .bool(!summary.followUps.isEmpty),
            "timeliness": .list(uses("timeliness") ? summary.timeliness.map { timeliness($0, counts: counts) } : []),
            "has_timeliness": .bool(!summary.timeliness.isEmpty),
            "changes": changes(summary),
        ])
    }

    /// A block of HTML, built only when a template may place it.
    private func block(_ wanted: Bool, _ make: () -> String) -> TemplateValue {
        .html(wanted ? make() : "", isBlock: true)
    }

    /// What changed since the reporting committee last met.
    func changes(_ summary: ThemeSummary) -> TemplateValue {
        let committee =
            data.settings.reportingCommittee.flatMap { id in data.committees.first { $0.id == id } }
            ?? data.committees.first
        let changes = ChangesSinceMeeting(summary, committee: committee, asAt: figures.asAt)
        let sentences = changes.sentences
        var list = "<ul class=\"changes\">" + sentences.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul>\n"
        if changes.meeting == nil {
            list =
                "<p>No meeting of the reporting committee before \(figures.asAt.long) is recorded in committees.yaml.</p>\n"
        } else if sentences.isEmpty {
            list = "<p>No recorded change since that meeting.</p>\n"
        }
        return .object([
            "committee": .optional(changes.committee?.name),
            "meeting": .optional(changes.meeting?.long),
            "list": .html(list, isBlock: true),
            "any": .bool(!sentences.isEmpty),
        ])
    }

    func timeliness(_ result: TimelinessResult, counts: PublishedCounts) -> TemplateValue {
        let table = HTMLBlocks.timelinessTable(result, counts: counts)
        return .object([
            "name": .text(result.measure.name),
            "standard": .text(result.measure.standard.description),
            "share": .text(table.share),
            "table": .html(table.html, isBlock: true),
        ])
    }

    func recommendation(_ rec: Recommendation, summary: ThemeSummary) -> TemplateValue {
        let actions = summary.actionsByRecommendation[rec.reference] ?? []
        let progress = summary.progress[rec.reference]
        return .object([
            "reference": .text(rec.reference),
            "text": .text(rec.text),
            "priority": .text(rec.priority.label),
            "immediate": .bool(rec.priority == .immediate),
            "achieved": .bool(summary.isAchieved(rec)),
            "needs_immediate_attention": .bool(summary.needsImmediateAttention(rec)),
            "priority_tag": .html(
                HTMLBlocks.tag(rec.priority.label, colour: rec.priority == .immediate ? "red" : "grey"), isBlock: false),
            "percent_complete": .text(summary.percentComplete(rec.reference) ?? "z"),
            "score": .optional(progress?.latest.map { String($0.score) }),
            "direction": .optional(progress?.latest?.direction?.label),
            "change": .text(progress?.changeDescription ?? "no score reported yet"),
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
            "days_moved": .number(a.daysSlipped),
            "times_moved": .number(action.timesMoved),
            "completed": .optional(action.completed?.long),
            "completed_late": .bool(a.daysLate != nil),
            "days_late": .number(a.daysLate ?? 0),
            "status": .text(action.status.label),
            "rating": .text(a.rating.label),
            "status_tag": .html(HTMLBlocks.tag(a.rating.label, colour: a.colour), isBlock: false),
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
                summary.percentComplete ?? HTMLBlocks.notApplicable,
            ])
        }
        return table.html
    }
}
