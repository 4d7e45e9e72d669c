import ReadinessModel

/// A CSV file read against the columns a kind of record needs.
///
/// Header names are matched loosely, the way people type them: case, spaces, hyphens and
/// underscores do not matter, so `Due date`, `due_date` and `DueDate` are one column.
public struct CSVTable: Sendable {
    /// The file's path as shown in diagnostics.
    public let path: String
    /// The sheet the table was read from, when the file is a workbook.
    public let sheet: String?
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
    /// The council's own words for the vocabularies (settings.yaml's `vocabularies:`), which its
    /// cells are matched against after the built-in ones; `DataLoader` sets them.
    package var vocabularies = Vocabularies()

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
        read(
            CSVReader.records(in: source, log: &log), path: source.path, sheet: nil, columns: columns,
            matcher: matcher, log: &log, quoteValues: quoteValues)
    }

    /// Reads a table from its records (a CSV file's, or a workbook sheet's, whose lines are the
    /// rows and columns the columns' numbers), its header matched by `matcher`. The header is
    /// the first record naming every required column, among the first
    /// `headerSearchRows` (exports put a title above it), else the first record.
    static func read(
        _ records: [CSVReader.Record], path: String, sheet: String?, columns: [DataColumn], matcher: HeadingMatcher,
        log: inout DiagnosticLog, quoteValues: Bool
    ) -> CSVTable? {
        func location(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: path, line: line, column: column, sheet: sheet)
        }
        let headerIndex = Self.headerIndex(in: records, columns: columns, matcher: matcher)
        guard let headerIndex else {
            log.error(
                "the \(sheet == nil ? "file" : "sheet") is empty", at: location(0, 0),
                hint: "it needs a header row naming the columns: "
                    + columns.filter(\.required).map(\.name).joined(separator: ", "))
            return nil
        }
        let header = records[headerIndex]
        var positions: [String: Int] = [:]
        var unknown = 0
        for (index, cell) in header.cells.enumerated() {
            let at = location(cell.line, cell.column)
            if normalise(cell.text).isEmpty { continue }
            let name: String
            switch matcher.match(cell.text) {
            case .column(let column): name = column
            case .ignored: continue
            case .displaced(let column):
                matcher.reportDisplaced(
                    column, found: cell.text, headings: header.cells.map(\.text), path: shown(path, sheet), log: &log)
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
                at: location(header.line, 1))
        }
        let unfound = matcher.reportUnfound(
            found: Set(positions.keys), headings: header.cells.map(\.text), path: shown(path, sheet), log: &log)
        let missing = columns.filter { $0.required && positions[$0.name] == nil }
        for column in missing where !unfound.contains(column.name) {
            log.error(
                "required column '\(column.name)' is missing from the header",
                at: location(header.line, 1),
                hint: "add a column headed '\(column.name)'")
        }
        if !missing.isEmpty { return nil }

        let width = header.cells.count
        var rows: [CSVReader.Record] = []
        var misshapen: [CSVReader.Record] = []
        rows.reserveCapacity(records.count - headerIndex - 1)
        for var record in records[(headerIndex + 1)...] {
            // A sheet's row ends at its last cell with text: the rest are blank, not missing.
            if sheet != nil && record.cells.count < width {
                let next = (record.cells.last?.column ?? 0) + 1
                for column in next..<(next + width - record.cells.count) {
                    record.cells.append(CSVReader.Cell(text: "", line: record.line, column: column))
                }
            }
            // Whole-blank rows are what spreadsheets leave at the bottom: skip them.
            if record.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) { continue }
            // So is the totals row an export adds at the bottom.
            if Self.isTotals(record) { continue }
            if record.cells.count < width {
                log.error(
                    "this row has \(record.cells.count) cells but the header has \(width)",
                    at: location(record.line, 1),
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
                    at: location(extra.line, extra.column),
                    hint: sheet == nil
                        ? "a comma inside a cell must be within double quotes, or add a heading for the extra column"
                        : "add a heading for the extra column, or clear the cells to the right of the table")
                misshapen.append(record)
                continue
            }
            rows.append(record)
        }
        return CSVTable(
            path: path, sheet: sheet, rows: rows, positions: positions, quoteValues: quoteValues,
            misshapen: misshapen)
    }

    /// The file as messages name it: `data/actions.xlsx[Action plan]` for a sheet.
    static func shown(_ path: String, _ sheet: String?) -> String {
        sheet.map { "\(path)[\($0)]" } ?? path
    }

    /// The index of the header record: the first of the first `headerSearchRows` that
    /// names every required column, else the one naming most columns, else the first record;
    /// nil when there is none.
    static func headerIndex(in records: [CSVReader.Record], columns: [DataColumn], matcher: HeadingMatcher) -> Int? {
        guard !records.isEmpty else { return nil }
        let required = Set(columns.filter(\.required).map(\.name))
        // Failing that, the row naming most columns, so what is missing is told of the header.
        var best = (index: 0, named: 0)
        for (index, record) in records.prefix(headerSearchRows).enumerated() {
            var named: Set<String> = []
            for cell in record.cells {
                if case .column(let name) = matcher.match(cell.text) { named.insert(name) }
            }
            if required.isSubset(of: named) && !named.isEmpty { return index }
            if named.count > best.named { best = (index, named.count) }
        }
        return best.index
    }

    /// How far down the header is looked for: title rows above it are what exports have.
    static let headerSearchRows = 20

    /// Words a totals row starts with (compared loosely): such a row is a sum of the others,
    /// not a record, and is skipped.
    static let totalsWords: Set<String> = ["total", "totals", "grandtotal", "overalltotal"]

    /// Whether a record is an export's totals row: its first non-blank cell says "Total".
    static func isTotals(_ record: CSVReader.Record) -> Bool {
        guard let first = record.cells.first(where: { !$0.text.trimmingSpaces.isEmpty }) else { return false }
        return totalsWords.contains(TextKey.normalise(first.text))
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
