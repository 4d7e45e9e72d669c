/// Reads `follow-ups.csv`: what committees resolved and expect back.
enum FollowUpsLoader {
    static let columns: [CSVTable.Column] = [
        .init("ID", aliases: ["Ref"]),
        .init("Committee"),
        .init("Meeting date", aliases: ["Meeting"]),
        .init("Minute", required: false, aliases: ["Minute reference", "Minute ref"]),
        .init("Resolution"),
        .init("Kind", aliases: ["Type"]),
        .init("Due", aliases: ["Due date", "Report back"]),
        .init("Owner", aliases: ["Owner role", "Lead"]),
        .init("Status"),
        .init("Theme", required: false),
        .init("Completed date", required: false, aliases: ["Completed", "Date completed"]),
    ]

    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [FollowUp] {
        var result: [FollowUp] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let id = row.required("ID", log: &log)
            let committee = row.required("Committee", log: &log)
            let meeting = row.date("Meeting date", required: true, log: &log)
            let resolution = row.required("Resolution", log: &log)
            let kind = row.choice("Kind", as: FollowUpKind.self, log: &log)
            var due: FollowUpDue?
            if let text = row.required("Due", log: &log) {
                due = FollowUpDue.parse(text)
                if due == nil {
                    if case .failure(.impossible) = CalendarDate.parse(text) {
                        log.error(
                            "'Due' '\(text)' is not a real date", at: row.location(of: "Due"),
                            hint: "check the day and month; write dates as 2026-02-28 or 28/02/2026")
                    } else {
                        log.error(
                            "'Due' '\(text)' is neither a date nor an interval", at: row.location(of: "Due"),
                            hint:
                                "write a date (2026-03-01), an interval after the meeting ('3 months', '6 weeks'), or 'next meeting'"
                        )
                    }
                }
            }
            let owner = row.required("Owner", log: &log)
            let status = row.choice("Status", as: FollowUpStatus.self, log: &log)
            let completed = row.date("Completed date", log: &log)
            guard let id, let committee, let meeting, let resolution, let kind, let due, let owner, let status else {
                continue
            }
            if let completed, completed < meeting {
                log.error(
                    "'Completed date' \(completed.iso) is before the meeting on \(meeting.iso)",
                    at: row.location(of: "Completed date"), hint: "check the dates")
            }
            result.append(
                FollowUp(
                    id: id, committee: committee, meetingDate: meeting, minute: row.text("Minute"),
                    resolution: resolution, kind: kind, due: due, owner: owner, status: status,
                    theme: row.text("Theme"), completed: completed, location: row.location(of: "ID")))
        }
        IdentifierRules.reportDuplicates(result, id: \.id, location: \.location, what: "follow-up", log: &log)
        return result
    }
}
