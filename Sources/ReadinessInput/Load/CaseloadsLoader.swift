import ReadinessModel

/// Reads `caseloads.csv` (declared in `CaseloadsFile`): monthly caseload and staffing per team.
package enum CaseloadsLoader {
    /// A month after the as-at date's draws one warning, at its first row: its rows are loaded
    /// (so the teams in them are known) and left out of the figures (`SiteFigures`).
    package static func load(_ table: CSVTable, asAt: CalendarDate? = nil, log: inout DiagnosticLog)
        -> [CaseloadSnapshot]
    {
        typealias File = CaseloadsFile
        var result: [CaseloadSnapshot] = []
        var seen: [String: SourceLocation] = [:]
        var futureMonths: Set<CalendarMonth> = []
        for record in table.rows {
            let row = table.reader(for: record)
            let month = row.read(File.month, log: &log)
            let team = row.read(File.team, log: &log)
            let area = row.read(File.serviceArea, log: &log)
            let children = row.read(File.childrenAllocated, log: &log)
            let fte = row.read(File.caseHoldingFTE, log: &log)
            let inPost = row.read(File.inPostFTE, log: &log)
            let agency = row.read(File.agencyFTE, log: &log)
            let vacancy = row.read(File.vacancyFTE, log: &log)
            let leavers = row.read(File.leaversFTE, log: &log)
            guard let month, let team, let area, let children, let fte else { continue }
            if let asAt, month > CalendarMonth(asAt), futureMonths.insert(month).inserted {
                log.warning(
                    "the rows for \(month.long) are for a month after the as-at date \(asAt.long), so they are left out of the figures",
                    at: row.location(of: File.month),
                    hint: "check the month, or build as at a day in \(month.long) or later with --as-of")
            }
            let key = "\(month)|\(CSVTable.normalise(team))"
            if let first = seen[key] {
                log.error(
                    "team '\(team)' has two rows for \(month.long); the first is at line \(first.line)",
                    at: row.location(of: File.team), hint: "keep one row per team per month")
                continue
            }
            seen[key] = row.location(of: File.team)
            result.append(
                CaseloadSnapshot(
                    month: month, team: team, serviceArea: area, childrenAllocated: children, caseHoldingFTE: fte,
                    inPostFTE: inPost, agencyFTE: agency, vacancyFTE: vacancy, leaversFTE: leavers,
                    location: row.location(of: File.month)))
        }
        return result
    }
}
