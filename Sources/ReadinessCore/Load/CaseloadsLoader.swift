/// Reads `caseloads.csv`: monthly caseload and staffing per team.
package enum CaseloadsLoader {
    package static let columns: [CSVTable.Column] = [
        .init("Month"),
        .init("Team"),
        .init("Service area", aliases: ["Service"]),
        .init("Children allocated", aliases: ["Children", "Cases"]),
        .init("Case-holding FTE", aliases: ["Case holding FTE", "Caseholding FTE"]),
        .init("In-post FTE", required: false, aliases: ["In post FTE", "Permanent FTE"]),
        .init("Agency FTE", required: false),
        .init("Vacancy FTE", required: false, aliases: ["Vacancies", "Vacancies FTE"]),
        .init("Leavers FTE", required: false, aliases: ["Leavers"]),
    ]

    package static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [CaseloadSnapshot] {
        var result: [CaseloadSnapshot] = []
        var seen: [String: SourceLocation] = [:]
        for record in table.rows {
            let row = table.reader(for: record)
            var month: CalendarMonth?
            if let text = row.required("Month", log: &log) {
                month = CalendarMonth.parse(text)
                if month == nil {
                    log.error(
                        "'Month' '\(text)' is not a month Readiness can read", at: row.location(of: "Month"),
                        hint: "write months as 2026-11, 11/2026 or Nov 2026")
                }
            }
            let team = row.required("Team", log: &log)
            let area = row.required("Service area", log: &log)
            let children = row.integer("Children allocated", in: 0...10_000_000, required: true, log: &log)
            let fte = row.decimal("Case-holding FTE", required: true, log: &log)
            let inPost = row.decimal("In-post FTE", log: &log)
            let agency = row.decimal("Agency FTE", log: &log)
            let vacancy = row.decimal("Vacancy FTE", log: &log)
            let leavers = row.decimal("Leavers FTE", log: &log)
            guard let month, let team, let area, let children, let fte else { continue }
            let key = "\(month)|\(CSVTable.normalise(team))"
            if let first = seen[key] {
                log.error(
                    "team '\(team)' has two rows for \(month.long); the first is at line \(first.line)",
                    at: row.location(of: "Team"), hint: "keep one row per team per month")
                continue
            }
            seen[key] = row.location(of: "Team")
            result.append(
                CaseloadSnapshot(
                    month: month, team: team, serviceArea: area, childrenAllocated: children, caseHoldingFTE: fte,
                    inPostFTE: inPost, agencyFTE: agency, vacancyFTE: vacancy, leaversFTE: leavers,
                    location: row.location(of: "Month")))
        }
        return result
    }
}
