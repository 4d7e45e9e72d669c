import ReadinessCompute
import ReadinessModel

/// Tables about committee follow-ups.
extension HTMLBlocks {
    /// Committee follow-ups with due dates, status and days overdue or taken.
    static func followUpTable(_ items: [FollowUpAssessment], caption: String) -> String {
        listing(
            items, none: "No committee follow-ups are recorded.", caption: caption,
            columns: [
                .init(heading: "Reference"), .init(heading: "Resolution"), .init(heading: "Meeting"),
                .init(heading: "Due"),
                .init(heading: "Owner", filter: true), .init(heading: "Status", filter: true),
            ],
            sortKeys: { item in
                [nil, nil, item.followUp.meetingDate.iso, item.dueDate?.iso ?? "", nil, item.statusLabel]
            }
        ) { item in
            let f = item.followUp
            var status = tag(item.statusLabel, colour: item.colour)
            if item.isOverdue {
                status += "<br><span class=\"hint\">\(days(item.daysOverdue)) overdue</span>"
            } else if let taken = item.daysToComplete, f.status == .complete {
                status += "<br><span class=\"hint\">done " + (taken == 0 ? "the same day" : "in \(days(taken))")
                if let late = item.daysLate { status += ", \(days(late)) late" }
                status += "</span>"
            }
            var due = item.dueDate.map(date) ?? "<span class=\"hint\">Unknown</span>"
            if case .after(let interval) = f.due {
                due += "<br><span class=\"hint\">\(interval) after the meeting</span>"
            }
            if case .nextMeeting = f.due { due += "<br><span class=\"hint\">next meeting</span>" }
            return [
                Escaping.html(f.id)
                    + (f.minute.map { "<br><span class=\"hint\">Minute \(Escaping.html($0))</span>" } ?? ""),
                Escaping.html(f.resolution) + "<br><span class=\"hint\">\(Escaping.html(f.kind.label))</span>",
                Escaping.html(f.committee) + "<br>" + date(f.meetingDate), due, Escaping.html(f.owner), status,
            ]
        }
    }
}
