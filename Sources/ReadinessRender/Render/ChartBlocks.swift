import ReadinessCompute
import ReadinessModel

/// The charts templates can place, built from the figures.
extension HTMLBlocks {
    /// Caseload per case-holding FTE over the months as small multiples: one small chart per
    /// team (or merged small teams) on the same scale, each with the threshold line and its
    /// latest month labelled. In a public build points that would reveal a small count are left
    /// out (the line breaks) and a suppressed latest month reads `c`.
    static func caseloadChart(_ protected: ProtectedCaseloads, id: String, scope: String) -> String {
        let summary = protected.summary
        guard summary.allMonths.count >= 2 else { return "" }
        let months = summary.allMonths
        let series = protected.groups.indices.map { index in
            ChartSeries(
                name: protected.groups[index].label, values: months.map { protected.caseload(index, $0) },
                texts: months.map { protected.caseloadText(index, $0) })
        }
        // Each team's latest month as its table shows it: the figure, `c` when suppressed, or
        // the symbol for a figure that cannot be worked out.
        let latest = protected.groups.indices.map { index -> (label: String, words: String) in
            guard let month = summary.month else { return ("x", "not available") }
            guard protected.isShown(index, month) else { return ("c", "suppressed") }
            if let value = protected.caseload(index, month) {
                return (NumberFormat.decimal(value), NumberFormat.decimal(value))
            }
            return protected.caseloadText(index, month).contains("not applicable")
                ? ("z", "not applicable") : ("x", "not available")
        }
        let threshold = NumberFormat.decimal(summary.rules.threshold)
        return SmallMultiples(
            id: id, title: "Caseload per FTE by team, \(scope)", categories: months.map(\.short), series: series,
            latest: latest, valueName: "Caseload per FTE",
            reference: (summary.rules.threshold, "Threshold \(threshold)")
        ).html
    }

    /// Grades of moderated audits, before and after moderation, added together. In a public
    /// build grades that must be suppressed are drawn together as one "suppressed" segment,
    /// which shows no more than the bar's total already does.
    static func auditChart(_ audits: [AuditAssessment], id: String, scope: String, counts shown: PublishedCounts)
        -> String
    {
        let moderated = audits.filter { $0.audit.moderated != nil }
        guard !moderated.isEmpty else { return "" }
        let policy = shown.policy
        let cells = AuditCells(moderated, counts: shown, scope: scope)
        guard let together = cells.together else { return "" }
        let grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
        let bars = [together.audited, together.moderated]
        let mine = bars.flatMap { $0.grades + [$0.total] }
        let anySuppressed = shown.anySuppressed(mine)
        // Suppressed grades are drawn together as one segment only when the bar's total is shown,
        // so the segment is the total less the grades shown, which a reader could work out anyway.
        func barValues(_ bar: AuditCells.Grades) -> [Int] {
            let visible = bar.grades.map { shown.count($0) ?? 0 }
            guard anySuppressed else { return visible }
            guard let total = shown.count(bar.total) else { return visible + [0] }
            return visible + [max(0, total - visible.reduce(0, +))]
        }
        func describe(_ bar: AuditCells.Grades) -> String {
            guard bar.grades.allSatisfy(shown.isKnown) else { return "some grades suppressed" }
            let good = (shown.count(bar.grades[0]) ?? 0) + (shown.count(bar.grades[1]) ?? 0)
            return "\(good) good or better"
        }
        let total = shown.count(together.audited.total).map { Plural("case", "cases").count($0) } ?? "cases"
        let description =
            "Grades of \(total) in \(Plural("moderated audit", "moderated audits").count(moderated.count)). "
            + "As audited: \(describe(together.audited)). After moderation: \(describe(together.moderated))."
        return StackedBarChart(
            id: id, title: "Audit grades before and after moderation, \(scope)", description: description,
            parts: grades + (anySuppressed ? ["Suppressed (c)"] : []),
            colours: ["#00703c", "#1d70b8", "#6f4e00", "#d4351c", "#505a5f"],
            bars: [
                .init(label: "As audited", values: barValues(together.audited)),
                .init(label: "After moderation", values: barValues(together.moderated)),
            ],
            tableValues: bars.map { $0.grades.map { count(shown, $0) } },
            totals: bars.map { count(shown, $0.total) },
            notes: disclosureNotes(policy: policy, suppressed: anySuppressed)
        ).html
    }

    /// Actions by RAG rating, one bar per theme.
    static func actionStatusChart(_ themes: [ThemeSummary], id: String) -> String {
        guard !themes.isEmpty else { return "" }
        let ratings: [ActionAssessment.Rating] = [.complete, .onTrack, .dueSoon, .onHold, .overdue, .notRated]
        let bars = themes.map { summary in
            StackedBarChart.Bar(
                label: summary.theme.shortName,
                values: ratings.map { rating in summary.actions.filter { $0.rating == rating }.count })
        }
        let total = themes.reduce(0) { $0 + $1.actions.count }
        let overdue = themes.reduce(0) { $0 + $1.overdueCount }
        let complete = themes.reduce(0) { $0 + $1.completeCount }
        return StackedBarChart(
            id: id, title: "Actions by status and theme",
            description:
                "\(Plural.action.count(total)) across \(Plural.theme.count(themes.count)): \(complete) complete, \(overdue) overdue.",
            parts: ratings.map(\.label), colours: ["#1d70b8", "#00703c", "#6f4e00", "#505a5f", "#d4351c", "#4c2c92"],
            bars: bars
        ).html
    }

    /// A recommendation's score history as a sparkline with the scores in words.
    static func sparkline(_ progress: RecommendationProgress?) -> String {
        guard let history = progress?.history, history.count >= 2 else { return "" }
        let label = "Scores over time: " + history.map { "\($0.score) on \($0.date.short)" }.joined(separator: ", ")
        return Sparkline(scores: history.map(\.score), label: label).html
    }
}
