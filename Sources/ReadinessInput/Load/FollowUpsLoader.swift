import ReadinessModel

/// Reads `follow-ups.csv` (declared in `FollowUpsFile`): what committees resolved and expect back.
enum FollowUpsLoader {
    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [FollowUp] {
        typealias File = FollowUpsFile
        var result: [FollowUp] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let id = row.read(File.id, log: &log)
            let committee = row.read(File.committee, log: &log)
            let meeting = row.read(File.meetingDate, log: &log)
            let resolution = row.read(File.resolution, log: &log)
            let kind = row.read(File.kind, log: &log)
            let due = row.read(File.due, log: &log)
            let owner = row.read(File.owner, log: &log)
            let status = row.read(File.status, log: &log)
            let completed = row.read(File.completed, log: &log)
            guard let id, let committee, let meeting, let resolution, let kind, let due, let owner, let status else {
                continue
            }
            if let completed, completed < meeting {
                log.error(
                    "'\(File.completed.name)' \(completed.iso) is before the meeting on \(meeting.iso)",
                    at: row.location(of: File.completed), hint: "check the dates")
            }
            result.append(
                FollowUp(
                    id: id, committee: committee, meetingDate: meeting, minute: row.read(File.minute, log: &log),
                    resolution: resolution, kind: kind, due: due, owner: owner, status: status,
                    theme: row.read(File.theme, log: &log), completed: completed, location: row.location(of: File.id)))
        }
        IdentifierRules.reportDuplicates(result, id: \.id, location: \.location, what: "follow-up", log: &log)
        return result
    }
}
