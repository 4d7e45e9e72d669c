import ReadinessCompute
import ReadinessModel

extension HTMLBlocks {
    /// The plan over time as a chart: one bar per meeting with a snapshot, and one for now, of
    /// actions complete, overdue and open.
    static func planHistoryChart(_ history: PlanHistory, id: String, scope: String) -> String {
        guard history.points.count >= 2 else { return "" }
        let first = history.points[0]
        let last = history.points[history.points.count - 1]
        return StackedBarChart(
            id: id, title: "Actions at each meeting: \(scope)",
            description:
                "At the meeting on \(first.date.long), "
                + Plural.share(first.complete, of: first.actions, .action, .wasWere)
                + " complete and \(first.overdue) overdue; as at \(last.date.long), "
                + Plural.share(last.complete, of: last.actions, .action, .isAre)
                + " complete and \(last.overdue) overdue.",
            parts: ["Complete", "Overdue", "Open"], colours: ["#1d70b8", "#d4351c", "#505a5f"],
            bars: history.points.map {
                StackedBarChart.Bar(label: pointLabel($0), values: [$0.complete, $0.overdue, $0.open])
            }
        ).html
    }

    /// The plan over time as a table: actions and recommendation scores at each meeting with a
    /// snapshot, and now.
    static func planHistoryTable(_ history: PlanHistory, caption: String) -> String {
        guard history.points.count >= 2 else {
            return emptyNote(
                "No snapshot of an earlier committee meeting is kept, so the plan over time shows only today: keep one at each meeting with readiness snapshot, or build from the data folder's git history (docs/history.md)."
            )
        }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Meeting"), .init(heading: "Actions", numeric: true),
                .init(heading: "Complete", numeric: true), .init(heading: "Overdue", numeric: true),
                .init(heading: "Open", numeric: true),
            ]
                + (1...5).map { .init(heading: "Scored \($0)", numeric: true) }
                + [.init(heading: "Not scored", numeric: true)],
            rowHeaders: true)
        table.rows = history.points.map { point in
            [
                Escaping.html(pointLabel(point)), String(point.actions), String(point.complete), String(point.overdue),
                String(point.open),
            ]
                + point.scores.map(String.init) + [String(point.unscored)]
        }
        table.notes = [
            "Each meeting's row is the plan as it stood at that meeting, from its snapshot, assessed as at the meeting date. Scores run from 1 (achieved) to 5 (a long way to go)."
        ]
        return table.html
    }

    /// "17 Sep 2026", or "Now (20 Nov 2026)" for the as-at date.
    private static func pointLabel(_ point: PlanHistory.Point) -> String {
        point.meeting.map(\.short) ?? "Now (\(point.date.short))"
    }
}
