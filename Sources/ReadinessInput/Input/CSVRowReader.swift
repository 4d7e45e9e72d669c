import ReadinessModel

/// Reads typed values from one CSV row through declared `ColumnKey`s, reporting each problem at
/// the cell's line and column.
public struct CSVRowReader: Sendable {
    let table: CSVTable
    let record: CSVReader.Record

    /// Where the row starts.
    public var location: SourceLocation {
        SourceLocation(file: table.path, line: record.line, column: 1, sheet: table.sheet)
    }

    /// The value of a column's cell, parsed and checked as the column's declared kind; nil when
    /// the cell is blank or absent (an error when the column does not allow blanks) or wrong.
    public func read<Value>(_ key: ColumnKey<Value>, log: inout DiagnosticLog) -> Value? {
        read(key, requiringValue: !key.column.blankAllowed, log: &log)
    }

    /// The same, with blanks refused or allowed whatever the declaration says: for rules across
    /// columns, such as "all four moderated grades, or none".
    public func read<Value>(_ key: ColumnKey<Value>, requiringValue: Bool, log: inout DiagnosticLog) -> Value? {
        guard let value = text(key.name) else {
            if requiringValue {
                log.error("'\(key.name)' is blank", at: location(of: key), hint: "every row needs a value here")
            }
            return nil
        }
        guard table.quoteValues else {
            // A file that names people: the cell's problem is told without its text.
            var scratch = DiagnosticLog()
            let parsed = key.parse(value, key.column, table.vocabularies, location(of: key), &scratch)
            if scratch.hasErrors {
                log.error(
                    "'\(key.name)' in this row is not \(DataFormatReference.accepts(key.column.kind)); its text is not repeated here because this file names people",
                    at: location(of: key), hint: "see docs/data-format.md for what the column accepts")
                return nil
            }
            if !scratch.warnings.isEmpty {
                log.warning(
                    "'\(key.name)' in this row may be misread; its text is not repeated here because this file names people",
                    at: location(of: key), hint: "check the cell against docs/data-format.md")
            }
            return parsed
        }
        return key.parse(value, key.column, table.vocabularies, location(of: key), &log)
    }

    /// Whether a column's cell is blank or absent.
    public func isBlank<Value>(_ key: ColumnKey<Value>) -> Bool {
        text(key.name) == nil
    }

    /// Where a column's cell is (the row's start if the column is absent).
    public func location<Value>(of key: ColumnKey<Value>) -> SourceLocation {
        location(of: key.name)
    }

    /// The cell of a column, by its documented name, or nil if the file has no such column.
    func cell(_ column: String) -> CSVReader.Cell? {
        guard let index = table.positions[column], index < record.cells.count else { return nil }
        return record.cells[index]
    }

    /// Where a column's cell is, by its documented name (the row's start if it is absent).
    func location(of column: String) -> SourceLocation {
        guard let cell = cell(column) else { return location }
        return SourceLocation(file: table.path, line: cell.line, column: cell.column, sheet: table.sheet)
    }

    /// The trimmed text of a cell, by its column's documented name, or nil when it is blank or
    /// absent.
    func text(_ column: String) -> String? {
        guard let value = cell(column)?.text.trimmingSpaces, !value.isEmpty else { return nil }
        return value
    }
}
