/// Reads typed values from one CSV row, reporting each problem at the cell's line and column.
public struct CSVRowReader: Sendable {
    let table: CSVTable
    let record: CSVReader.Record

    /// Where the row starts.
    public var location: SourceLocation {
        SourceLocation(file: table.path, line: record.line, column: 1)
    }

    /// The cell of a column, or nil if the file has no such column.
    public func cell(_ column: String) -> CSVReader.Cell? {
        guard let index = table.positions[column], index < record.cells.count else { return nil }
        return record.cells[index]
    }

    /// Where a column's cell is (the row's start if the column is absent).
    public func location(of column: String) -> SourceLocation {
        guard let cell = cell(column) else { return location }
        return SourceLocation(file: table.path, line: cell.line, column: cell.column)
    }

    /// The trimmed text of a cell, or nil when it is blank or absent.
    public func text(_ column: String) -> String? {
        guard let value = cell(column)?.text.trimmingSpaces, !value.isEmpty else { return nil }
        return value
    }

    /// The trimmed text of a cell that must not be blank.
    public func required(_ column: String, log: inout DiagnosticLog) -> String? {
        if let value = text(column) { return value }
        log.error("'\(column)' is blank", at: location(of: column), hint: "every row needs a value here")
        return nil
    }

    /// A date written 2026-11-22 or 22/11/2026, or nil when blank.
    public func date(_ column: String, required: Bool = false, log: inout DiagnosticLog) -> CalendarDate? {
        guard let value = required ? self.required(column, log: &log) : text(column) else { return nil }
        return CSVRowReader.date(value, column: column, at: location(of: column), log: &log)
    }

    /// Reads a date, with a message that says what is wrong and how to write it.
    static func date(
        _ value: String, column: String, at location: SourceLocation, log: inout DiagnosticLog
    ) -> CalendarDate? {
        switch CalendarDate.parse(value) {
        case .success(let date): return date
        case .failure(.impossible):
            log.error(
                "'\(column)' '\(value.quotable)' is not a real date", at: location,
                hint: "check the day and month; write dates as 2026-02-28 or 28/02/2026")
        case .failure(.unrecognised):
            log.error(
                "'\(column)' '\(value.quotable)' is not a date Readiness can read", at: location,
                hint: "write dates as 2026-02-28 or 28/02/2026")
        }
        return nil
    }

    /// A whole number in a range, or nil when blank.
    public func integer(
        _ column: String, in range: ClosedRange<Int>, required: Bool = false, log: inout DiagnosticLog
    ) -> Int? {
        guard let value = required ? self.required(column, log: &log) : text(column) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            log.error(
                "'\(column)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value.quotable)'",
                at: location(of: column))
            return nil
        }
        return number
    }

    /// A decimal number of at least zero (FTEs, counts with fractions), or nil when blank.
    public func decimal(_ column: String, required: Bool = false, log: inout DiagnosticLog) -> Double? {
        guard let value = required ? self.required(column, log: &log) : text(column) else { return nil }
        guard let number = Decimal1.parse(value) else {
            log.error(
                "'\(column)' must be a number of zero or more, such as 12 or 4.5, not '\(value.quotable)'",
                at: location(of: column))
            return nil
        }
        return number
    }

    /// One of a fixed set of words, matched without regard to case or spacing.
    public func choice<T: VocabularyTerm>(
        _ column: String, as type: T.Type, required: Bool = true, log: inout DiagnosticLog
    ) -> T? {
        guard let value = required ? self.required(column, log: &log) : text(column) else { return nil }
        guard let term = T.match(value) else {
            log.error(
                "'\(column)' '\(value.quotable)' is not one of: \(T.allCases.map(\.label).joined(separator: ", "))",
                at: location(of: column), hint: "use one of those words")
            return nil
        }
        return term
    }
}

extension String {
    /// The text for quoting in a message: at most 60 characters, line breaks shown as spaces.
    var quotable: String {
        let flat = String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }
}

/// Reads plain decimal numbers without the locale: `12`, `4.5`, `.5`, `1,234.5`.
enum Decimal1 {
    /// The number, or nil if the text is not a plain non-negative decimal.
    static func parse(_ text: String) -> Double? {
        let cleaned = text.filter { $0 != "," }
        guard !cleaned.isEmpty, cleaned.count <= 32,
            cleaned.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }),
            cleaned.filter({ $0 == "." }).count <= 1, cleaned != "."
        else { return nil }
        guard let value = Double(cleaned), value < 1e9 else { return nil }
        return value
    }
}
