import ReadinessModel

/// Reads `progress-history.csv` (declared in `ProgressHistoryFile`): each recommendation's score
/// at each committee meeting.
enum ProgressHistoryLoader {
    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [ProgressRecord] {
        typealias File = ProgressHistoryFile
        var result: [ProgressRecord] = []
        var seen: [String: SourceLocation] = [:]
        for record in table.rows {
            let row = table.reader(for: record)
            let recommendation = row.read(File.recommendation, log: &log)
            let date = row.read(File.date, log: &log)
            let score = row.read(File.score, log: &log)
            let direction = row.read(File.direction, log: &log)
            guard let recommendation, let date, let score else { continue }
            let key = "\(recommendation)|\(date.iso)"
            if let first = seen[key] {
                log.error(
                    "recommendation \(recommendation) has two scores for \(date.long); the first is at line \(first.line)",
                    at: row.location, hint: "keep one row per recommendation per date")
                continue
            }
            seen[key] = row.location
            result.append(
                ProgressRecord(
                    recommendation: recommendation, date: date, score: score, direction: direction,
                    location: row.location))
        }
        return result
    }
}

/// Reads `bank-holidays.csv` (declared in `BankHolidaysFile`): the days that are not working
/// days besides weekends.
enum BankHolidaysLoader {
    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [CalendarDate] {
        table.rows.compactMap { table.reader(for: $0).read(BankHolidaysFile.date, log: &log) }
    }
}
