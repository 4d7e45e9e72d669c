/// Reads child-level lists shaped like Ofsted's Annex A (lists 4, 6, 7 and 8, from
/// `data/annex-a/list-N.csv`) and reduces each row at once into per-team timeliness counts.
///
/// These files hold personal data. Nothing from a row is kept or printed: diagnostics name the
/// file, line, column and heading, never the cell's value.
enum ChildLevelLoader {
    /// The folder inside the data folder that holds the lists.
    static let folder = "annex-a"

    /// The headings each list is read by, with the spellings seen in Annex A workbooks.
    enum Heading {
        static let team = CSVTable.Column("Allocated Team", aliases: ["Team"])
        static let age = CSVTable.Column("Age of Child (Years)", required: false, aliases: ["Age"])
        static let assessmentStart = CSVTable.Column(
            "Assessment Start Date", aliases: ["Continuous Assessment Start Date", "Date Assessment Started"])
        static let assessmentEnd = CSVTable.Column(
            "Assessment Authorised Date", required: false,
            aliases: [
                "Continuous Assessment Date of Authorisation", "Assessment Completion Date",
                "Date Assessment Completed",
            ])
        static let cinStart = CSVTable.Column("CIN Start Date")
        static let cinSeen = CSVTable.Column("Date Child Was Last Seen")
        static let cinClosed = CSVTable.Column("CIN Closure Date", required: false)
        static let cpStart = CSVTable.Column("Child Protection Plan Start Date")
        static let cpVisit = CSVTable.Column(
            "Date of the Last Statutory Visit", aliases: ["Date of Last Statutory Visit"])
        static let cpReview = CSVTable.Column("Date of latest review conference", required: false)
        static let cpEnd = CSVTable.Column("Child Protection Plan End Date", required: false)
        static let claStart = CSVTable.Column("Date Started to be Looked After")
        static let claVisit = CSVTable.Column("Date of Last Social Work Visit")
        static let claReview = CSVTable.Column("Date of Latest Statutory Review", required: false)
        static let claHealth = CSVTable.Column("Date of Last Health Assessment", required: false)
        static let claEnd = CSVTable.Column("Date Ceased to be Looked After", required: false)
    }

    /// The columns read from each list (other columns, personal or not, are ignored unread).
    static func columns(list: Int) -> [CSVTable.Column] {
        switch list {
        case 4: [Heading.team, Heading.assessmentStart, Heading.assessmentEnd]
        case 6: [Heading.team, Heading.cinStart, Heading.cinSeen, Heading.cinClosed]
        case 7: [Heading.team, Heading.cpStart, Heading.cpVisit, Heading.cpReview, Heading.cpEnd]
        default:
            [
                Heading.team, Heading.age, Heading.claStart, Heading.claVisit, Heading.claReview, Heading.claHealth,
                Heading.claEnd,
            ]
        }
    }

    /// At most this many problems are listed per file; the rest are counted.
    static let problemLimit = 20

    /// Computes every measure, reading each list once.
    static func load(
        measures: [TimelinessMeasure], folder dataFolder: String, asAt: CalendarDate, calendar: WorkingDayCalendar,
        log: inout DiagnosticLog, ledger: inout InputLedger
    ) -> [TimelinessResult] {
        var byList: [Int: [TimelinessMeasure]] = [:]
        for measure in measures { byList[measure.check.list, default: []].append(measure) }
        var counts: [Int: [String: [TimelinessResult.Counts]]] = [:]
        for list in byList.keys.sorted() {
            let path = FileAccess.join(FileAccess.join(dataFolder, folder), "list-\(list).csv")
            let name = "data/\(folder)/list-\(list).csv"
            guard let source = FileAccess.readText(path, log: &log, ledger: &ledger, as: name) else { continue }
            var fileLog = DiagnosticLog()
            guard let table = CSVTable.read(source, columns: columns(list: list), log: &fileLog, quoteValues: false)
            else {
                log.merge(fileLog)
                continue
            }
            let listMeasures = byList[list] ?? []
            var perTeam: [String: [TimelinessResult.Counts]] = [:]
            for record in table.rows {
                let row = ChildRow(reader: table.reader(for: record))
                guard let team = row.reader.text(Heading.team.name) else {
                    fileLog.error("'Allocated Team' is blank", at: row.reader.location(of: Heading.team.name))
                    continue
                }
                var teamCounts =
                    perTeam[team]
                    ?? Array(repeating: TimelinessResult.Counts(), count: listMeasures.count)
                for (index, measure) in listMeasures.enumerated() {
                    TimelinessRules.count(
                        row, measure: measure, asAt: asAt, calendar: calendar, into: &teamCounts[index], log: &fileLog)
                }
                perTeam[team] = teamCounts
            }
            let problems = fileLog.errors
            for diagnostic in fileLog.all where diagnostic.severity == .warning { log.report(diagnostic) }
            for diagnostic in problems.prefix(problemLimit) { log.report(diagnostic) }
            if problems.count > problemLimit {
                log.error("and \(problems.count - problemLimit) more problems like these in this file", file: path)
            }
            counts[list] = perTeam
        }
        return measures.compactMap { measure in
            guard let perTeam = counts[measure.check.list],
                let index = byList[measure.check.list]?.firstIndex(of: measure)
            else { return nil }
            let teams = perTeam.keys.sorted().map {
                (team: $0, counts: perTeam[$0]?[index] ?? TimelinessResult.Counts())
            }
            return TimelinessResult(measure: measure, teams: teams)
        }
    }
}

/// One child-level row, read without keeping or printing its values.
struct ChildRow {
    let reader: CSVRowReader

    /// A date in a column; blank gives nil; an unreadable one is reported without its value.
    func date(_ column: CSVTable.Column, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = reader.text(column.name) else { return nil }
        switch CalendarDate.parse(text) {
        case .success(let date): return date
        case .failure(.impossible):
            log.error(
                "'\(column.name)' is not a real date", at: reader.location(of: column.name),
                hint: "check the day and month in this cell")
        case .failure(.unrecognised):
            log.error(
                "'\(column.name)' is not a date Readiness can read", at: reader.location(of: column.name),
                hint: "write dates as 2026-02-28 or 28/02/2026")
        }
        return nil
    }
}
