/// Reads `progress-history.csv`: each recommendation's score at each committee meeting.
enum ProgressHistoryLoader {
    static let columns: [CSVTable.Column] = [
        .init("Recommendation", aliases: ["Reference"]),
        .init("Date", aliases: ["Meeting date", "Reported"]),
        .init("Score", aliases: ["Progress score"]),
        .init("Direction", required: false, aliases: ["Direction of travel", "DoT"]),
    ]

    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [ProgressRecord] {
        var result: [ProgressRecord] = []
        var seen: [String: SourceLocation] = [:]
        for record in table.rows {
            let row = table.reader(for: record)
            let recommendation = row.required("Recommendation", log: &log)
            let date = row.date("Date", required: true, log: &log)
            let score = row.integer("Score", in: 1...5, required: true, log: &log)
            let direction = row.choice("Direction", as: DirectionOfTravel.self, required: false, log: &log)
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

/// Reads `bank-holidays.csv`: the days that are not working days besides weekends.
enum BankHolidaysLoader {
    static let columns: [CSVTable.Column] = [.init("Date"), .init("Name", required: false)]

    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [CalendarDate] {
        table.rows.compactMap { table.reader(for: $0).date("Date", required: true, log: &log) }
    }
}
