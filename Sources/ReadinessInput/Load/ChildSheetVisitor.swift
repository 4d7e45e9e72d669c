import ReadinessModel

/// Streams the rows of a child-level list's sheet into the shared row logic: only the columns
/// the list reads are looked at, each row's cells are held until the row ends, then counted.
/// Nothing from a row outlives it.
struct ChildSheetVisitor: SheetVisitor {
    let workbook: Workbook
    let sheet: String
    let headerRow: Int
    /// Slot of each column (index = column), -1 for a column not read.
    private let slotOfColumn: [Int]
    /// Slot per column wanted (for `count`'s `wanted`: >= 0 where the list has the column).
    private let wanted: [Int]
    var counter: ChildRowCounter
    var log = DiagnosticLog()
    private(set) var failed = false
    private var row: SheetChildRow

    init(workbook: Workbook, sheet: String, headerRow: Int, slotColumns: [Int], counter: ChildRowCounter) {
        self.workbook = workbook
        self.sheet = sheet
        self.headerRow = headerRow
        var slotOfColumn = [Int](repeating: -1, count: (slotColumns.max() ?? 0) + 1)
        for (slot, column) in slotColumns.enumerated() where column > 0 { slotOfColumn[column] = slot }
        self.slotOfColumn = slotOfColumn
        wanted = slotColumns
        self.counter = counter
        row = SheetChildRow(workbook: workbook, sheet: sheet, slotColumns: slotColumns)
    }

    var finished: Bool { failed }

    @inline(__always)
    func wants(column: Int) -> Bool {
        column < slotOfColumn.count && slotOfColumn[column] >= 0
    }

    @inline(__always)
    mutating func cell(_ cell: SheetCell) {
        guard cell.row > headerRow else { return }
        let slot = slotOfColumn[cell.column]
        row.row = cell.row
        if let day = workbook.cellText.day(of: cell) {
            row.values[slot] = .day(day)
            return
        }
        let start = row.bytes.count
        switch cell.kind {
        case .sharedString:
            guard let index = CellReference.number(cell.value), let bytes = workbook.cellText.sharedStrings[index]
            else {
                counter.problem(
                    "this cell refers to a shared string the workbook does not have; the workbook is damaged",
                    at: workbook.location(sheet: sheet, row: cell.row, column: cell.column),
                    hint: "open it in Excel and save it again")
                return
            }
            row.bytes.append(contentsOf: bytes)
        case .isoDate:
            row.bytes.append(contentsOf: cell.value.prefix(10))
        case .number where cell.hasValue && !cell.value.isEmpty && workbook.cellText.styles.kind(cell.style) != .number:
            // A month, year or time shown (`Dec 2026`, `2026`, `14:30`): read as its CSV export
            // would give it, which is no day, rather than as the serial's 1st of the month.
            guard case .text(let text) = workbook.cellText.text(of: cell) else { return }
            row.bytes.append(contentsOf: text.utf8)
        case .number, .inlineString, .formulaString, .error, .boolean:
            if cell.hasFormula && (!cell.hasValue || (cell.kind == .number && cell.value.isEmpty)) {
                log.warning(
                    "this cell holds a formula with no saved value, so it is read as blank",
                    at: workbook.location(sheet: sheet, row: cell.row, column: cell.column),
                    hint: "open the workbook in Excel and save it, so the formula's value is saved with it")
                return
            }
            row.bytes.append(contentsOf: cell.value)
        }
        row.values[slot] = .text(start..<row.bytes.count)
    }

    mutating func rowEnded(_ number: Int, skippedCells: Bool) {
        defer { row.clear() }
        guard number > headerRow else { return }
        // A row with nothing in it is a blank line, as in a CSV file.
        if !skippedCells && !row.hasContent { return }
        row.row = number
        // The row's text is lent to the row logic for the count.
        let bytes = row.bytes
        var lent = row
        bytes.withUnsafeBufferPointer { text in
            lent.lent = text
            counter.count(lent, wanted: wanted)
        }
    }

    mutating func problem(_ problem: SheetProblem, row: Int, column: Int) {
        let location = workbook.location(sheet: sheet, row: row, column: column)
        if problem.stopsReading {
            failed = true
            log.error(problem.message, at: location, hint: SheetProblem.hint)
        } else {
            counter.problem(problem.message, at: location, hint: SheetProblem.hint)
        }
    }
}

/// One worksheet row of a child-level list, as the row logic reads it.
struct SheetChildRow: ChildLevelRow {
    /// A slot's cell.
    enum Value {
        case blank
        /// Text, at a range of `bytes`.
        case text(Range<Int>)
        /// A number styled as a date: its day.
        case day(Int)
    }

    let workbook: Workbook
    let sheet: String
    let slotColumns: [Int]
    var row = 0
    var values: [Value]
    /// The text of the row's cells, one after another.
    var bytes: [UInt8] = []
    /// `bytes`, lent while the row is counted.
    var lent = UnsafeBufferPointer<UInt8>(start: nil, count: 0)

    init(workbook: Workbook, sheet: String, slotColumns: [Int]) {
        self.workbook = workbook
        self.sheet = sheet
        self.slotColumns = slotColumns
        values = Array(repeating: .blank, count: slotColumns.count)
        bytes.reserveCapacity(256)
    }

    var hasContent: Bool {
        values.contains {
            switch $0 {
            case .blank: return false
            case .day: return true
            case .text(let range): return !range.isEmpty
            }
        }
    }

    mutating func clear() {
        for k in values.indices { values[k] = .blank }
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always)
    func text(_ slot: Int) -> UnsafeBufferPointer<UInt8> {
        guard case .text(var range) = values[slot] else { return UnsafeBufferPointer(start: nil, count: 0) }
        while range.lowerBound < range.upperBound, lent[range.lowerBound] == 0x20 || lent[range.lowerBound] == 0x09 {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        while range.lowerBound < range.upperBound,
            lent[range.upperBound - 1] == 0x20 || lent[range.upperBound - 1] == 0x09
        {
            range = range.lowerBound..<(range.upperBound - 1)
        }
        return UnsafeBufferPointer(rebasing: lent[range])
    }

    @inline(__always)
    func day(_ slot: Int) -> Result<Int, CalendarDate.ParseError>? {
        switch values[slot] {
        case .blank: return nil
        case .day(let day): return .success(day)
        case .text: return CSVScanner.day(text(slot))
        }
    }

    /// A worksheet cell's text has no CSV quoting.
    func quoted(_ slot: Int) -> Bool { false }

    func location(_ slot: Int) -> SourceLocation {
        workbook.location(sheet: sheet, row: row, column: max(slotColumns[slot], 1))
    }
}
