import ReadinessModel

/// Collects a sheet's cells as text, row by row, for a table read whole (actions, audits...):
/// rows as records whose cells carry their row as `line` and column number as `column`, blank
/// cells as "" up to each row's last cell with text, wholly blank rows left out, and each
/// merged area filled with its top-left value. Capped at `Budgets.workbookCells` cells.
struct SheetTable: SheetVisitor {
    let workbook: Workbook
    let sheet: String
    var log = DiagnosticLog()
    /// The rows read so far: row number and cells (index = column - 1).
    private var rows: [(row: Int, cells: [String])] = []
    private var merges: [(from: CellReference, to: CellReference)] = []
    private var cellCount = 0
    /// The bytes of text held so far: a table read whole holds no more than a CSV file may
    /// (many cells can share one long string, which would otherwise be copied into each).
    private var textBytes = 0
    /// The cells holding a formula with no saved value, read as blank: row and column.
    private(set) var uncachedFormulas: [(row: Int, column: Int)] = []
    /// Whether the sheet could not be read (a diagnostic says why).
    private(set) var failed = false

    init(workbook: Workbook, sheet: String) {
        self.workbook = workbook
        self.sheet = sheet
    }

    var finished: Bool { failed }

    mutating func cell(_ cell: SheetCell) {
        guard !failed else { return }
        let text: String
        switch workbook.cellText.text(of: cell) {
        case .text(let value): text = value
        case .uncachedFormula:
            // Listed, not warned of: the caller warns of those in the cells it reads.
            uncachedFormulas.append((cell.row, cell.column))
            return
        case .missingSharedString:
            log.error(
                "this cell refers to a shared string the workbook does not have; the workbook is damaged",
                at: workbook.location(sheet: sheet, row: cell.row, column: cell.column),
                hint: "open it in Excel and save it again")
            return
        }
        if text.isEmpty { return }
        if rows.last?.row != cell.row { rows.append((cell.row, [])) }
        let index = rows.count - 1
        let padding = cell.column - 1 - rows[index].cells.count
        if padding > 0 { rows[index].cells.append(contentsOf: repeatElement("", count: padding)) }
        rows[index].cells.append(text)
        count(max(padding, 0) + 1)
        hold(text.utf8.count)
    }

    /// Counts text held, refusing the sheet past what a table may hold.
    private mutating func hold(_ bytes: Int) {
        textBytes += bytes
        if textBytes > Budgets.wholeFileBytes && !failed {
            failed = true
            log.error(
                "this sheet's cells hold more than \(Budgets.wholeFileBytes / 1_048_576) MB of text, more than a table may have",
                at: workbook.location(sheet: sheet, row: rows.last?.row ?? 0, column: 0),
                hint:
                    "check it is the right sheet; a long text repeated in many cells (a shared string) counts each time it is used"
            )
        }
    }

    mutating func rowEnded(_ row: Int, skippedCells: Bool) {}

    mutating func merged(from: CellReference, to: CellReference) {
        merges.append((from, to))
    }

    mutating func problem(_ problem: SheetProblem, row: Int, column: Int) {
        let location = workbook.location(sheet: sheet, row: row, column: column)
        if problem.stopsReading { failed = true }
        log.error(problem.message, at: location, hint: SheetProblem.hint)
    }

    private mutating func count(_ cells: Int) {
        cellCount += cells
        if cellCount > Budgets.workbookCells && !failed {
            failed = true
            log.error(
                "this sheet has more than \(NumberFormat.grouped(Budgets.workbookCells)) cells, more than a table may have",
                at: workbook.location(sheet: sheet, row: rows.last?.row ?? 0, column: 0),
                hint: "check it is the right sheet; an action plan or caseload table has a few thousand cells")
        }
    }

    /// The records, merged areas filled.
    mutating func records() -> [CSVReader.Record] {
        fillMerges()
        return rows.compactMap { row in
            var cells = row.cells
            while cells.last?.isEmpty == true { cells.removeLast() }
            guard !cells.isEmpty else { return nil }
            return CSVReader.Record(
                cells: cells.enumerated().map {
                    CSVReader.Cell(text: $0.element, line: row.row, column: $0.offset + 1)
                },
                line: row.row)
        }
    }

    /// Copies each merged area's top-left value into the rest of the area (rows that exist,
    /// or are added, up to the last row with data).
    private mutating func fillMerges() {
        guard !merges.isEmpty, let lastRow = rows.last?.row else { return }
        var byRow: [Int: Int] = [:]
        for (index, row) in rows.enumerated() { byRow[row.row] = index }
        for merge in merges {
            let top = min(merge.from.row, merge.to.row)
            let bottom = min(max(merge.from.row, merge.to.row), lastRow)
            let left = min(merge.from.column, merge.to.column)
            let right = max(merge.from.column, merge.to.column)
            guard let first = byRow[top], left - 1 < rows[first].cells.count else { continue }
            let value = rows[first].cells[left - 1]
            if value.isEmpty || bottom < top { continue }
            let size = (bottom - top + 1) * (right - left + 1)
            count(size)
            if !failed { hold(size * value.utf8.count) }
            if failed { return }
            for r in top...bottom {
                let index: Int
                if let existing = byRow[r] {
                    index = existing
                } else {
                    rows.append((r, []))
                    index = rows.count - 1
                    byRow[r] = index
                }
                if rows[index].cells.count < right {
                    rows[index].cells.append(contentsOf: repeatElement("", count: right - rows[index].cells.count))
                }
                for c in left...right { rows[index].cells[c - 1] = value }
            }
        }
        rows.sort { $0.row < $1.row }
    }
}
