/// The charts templates can place, built from the figures.
extension HTMLBlocks {
    /// Caseload per case-holding FTE by team over the months, with the threshold line.
    static func caseloadChart(_ summary: CaseloadSummary, id: String, scope: String) -> String {
        guard summary.allMonths.count >= 2 else { return "" }
        let months = summary.allMonths
        let series = summary.teams.map { team in
            LineChart.Series(name: team.team, values: months.map { summary.caseload(team, $0) })
        }
        var latest: [String] = []
        if let month = summary.month {
            latest = summary.teams.compactMap { team in
                summary.caseload(team, month).map { "\(team.team) \(NumberFormat.decimal($0))" }
            }
        }
        let description =
            "Caseload per case-holding FTE for \(summary.teams.count) team\(summary.teams.count == 1 ? "" : "s"), "
            + "\(months.first?.long ?? "") to \(months.last?.long ?? ""). Threshold \(NumberFormat.decimal(summary.rules.threshold)). "
            + "Latest month: \(latest.joined(separator: "; "))."
        return LineChart(
            id: id, title: "Caseload per FTE by team, \(scope)", description: description,
            categories: months.map(\.short), series: series, valueName: "Caseload per FTE",
            reference: (summary.rules.threshold, "Threshold \(NumberFormat.decimal(summary.rules.threshold))")
        ).html
    }

    /// Grades of moderated audits, before and after moderation, added together.
    static func auditChart(_ audits: [AuditAssessment], id: String, scope: String) -> String {
        let moderated = audits.filter { $0.audit.moderated != nil }
        guard !moderated.isEmpty else { return "" }
        let before = GradeCounts.sum(moderated.map(\.audit.audited))
        let after = GradeCounts.sum(moderated.compactMap(\.audit.moderated))
        func values(_ g: GradeCounts) -> [Int] { [g.outstanding, g.good, g.requiresImprovement, g.inadequate] }
        let description =
            "Grades of \(before.total) cases in \(moderated.count) moderated audit\(moderated.count == 1 ? "" : "s"). "
            + "As audited: \(before.goodOrBetter) good or better. After moderation: \(after.goodOrBetter) good or better."
        return StackedBarChart(
            id: id, title: "Audit grades before and after moderation, \(scope)", description: description,
            parts: ["Outstanding", "Good", "Requires improvement", "Inadequate"],
            colours: ["#00703c", "#1d70b8", "#6f4e00", "#d4351c"],
            bars: [
                .init(label: "As audited", values: values(before)),
                .init(label: "After moderation", values: values(after)),
            ]
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
            description: "\(total) actions across \(themes.count) themes: \(complete) complete, \(overdue) overdue.",
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
