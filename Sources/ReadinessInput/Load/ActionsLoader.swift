import ReadinessModel

/// Reads `actions.csv` (declared in `ActionsFile`): the action plan.
package enum ActionsLoader {
    package static func load(_ table: CSVTable, asAt: CalendarDate?, log: inout DiagnosticLog) -> [Action] {
        typealias File = ActionsFile
        var result: [Action] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let id = row.read(File.id, log: &log)
            let recommendation = row.read(File.recommendation, log: &log)
            let description = row.read(File.action, log: &log)
            let owner = row.read(File.owner, log: &log)
            let due = row.read(File.due, log: &log)
            // The last written is the date in force, even when it is earlier than the one before.
            let revised = row.read(File.revisedDue, log: &log) ?? []
            let status = row.read(File.status, log: &log)
            let score = row.read(File.score, log: &log)
            let direction = row.read(File.direction, log: &log)
            let updateDate = row.read(File.updateDate, log: &log)
            let completed = completedDate(row, status: status, asAt: asAt, log: &log)
            let evidence = row.read(File.evidence, log: &log) ?? []
            if let updateDate, let asAt, updateDate > asAt {
                log.warning(
                    "'\(File.updateDate.name)' \(updateDate.iso) is after the as-at date \(asAt.iso)",
                    at: row.location(of: File.updateDate), hint: "check the date; pages show the update as it is")
            }
            guard let id, let recommendation, let description, let owner, let due, let status else { continue }
            result.append(
                Action(
                    id: id, recommendation: recommendation, description: description, owner: owner, originalDue: due,
                    revisedDue: revised, status: status, score: score, direction: direction,
                    update: row.read(File.update, log: &log), updateDate: updateDate, completed: completed,
                    evidence: evidence, location: row.location(of: File.id)))
        }
        IdentifierRules.reportDuplicates(result, id: \.id, location: \.location, what: "action", log: &log)
        return result
    }

    /// The `Completed date`, if given: a date after the as-at date draws a warning (it cannot
    /// have happened yet), and one on an action not marked Complete is ignored with a warning.
    static func completedDate(
        _ row: CSVRowReader, status: ActionStatus?, asAt: CalendarDate?, log: inout DiagnosticLog
    ) -> CalendarDate? {
        let column = ActionsFile.completed
        guard let date = row.read(column, log: &log) else { return nil }
        let at = row.location(of: column)
        if let asAt, date > asAt {
            log.warning(
                "'\(column.name)' \(date.iso) is after the as-at date \(asAt.iso)", at: at,
                hint: "check the date or the as-at date; pages show the action as complete on that date")
        }
        if let status, status != .complete {
            log.warning(
                "'\(column.name)' is given but the status is '\(status.label)'", at: at,
                hint: "set the status to Complete, or clear the date; the date is ignored")
            return nil
        }
        return date
    }
}
