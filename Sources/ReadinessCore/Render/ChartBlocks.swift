/// The charts templates can place, built from the figures.
extension HTMLBlocks {
    /// Caseload per case-holding FTE by team over the months, with the threshold line. In a
    /// public build points that would reveal a small count are left out (the line breaks).
    static func caseloadChart(_ protected: ProtectedCaseloads, id: String, scope: String) -> String {
        let summary = protected.summary
        guard summary.allMonths.count >= 2 else { return "" }
        let months = summary.allMonths
        let series = protected.groups.indices.map { index in
            LineChart.Series(name: protected.groups[index].label, values: months.map { protected.caseload(index, $0) })
        }
        var latest: [String] = []
        if let month = summary.month {
            latest = protected.groups.indices.compactMap { index in
                let label = protected.groups[index].label
                guard protected.isShown(index, month) else { return "\(label) suppressed" }
                return protected.caseload(index, month).map { "\(label) \(NumberFormat.decimal($0))" }
            }
        }
        let description =
            "Caseload per case-holding FTE for \(series.count) team\(series.count == 1 ? "" : "s"), "
            + "\(months.first?.long ?? "") to \(months.last?.long ?? ""). Threshold \(NumberFormat.decimal(summary.rules.threshold)). "
            + "Latest month: \(latest.joined(separator: "; "))."
        return LineChart(
            id: id, title: "Caseload per FTE by team, \(scope)", description: description,
            categories: months.map(\.short), series: series, valueName: "Caseload per FTE",
            reference: (summary.rules.threshold, "Threshold \(NumberFormat.decimal(summary.rules.threshold))")
        ).html
    }

    /// Grades of moderated audits, before and after moderation, added together. In a public
    /// build grades that must be suppressed are drawn together as one "suppressed" segment,
    /// which shows no more than the bar's total already does.
    static func auditChart(_ audits: [AuditAssessment], id: String, scope: String, policy: DisclosurePolicy) -> String {
        let moderated = audits.filter { $0.audit.moderated != nil }
        guard !moderated.isEmpty else { return "" }
        let before = GradeCounts.sum(moderated.map(\.audit.audited))
        let after = GradeCounts.sum(moderated.compactMap(\.audit.moderated))
        func values(_ g: GradeCounts) -> [Int] { [g.outstanding, g.good, g.requiresImprovement, g.inadequate] }
        var grid = DisclosureLedger()
        var bars: [[Int]] = []
        for g in [before, after] {
            let cells = values(g).map { grid.add($0) }
            grid.relate(cells + [grid.add(g.total, total: true)])
            bars.append(cells)
        }
        let shown = ProtectedCounts(grid, policy: policy)
        let grades = ["Outstanding", "Good", "Requires improvement", "Inadequate"]
        let anySuppressed = shown.anySuppressed
        func barValues(_ cells: [Int]) -> [Int] {
            let visible = cells.map { shown.count($0) ?? 0 }
            let hidden = cells.filter { !shown.isKnown($0) }.reduce(0) { $0 + grid.values[$1] }
            return anySuppressed ? visible + [policy.rounded(hidden)] : visible
        }
        let describe = { (g: GradeCounts, cells: [Int]) -> String in
            guard cells.allSatisfy(shown.isKnown) else { return "some grades suppressed" }
            return "\(g.goodOrBetter) good or better"
        }
        let description =
            "Grades of \(policy.rounded(before.total)) cases in \(moderated.count) moderated audit\(moderated.count == 1 ? "" : "s"). "
            + "As audited: \(describe(before, bars[0])). After moderation: \(describe(after, bars[1]))."
        return StackedBarChart(
            id: id, title: "Audit grades before and after moderation, \(scope)", description: description,
            parts: grades + (anySuppressed ? ["Suppressed (c)"] : []),
            colours: ["#00703c", "#1d70b8", "#6f4e00", "#d4351c", "#505a5f"],
            bars: [
                .init(label: "As audited", values: barValues(bars[0])),
                .init(label: "After moderation", values: barValues(bars[1])),
            ],
            tableValues: [bars[0].map { count(shown, $0) }, bars[1].map { count(shown, $0) }],
            notes: disclosureNotes(shown)
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
