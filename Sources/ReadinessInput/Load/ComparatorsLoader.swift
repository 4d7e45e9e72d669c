import ReadinessModel

/// Reads `comparators.csv` (declared in `ComparatorsFile`): each row a published figure, named by
/// the measure it is read against, which must be one the site has.
enum ComparatorsLoader {
    static func load(_ table: CSVTable, measures: [TimelinessMeasure], log: inout DiagnosticLog) -> [ComparatorFigure] {
        typealias File = ComparatorsFile
        // What a row may name, loosely: a check's id, a configured measure's name, a workforce figure.
        var known: [String: Bool] = [:]  // key: whether it is a percentage
        for check in TimelinessMeasure.Check.allCases { known[TextKey.normalise(check.rawValue)] = true }
        for measure in measures { known[TextKey.normalise(measure.name)] = true }
        for (key, figure) in PublishedFigure.workforce { known[TextKey.normalise(key)] = figure.isPercentage }
        var result: [ComparatorFigure] = []
        var seen: [String: SourceLocation] = [:]
        for record in table.rows {
            let row = table.reader(for: record)
            let measure = row.read(File.measure, log: &log)
            let area = row.read(File.area, log: &log)
            let year = row.read(File.year, log: &log)
            let valueText = row.read(File.value, log: &log)
            let source = row.read(File.source, log: &log)
            let status = row.read(File.status, log: &log) ?? .published
            guard let measure, let area, let year, let valueText, let source else { continue }
            guard let isPercentage = known[TextKey.normalise(measure)] else {
                log.error(
                    "'\(measure.quotable)' is not a measure this site has",
                    at: row.location(of: File.measure),
                    hint:
                        "write a timeliness check's id (such as referrals), a measure's name from settings.yaml, or caseload, agency rate, vacancy rate or turnover rate"
                )
                continue
            }
            var number = valueText.trimmingSpaces
            if number.hasSuffix("%") { number = String(number.dropLast()).trimmingSpaces }
            guard let value = Double(number), value.isFinite, value >= 0, !isPercentage || value <= 100,
                number.allSatisfy({ $0.isNumber || $0 == "." })
            else {
                log.error(
                    "the value '\(valueText.quotable)' is not \(isPercentage ? "a percentage from 0 to 100" : "a number of zero or more")",
                    at: row.location(of: File.value),
                    hint: isPercentage
                        ? "write the published percentage as 22.4 or 22.4%, not as a fraction or with words"
                        : "write the published figure as digits, such as 16.3")
                continue
            }
            // `2024-25`, `2024/25` and `2024 to 2025`... one year however written: its digits.
            let key = "\(TextKey.normalise(measure))|\(area)|\(ComparatorFigure.yearKey(year))"
            if let first = seen[key] {
                log.error(
                    "\(area.label) has two values of '\(measure.quotable)' for \(year); the first is at line \(first.line)",
                    at: row.location, hint: "keep one row per measure, area and year")
                continue
            }
            if isPercentage && value > 0 && value < 1 && !valueText.contains("%") {
                log.warning(
                    "the value '\(valueText.quotable)' is read as \(valueText.trimmingSpaces)%, under 1%",
                    at: row.location(of: File.value),
                    hint: "if the table gives a fraction (0.15 for 15%), write the percentage: 15")
            }
            seen[key] = row.location
            result.append(
                ComparatorFigure(
                    measure: measure, area: area, year: year, value: value, source: source, status: status,
                    location: row.location))
        }
        return result
    }
}
