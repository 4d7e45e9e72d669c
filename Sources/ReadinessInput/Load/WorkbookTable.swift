import ReadinessModel

/// A declared table read from a workbook in place of its CSV file (`actions.xlsx` for
/// `actions.csv`): the sheet that holds it, found by its headings, read as the CSV would be.
///
/// The sheet is the one whose header (in its first rows, below any title) names every required
/// column; when several do, the one named like the file (`Actions`, `Action plan` for
/// actions.csv), else the first. A workbook of one sheet is read from that sheet, so a missing
/// column is reported against its header. Only what is read is reported: a formula without a
/// saved value in a column Readiness does not read, or on another sheet, says nothing.
enum WorkbookTable {
    /// A sheet read, before the table's sheet is chosen.
    struct Sheet {
        let name: String
        let records: [CSVReader.Record]
        /// Cells holding a formula saved without its value (row, column), not yet warned of.
        let formulas: [(row: Int, column: Int)]
        let log: DiagnosticLog
    }

    /// The workbook's path for a declared table: `actions.xlsx` for `actions.csv`.
    static func workbookName(for file: DataFileDeclaration) -> String {
        let name = file.name
        guard name.hasSuffix(".csv") else { return name + ".xlsx" }
        return String(name.dropLast(4)) + ".xlsx"
    }

    /// Reads the table from the workbook's bytes; nil, with the reason reported, when it cannot.
    static func read(
        _ bytes: [UInt8], path: String, as file: DataFileDeclaration, mapping: ColumnMapping?,
        log: inout DiagnosticLog
    ) -> CSVTable? {
        guard let workbook = Workbook.open(bytes, path: path, log: &log) else { return nil }
        let matcher = HeadingMatcher(file: file.name, columns: file.columns, mapping: mapping)
        let required = Set(file.columns.filter(\.required).map(\.name))
        // Each sheet read on its own log: only the one the table is on is reported.
        var sheets: [Sheet] = []
        for name in workbook.sheetNames {
            var sheetLog = DiagnosticLog()
            guard let table = workbook.table(ofSheet: name, log: &sheetLog) else {
                if workbook.sheetNames.count == 1 { log.merge(sheetLog) }
                continue
            }
            sheets.append(Sheet(name: name, records: table.records, formulas: table.uncachedFormulas, log: sheetLog))
        }
        guard !sheets.isEmpty else {
            if workbook.sheetNames.count > 1 {
                log.error(
                    "none of this workbook's sheets could be read", file: path,
                    hint: "open it in Excel and save it again")
            }
            return nil
        }
        let holding = sheets.filter { sheet in
            guard let index = CSVTable.headerIndex(in: sheet.records, columns: file.columns, matcher: matcher) else {
                return false
            }
            let named = Set(
                sheet.records[index].cells.compactMap { cell -> String? in
                    if case .column(let name) = matcher.match(cell.text) { return name }
                    return nil
                })
            return required.isSubset(of: named) && !named.isEmpty
        }
        let chosen: Sheet
        if let only = holding.count == 1 ? holding.first : nil {
            chosen = only
        } else if holding.count > 1 {
            let best = holding.map { likeness($0.name, file) }.max() ?? 0
            chosen = holding.first { likeness($0.name, file) == best } ?? holding[0]
            // An old copy of the sheet kept beside the new one would be read without a word.
            log.warning(
                "the sheets \(holding.map { "'\($0.name)'" }.joined(separator: ", ")) all have the columns of \(file.name); '\(chosen.name)' is read",
                at: SourceLocation(file: path, line: 0, column: 0),
                hint: "keep the table on one sheet, or rename the others' headings, so the right one is read")
        } else if sheets.count == 1 {
            chosen = sheets[0]
        } else if let named = sheets.first(where: { likeness($0.name, file) > 0 }) {
            chosen = named
        } else {
            log.error(
                "no sheet of this workbook has the columns of \(file.name) (\(file.purpose)) in its header",
                file: path,
                hint: "its sheets are \(workbook.sheetNames.map { "'\($0)'" }.joined(separator: ", ")); "
                    + "the table needs columns headed " + required.sorted().joined(separator: ", ")
                    + ", or your own headings for them under 'columns:' in settings.yaml")
            return nil
        }
        guard
            let table = CSVTable.read(
                chosen.records, path: path, sheet: chosen.name, columns: file.columns, matcher: matcher, log: &log,
                quoteValues: file.personalColumns.isEmpty)
        else {
            log.merge(chosen.log)
            return nil
        }
        // The sheet's own problems; a formula without its value only in a cell the table reads.
        log.merge(chosen.log)
        let readColumns = Set(table.positions.values.map { $0 + 1 })
        let readRows = Set(table.rows.map(\.line))
        for (row, column) in chosen.formulas where readRows.contains(row) && readColumns.contains(column) {
            Workbook.warnOfUncachedFormula(
                at: workbook.location(sheet: chosen.name, row: row, column: column), log: &log)
        }
        return table
    }

    /// How closely a sheet is named like the file: 2 for its name (`Actions`, `Action` or the
    /// purpose, `Action plan`, for actions.csv), 1 for a name starting so (`Actions 2026`,
    /// `Action plan Oct`), 0 for any other.
    static func likeness(_ sheet: String, _ file: DataFileDeclaration) -> Int {
        let key = TextKey.normalise(sheet)
        let stem = TextKey.normalise(String(file.name.split(separator: ".")[0]))
        let purpose = TextKey.normalise(
            file.purpose.hasPrefix("the ") ? String(file.purpose.dropFirst(4)) : file.purpose)
        let singular = stem.hasSuffix("s") ? String(stem.dropLast()) : stem
        guard !key.isEmpty else { return 0 }
        if [stem, singular, purpose].contains(key) { return 2 }
        return [stem, singular, purpose].contains { key.hasPrefix($0) } ? 1 : 0
    }
}
