import ReadinessCompute
import ReadinessModel

/// Tables about recommendations and actions.
extension HTMLBlocks {
    /// The action table of a theme.
    static func actionTable(_ summary: ThemeSummary) -> String {
        listing(
            summary.actions, none: "No actions are recorded for this theme.",
            caption: "Actions for \(summary.theme.shortName)",
            columns: [
                .init(heading: "Action"), .init(heading: "Owner", filter: true), .init(heading: "Due"),
                .init(heading: "Status", filter: true),
                .init(heading: "Score (1 achieved, 5 a long way to go)", numeric: true),
                .init(heading: "Direction", filter: true), .init(heading: "Latest update"),
            ], className: "table table--actions", sortKeys: actionSortKeys, row: actionRow)
    }

    /// What the action table's columns sort and filter by: the due date, the status's word, the score.
    static func actionSortKeys(_ a: ActionAssessment) -> [String?] {
        [
            nil, nil, a.action.currentDue.iso, a.daysLate == nil ? a.rating.label : "Completed late",
            a.action.score.map(String.init) ?? "", a.action.direction?.label ?? "Not given", nil,
        ]
    }

    static func actionRow(_ a: ActionAssessment) -> [String] {
        let action = a.action
        var due = date(action.currentDue)
        if a.daysSlipped != 0 {
            due += "<br><span class=\"hint\">first due \(date(action.originalDue))</span>"
        }
        var status = tag(a.daysLate == nil ? a.rating.label : "Completed late", colour: a.colour)
        if let late = a.daysLate, let completed = action.completed {
            status += "<br><span class=\"hint\">\(days(late)) late, on \(date(completed))</span>"
        } else if a.rating == .overdue {
            status += "<br><span class=\"hint\">\(days(a.daysOverdue)) overdue</span>"
        } else if a.rating != .complete {
            status += "<br><span class=\"hint\">\(Escaping.html(action.status.label))</span>"
        }
        var update = action.update.map(paragraphText) ?? "<span class=\"hint\">No update</span>"
        if let when = action.updateDate { update += "<br><span class=\"hint\">Updated \(date(when))</span>" }
        update += evidence(action.evidence)
        return [
            "<span class=\"ref\">\(Escaping.html(action.id))</span> \(Escaping.html(action.description))"
                + "<br><span class=\"hint\">Recommendation \(Escaping.html(action.recommendation))</span>",
            Escaping.html(action.owner), due, status,
            action.score.map(String.init) ?? "<span class=\"hint\">Not scored</span>",
            action.direction.map { Escaping.html($0.label) } ?? "<span class=\"hint\">Not given</span>",
            update,
        ]
    }

    /// "1 day", "12 days".
    static func days(_ n: Int) -> String { Plural.day.count(n) }

    /// The recommendations of a theme: priority, progress, latest score and its change.
    static func recommendationTable(_ summary: ThemeSummary) -> String {
        listing(
            summary.recommendations, none: "No recommendations are recorded for this theme.",
            caption: "Recommendations for \(summary.theme.shortName)",
            columns: [
                .init(heading: "Reference"), .init(heading: "Recommendation"), .init(heading: "Priority"),
                .init(heading: "Actions complete", numeric: true), .init(heading: "Actions overdue", numeric: true),
                .init(heading: "Score (1 achieved, 5 a long way to go)", numeric: true),
                .init(heading: "Since the last meeting"),
            ]
        ) { rec in
            let actions = summary.actionsByRecommendation[rec.reference] ?? []
            let done = actions.filter { $0.rating == .complete }.count
            let late = actions.filter { $0.rating == .overdue }.count
            let priority =
                rec.priority == .immediate
                ? tag(rec.priority.label, colour: "red") : Escaping.html(rec.priority.label)
            let priorityNote =
                rec.priority == .immediate && summary.isAchieved(rec)
                ? "<br><span class=\"hint\">achieved, so no longer counted as needing it</span>" : ""
            let progress = summary.progress[rec.reference]
            var score = progress?.latest.map { String($0.score) } ?? "<span class=\"hint\">Not scored</span>"
            let sparkline = sparkline(progress)
            if !sparkline.isEmpty { score += "<br>" + sparkline }
            var change = progress.map { Escaping.html($0.changeDescription) } ?? ""
            if let direction = progress?.latest?.direction {
                change += "<br><span class=\"hint\">Direction: \(Escaping.html(direction.label))</span>"
            }
            return [
                Escaping.html(rec.reference), Escaping.html(rec.text), priority + priorityNote,
                "\(done) of \(actions.count)" + (summary.percentComplete(rec.reference).map { " (\($0))" } ?? ""),
                String(late), score, change,
            ]
        }
    }

    /// How many actions have each score, 1 to 5.
    static func scoreSpreadTable(_ summary: ThemeSummary) -> String {
        let spread = summary.scoreSpread
        var table = HTMLTable(
            caption: "Actions by progress score, \(summary.theme.shortName)",
            columns: [.init(heading: "Score"), .init(heading: "Actions", numeric: true)], rowHeaders: true)
        let words = ["1 (achieved)", "2", "3", "4", "5 (a long way to go)"]
        for (index, count) in spread.counts.enumerated() { table.rows.append([words[index], String(count)]) }
        table.rows.append(["Not scored", String(spread.unscored)])
        return table.html
    }

    /// Actions whose due date has moved, and by how much.
    static func movedActionsTable(_ summary: ThemeSummary) -> String {
        listing(
            summary.movedActions, none: "No action's due date has moved.",
            caption: "Actions whose due date has moved, \(summary.theme.shortName)",
            columns: [
                .init(heading: "Action"), .init(heading: "First due"), .init(heading: "Now due"),
                .init(heading: "Moved by", numeric: true), .init(heading: "Times moved", numeric: true),
            ]
        ) { a in
            [
                "<span class=\"ref\">\(Escaping.html(a.action.id))</span> \(Escaping.html(a.action.description))",
                date(a.action.originalDue), date(a.action.currentDue),
                (a.daysSlipped > 0 ? "" : "-") + days(abs(a.daysSlipped)), String(a.action.timesMoved),
            ]
        }
    }
}
