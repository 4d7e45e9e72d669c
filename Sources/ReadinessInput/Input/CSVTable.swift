import ReadinessModel

/// A CSV file read against the columns a kind of record needs.
///
/// Header names are matched loosely, the way people type them: case, spaces, hyphens and
/// underscores do not matter, so `Due date`, `due_date` and `DueDate` are one column.
public struct CSVTable: Sendable {
    /// The file's path as shown in diagnostics.
    public let path: String
    /// The data rows (header excluded), each with its cells in the header's order.
    public let rows: [CSVReader.Record]
    /// For each known column name, its position in the file, if present.
    let positions: [String: Int]
    /// Whether messages may repeat a cell's text: not for a file that names people, where a
    /// cell out of place (a name with an unquoted comma) could put a name into a build log.
    let quoteValues: Bool
    /// The council's own words for the vocabularies (settings.yaml's `vocabularies:`), which its
    /// cells are matched against after the built-in ones; `DataLoader` sets them.
    package var vocabularies = Vocabularies()

    /// Reads a declared data file's table.
    public static func read(_ source: SourceText, as file: DataFileDeclaration, log: inout DiagnosticLog) -> CSVTable? {
        read(source, columns: file.columns, log: &log, quoteValues: file.personalColumns.isEmpty)
    }

    /// Reads a table; reports missing required columns, duplicate headings and ragged rows.
    /// Returns nil when the file cannot be used at all (no header, required columns missing).
    /// `quoteValues: false` keeps cell text out of messages, for files holding personal data.
    public static func read(
        _ source: SourceText, columns: [DataColumn], log: inout DiagnosticLog, quoteValues: Bool = true
    ) -> CSVTable? {
        let records = CSVReader.records(in: source, log: &log)
        guard let header = records.first else {
            log.error(
                "the file is empty", file: source.path,
                hint: "it needs a header row naming the columns: "
                    + columns.filter(\.required).map(\.name).joined(separator: ", "))
            return nil
        }
        var lookup: [String: String] = [:]
        for column in columns {
            lookup[normalise(column.name)] = column.name
            for alias in column.aliases { lookup[normalise(alias)] = column.name }
        }
        var positions: [String: Int] = [:]
        var unknown = 0
        for (index, cell) in header.cells.enumerated() {
            let key = normalise(cell.text)
            let at = SourceLocation(file: source.path, line: cell.line, column: cell.column)
            if key.isEmpty { continue }
            guard let name = lookup[key] else {
                // Child-level lists have many columns Readiness does not read: that is expected.
                if !quoteValues { continue }
                unknown += 1
                if unknown > 10 { continue }
                log.warning(
                    "column '\(cell.text.trimmingSpaces.quotable)' is not one Readiness reads, so it is ignored",
                    at: at,
                    hint: "check the spelling; the columns are: " + columns.map(\.name).joined(separator: ", "))
                continue
            }
            if positions[name] != nil {
                log.error(
                    "column '\(name)' appears twice in the header", at: at,
                    hint: "keep one of the two columns and delete or rename the other")
                continue
            }
            positions[name] = index
        }
        if unknown > 10 {
            log.warning(
                "and \(unknown - 10) more columns Readiness does not read",
                at: SourceLocation(file: source.path, line: header.line, column: 1))
        }
        let missing = columns.filter { $0.required && positions[$0.name] == nil }
        for column in missing {
            log.error(
                "required column '\(column.name)' is missing from the header",
                at: SourceLocation(file: source.path, line: header.line, column: 1),
                hint: "add a column headed '\(column.name)'")
        }
        if !missing.isEmpty { return nil }

        let width = header.cells.count
        var rows: [CSVReader.Record] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            // Whole-blank rows are what spreadsheets leave at the bottom: skip them.
            if record.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) { continue }
            if record.cells.count < width {
                log.error(
                    "this row has \(record.cells.count) cells but the header has \(width)",
                    at: SourceLocation(file: source.path, line: record.line, column: 1),
                    hint: "a line break or comma inside a cell must be within double quotes")
                continue
            }
            // A file that names people takes no extra cell, even a blank one: a name with an
            // unquoted comma would otherwise move part of it into the next column.
            if record.cells.count > width,
                let extra = record.cells[width...].first(where: { !quoteValues || !$0.text.trimmingSpaces.isEmpty })
            {
                log.error(
                    "this row has \(record.cells.count) cells but the header has \(width)",
                    at: SourceLocation(file: source.path, line: extra.line, column: extra.column),
                    hint: "a comma inside a cell must be within double quotes, or add a heading for the extra column")
                continue
            }
            rows.append(record)
        }
        return CSVTable(path: source.path, rows: rows, positions: positions, quoteValues: quoteValues)
    }

    /// Lower-case letters and digits only: the loose form header names are compared in
    /// (`TextKey.normalise`).
    package static func normalise(_ text: String) -> String { TextKey.normalise(text) }

    /// A reader for one row that reports problems with its cells.
    public func reader(for record: CSVReader.Record) -> CSVRowReader {
        CSVRowReader(table: self, record: record)
    }
}
