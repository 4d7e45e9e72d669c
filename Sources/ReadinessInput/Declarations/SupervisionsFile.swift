import ReadinessModel

/// `supervisions.csv`, declared once, and the figure worked out from it: workers supervised
/// within the council's own standard, per team (ILACS: management oversight and supervision).
///
/// One row per supervision held; a worker with none yet has one row with a blank date. The
/// worker column tells workers apart while the file is read and is never kept or shown.
package enum SupervisionsFile {
    static let worker = ColumnKey.text(
        "Worker", aliases: ["Worker Name", "Worker ID", "Social worker", "Staff name", "Staff ID"], personal: true,
        summary: "the worker's name or staff id: read to tell workers apart, never kept or shown")
    static let team = ColumnKey.text("Team", summary: "the worker's team, as in caseloads.csv")
    static let held = ColumnKey.date(
        "Supervision date", aliases: ["Date", "Date held", "Date of supervision", "Supervised on"], blankAllowed: true,
        summary: "the day a supervision was held; blank for a worker not yet supervised")

    /// The file's declaration.
    package static let declaration = DataFileDeclaration(
        "supervisions.csv", purpose: "supervisions held, one row per supervision, per team and worker",
        holdsProtectedCounts: true,
        columns: [worker.column, team.column, held.column])

    /// Workers supervised within the standard, per team.
    package static let indicator = TeamIndicator(
        id: "supervision", heading: { "Workers supervised within \($0)" },
        definition:
            "a worker is within the standard when their latest supervision dated on or before the as-at date is no longer ago than `supervision.standard` (default 4 weeks; calendar or working days, weeks or months, as for timeliness); a worker with no supervision on or before the as-at date is not within. Counted per team: a worker listed in two teams counts in each.",
        file: declaration, team: team, counted: "Workers", noneRecorded: "Not yet supervised",
        defaultStandard: Interval(4, .weeks), defaultTheme: "leaders",
        count: count, reason: { "not every worker has had supervision within \($0.standard)" })

    /// Each team's workers, and those whose latest supervision is within the standard.
    static func count(
        _ table: CSVTable, setting: IndicatorSetting, asAt: CalendarDate, calendar: WorkingDayCalendar,
        log: inout DiagnosticLog
    ) -> [String: TimelinessResult.Counts] {
        // Team (as first written) -> worker key -> latest supervision held by the as-at date.
        var teams: [String: String] = [:]
        var latest: [String: [String: CalendarDate?]] = [:]
        for record in table.rows {
            let row = table.reader(for: record)
            let name = row.read(worker, log: &log)
            let teamName = row.read(team, log: &log)
            let date = row.read(held, log: &log)
            guard let name, let teamName else { continue }
            let teamKey = CSVTable.normalise(teamName)
            if teams[teamKey] == nil { teams[teamKey] = teamName }
            let workerKey = CSVTable.normalise(name)
            let known = latest[teamKey]?[workerKey] ?? nil
            // A date after the as-at date is not yet held.
            let counted = date.flatMap { $0 <= asAt ? $0 : nil }
            latest[teamKey, default: [:]][workerKey] = [known, counted].compactMap { $0 }.max()
        }
        var counts: [String: TimelinessResult.Counts] = [:]
        for (teamKey, workers) in latest {
            var c = TimelinessResult.Counts()
            for last in workers.values {
                c.population += 1
                if let last {
                    if setting.standard.contains(asAt, after: last, calendar: calendar) { c.within += 1 }
                } else {
                    c.noDate += 1
                }
            }
            counts[teams[teamKey] ?? teamKey] = c
        }
        return counts
    }
}
