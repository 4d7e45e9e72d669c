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
    /// The rows left out because they have too few or too many cells (reported), kept only to
    /// tell which records did not load (`values(of:inRowsNotAt:)`).
    var misshapen: [CSVReader.Record] = []

    /// Reads a declared data file's table, under the council's own headings for it if
    /// settings.yaml gives any (`columns:`).
    public static func read(
        _ source: SourceText, as file: DataFileDeclaration, mapping: ColumnMapping? = nil, log: inout DiagnosticLog
    ) -> CSVTable? {
        read(
            source, columns: file.columns,
            matcher: HeadingMatcher(file: file.name, columns: file.columns, mapping: mapping),
            log: &log, quoteValues: file.personalColumns.isEmpty)
    }

    /// Reads a table; reports missing required columns, duplicate headings and ragged rows.
    /// Returns nil when the file cannot be used at all (no header, required columns missing).
    /// `quoteValues: false` keeps cell text out of messages, for files holding personal data.
    public static func read(
        _ source: SourceText, columns: [DataColumn], log: inout DiagnosticLog, quoteValues: Bool = true
    ) -> CSVTable? {
        let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
        return read(
            source, columns: columns, matcher: HeadingMatcher(file: name, columns: columns, mapping: nil), log: &log,
            quoteValues: quoteValues)
    }

    /// Reads a table, its header matched by `matcher`.
    static func read(
        _ source: SourceText, columns: [DataColumn], matcher: HeadingMatcher, log: inout DiagnosticLog,
        quoteValues: Bool
    ) -> CSVTable? {
        let records = CSVReader.records(in: source, log: &log)
        guard let header = records.first else {
            log.error(
                "the file is empty", file: source.path,
                hint: "it needs a header row naming the columns: "
                    + columns.filter(\.required).map(\.name).joined(separator: ", "))
            return nil
        }
        var positions: [String: Int] = [:]
        var unknown = 0
        for (index, cell) in header.cells.enumerated() {
            let at = SourceLocation(file: source.path, line: cell.line, column: cell.column)
            if normalise(cell.text).isEmpty { continue }
            let name: String
            switch matcher.match(cell.text) {
            case .column(let column): name = column
            case .ignored: continue
            case .displaced(let column):
                matcher.reportDisplaced(column, path: source.path, log: &log)
                continue
            case .unknown:
                // Child-level lists have many columns Readiness does not read: that is expected.
                if !quoteValues { continue }
                unknown += 1
                if unknown > 10 { continue }
                log.warning(
                    "column '\(cell.text.trimmingSpaces.quotable)' is not one Readiness reads, so it is ignored",
                    at: at, hint: "check the spelling; " + matcher.unknownHint(cell.text, columns: columns))
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
        let unfound = matcher.reportUnfound(
            found: Set(positions.keys), headings: header.cells.map(\.text), path: source.path, log: &log)
        let missing = columns.filter { $0.required && positions[$0.name] == nil }
        for column in missing where !unfound.contains(column.name) {
            log.error(
                "required column '\(column.name)' is missing from the header",
                at: SourceLocation(file: source.path, line: header.line, column: 1),
                hint: "add a column headed '\(column.name)'")
        }
        if !missing.isEmpty { return nil }

        let width = header.cells.count
        var rows: [CSVReader.Record] = []
        var misshapen: [CSVReader.Record] = []
        rows.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            // Whole-blank rows are what spreadsheets leave at the bottom: skip them.
            if record.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) { continue }
            if record.cells.count < width {
                log.error(
                    "this row has \(record.cells.count) cells but the header has \(width)",
                    at: SourceLocation(file: source.path, line: record.line, column: 1),
                    hint: "a line break or comma inside a cell must be within double quotes")
                misshapen.append(record)
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
                misshapen.append(record)
                continue
            }
            rows.append(record)
        }
        return CSVTable(
            path: source.path, rows: rows, positions: positions, quoteValues: quoteValues, misshapen: misshapen)
    }

    /// The trimmed, non-blank texts of a column in the rows that did not load: those left out
    /// here for their shape, and those none of whose lines is in `loaded` (the lines the
    /// records a loader made start at). For telling a reference to a record that was dropped
    /// because of an error from one to a record that was never there (`LoadFailures`).
    package func values(of column: String, inRowsNotAt loaded: Set<Int>) -> Set<String> {
        var values: Set<String> = []
        for record in rows + misshapen {
            let last = record.cells.last?.line ?? record.line
            if record.line <= last, (record.line...last).contains(where: loaded.contains) { continue }
            if let index = positions[column], index < record.cells.count {
                let text = record.cells[index].text.trimmingSpaces
                if !text.isEmpty { values.insert(text) }
            }
        }
        return values
    }

    /// Lower-case letters and digits only: the loose form header names are compared in
    /// (`TextKey.normalise`).
    package static func normalise(_ text: String) -> String { TextKey.normalise(text) }

    /// A reader for one row that reports problems with its cells.
    public func reader(for record: CSVReader.Record) -> CSVRowReader {
        CSVRowReader(table: self, record: record)
    }
}
