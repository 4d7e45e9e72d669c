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
            chosen = holding.first { likeName($0.name, file) } ?? holding[0]
        } else if sheets.count == 1 {
            chosen = sheets[0]
        } else if let named = sheets.first(where: { likeName($0.name, file) }) {
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

    /// Whether a sheet is named like the file: `Actions` or `Action plan` for actions.csv.
    static func likeName(_ sheet: String, _ file: DataFileDeclaration) -> Bool {
        let key = TextKey.normalise(sheet)
        let stem = TextKey.normalise(String(file.name.split(separator: ".")[0]))
        let purpose = TextKey.normalise(file.purpose)
        guard !key.isEmpty else { return false }
        return key == stem || key == purpose || stem.hasPrefix(key) || key.hasPrefix(stem)
            || (stem.hasSuffix("s") && key.hasPrefix(String(stem.dropLast())))
    }
}
