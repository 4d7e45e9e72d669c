/// Reads `actions.csv`: the action plan.
package enum ActionsLoader {
    package static let columns: [CSVTable.Column] = [
        .init("ID", aliases: ["Action ID", "Ref"]),
        .init("Recommendation", aliases: ["Recommendation reference"]),
        .init("Action", aliases: ["Description"]),
        .init("Owner", aliases: ["Owner role", "Lead"]),
        .init("Due date", aliases: ["Due", "Original due date"]),
        .init("Revised due dates", required: false, aliases: ["Revised due date", "Revised due"]),
        .init("Status"),
        .init("Score", required: false, aliases: ["Progress score", "Progress"]),
        .init("Direction", required: false, aliases: ["Direction of travel", "DoT"]),
        .init("Latest update", required: false, aliases: ["Update", "Progress update"]),
        .init("Update date", required: false, aliases: ["Updated", "Date of update"]),
        .init("Evidence", required: false, aliases: ["Evidence links"]),
        .init("Completed date", required: false, aliases: ["Date completed", "Completed on", "Completion date"]),
    ]

    package static func load(_ table: CSVTable, asAt: CalendarDate?, log: inout DiagnosticLog) -> [Action] {
        var result: [Action] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let id = row.required("ID", log: &log)
            let recommendation = row.required("Recommendation", log: &log)
            let description = row.required("Action", log: &log)
            let owner = row.required("Owner", log: &log)
            let due = row.date("Due date", required: true, log: &log)
            let revised = revisedDates(row, log: &log)
            let status = row.choice("Status", as: ActionStatus.self, log: &log)
            let score = row.integer("Score", in: 1...5, log: &log)
            let direction = row.choice("Direction", as: DirectionOfTravel.self, required: false, log: &log)
            let updateDate = row.date("Update date", log: &log)
            let completed = completedDate(row, status: status, asAt: asAt, log: &log)
            let evidence = EvidenceParser.links(row.text("Evidence"), at: row.location(of: "Evidence"), log: &log)
            if let updateDate, let asAt, updateDate > asAt {
                log.warning(
                    "'Update date' \(updateDate.iso) is after the as-at date \(asAt.iso)",
                    at: row.location(of: "Update date"), hint: "check the date; pages show the update as it is")
            }
            guard let id, let recommendation, let description, let owner, let due, let status else { continue }
            result.append(
                Action(
                    id: id, recommendation: recommendation, description: description, owner: owner, originalDue: due,
                    revisedDue: revised, status: status, score: score, direction: direction,
                    update: row.text("Latest update"), updateDate: updateDate, completed: completed, evidence: evidence,
                    location: row.location(of: "ID")))
        }
        IdentifierRules.reportDuplicates(result, id: \.id, location: \.location, what: "action", log: &log)
        return result
    }

    /// Revised due dates, separated by semicolons or line breaks, in the order they were agreed:
    /// the last written is the date in force, even when it is earlier than the one before.
    static func revisedDates(_ row: CSVRowReader, log: inout DiagnosticLog) -> [CalendarDate] {
        guard let text = row.text("Revised due dates") else { return [] }
        let at = row.location(of: "Revised due dates")
        let parts = text.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "," }).map { $0.trimmingSpaces }
        return parts.filter { !$0.isEmpty }.compactMap {
            CSVRowReader.date($0, column: "Revised due dates", at: at, log: &log)
        }
    }

    /// The `Completed date`, if given: a date after the as-at date draws a warning (it cannot
    /// have happened yet), and one on an action not marked Complete is ignored with a warning.
    static func completedDate(
        _ row: CSVRowReader, status: ActionStatus?, asAt: CalendarDate?, log: inout DiagnosticLog
    ) -> CalendarDate? {
        guard let date = row.date("Completed date", log: &log) else { return nil }
        let at = row.location(of: "Completed date")
        if let asAt, date > asAt {
            log.warning(
                "'Completed date' \(date.iso) is after the as-at date \(asAt.iso)", at: at,
                hint: "check the date or the as-at date; pages show the action as complete on that date")
        }
        if let status, status != .complete {
            log.warning(
                "'Completed date' is given but the status is '\(status.label)'", at: at,
                hint: "set the status to Complete, or clear the date; the date is ignored")
            return nil
        }
        return date
    }
}

/// Reads the evidence cell: links separated by semicolons or line breaks, each either an
/// address or `label | address`. Only web addresses, email and relative paths are accepted.
enum EvidenceParser {
    static func links(_ text: String?, at location: SourceLocation, log: inout DiagnosticLog) -> [EvidenceLink] {
        guard let text else { return [] }
        var links: [EvidenceLink] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let piece = part.trimmingSpaces
            if piece.isEmpty { continue }
            let label: String
            let target: String
            if let bar = piece.lastIndex(of: "|") {
                label = piece[..<bar].trimmingSpaces
                target = piece[piece.index(after: bar)...].trimmingSpaces
            } else {
                label = piece
                target = piece
            }
            guard LinkPolicy.isAllowed(target) else {
                log.error(
                    "evidence link '\(target)' is not allowed", at: location,
                    hint:
                        "use an address starting http:// or https://, a mailto: address, or a path relative to the site"
                )
                continue
            }
            links.append(EvidenceLink(label: label.isEmpty ? target : label, target: target))
        }
        return links
    }
}
