/// A streaming scanner of one worksheet part (`xl/worksheets/sheetN.xml`): fed the inflated
/// bytes chunk by chunk, it reports each cell and row end to a `SheetVisitor` and keeps only the
/// unfinished last row between chunks, so a sheet of a million rows is read in little memory.
///
/// Cells and rows without an `r` attribute are placed after the one before. Cells of columns
/// the visitor does not want are skipped without reading their values. Names are matched by
/// their local part (`<x:c>` is `c`).
struct SheetScanner<Visitor: SheetVisitor> {
    var visitor: Visitor
    /// Bytes fed but not yet scanned: the start of an unfinished row.
    private(set) var buffer: [UInt8] = []
    /// Scratch for decoded values.
    private var scratch: [UInt8] = []
    /// The current row (0 before the first).
    private var row = 0
    /// The last column reported in the current row (0 at its start).
    private var column = 0
    /// Whether the scan is inside a `<row>`.
    private var inRow = false
    /// Whether the current row's cells are skipped (it repeats an earlier row's number).
    private var skippingRow = false
    /// Whether the current row had cells with content in columns not wanted.
    private var skippedCells = false
    /// Whether the scanner gave up (malformed XML or a row too large).
    private(set) var failed = false

    /// The most bytes one unfinished row may take before the sheet is refused.
    static var rowLimit: Int { 16 * 1024 * 1024 }

    init(visitor: Visitor) {
        self.visitor = visitor
    }

    /// Scans as much of `chunk` (with what was left over) as holds whole tags and cells; the
    /// rest waits for the next chunk.
    mutating func feed<Bytes: Collection<UInt8>>(_ chunk: Bytes) {
        guard !failed else { return }
        buffer.append(contentsOf: chunk)
        let consumed = scan(upTo: buffer.count, final: false)
        guard !failed else { return }
        buffer.removeSubrange(0..<consumed)
        if buffer.count > Self.rowLimit { fail(.rowTooLarge) }
    }

    /// Scans what is left at the end of the part.
    mutating func finish() {
        guard !failed else { return }
        _ = scan(upTo: buffer.count, final: true)
        buffer = []
        if inRow && !failed {
            fail(.malformed)
        }
    }

    private mutating func endRow() {
        visitor.rowEnded(row, skippedCells: skippedCells)
        skippedCells = false
    }

    private mutating func fail(_ problem: SheetProblem) {
        failed = true
        visitor.problem(problem, row: row, column: 0)
        buffer = []
    }

    // MARK: - Scanning

    /// Scans `buffer[0..<end]` and returns how far it got: the start of a tag or cell cut off by
    /// the end of the bytes (at the part's end, `final`, that is malformed XML).
    private mutating func scan(upTo end: Int, final: Bool) -> Int {
        var i = 0
        while true {
            i = nextTag(i, end)
            if i >= end { return end }
            let tagStart = i
            func cutOff() -> Int {
                if final { fail(.malformed) }
                return tagStart
            }
            guard i + 1 < end else { return cutOff() }
            let first = buffer[i + 1]
            if first == 0x3F || first == 0x21 {
                switch skipSpecial(at: i, end) {
                case .some(let next): i = next
                case .none where isDoctype(at: i, end): fail(.malformed); return end
                case .none: return cutOff()
                }
                continue
            }
            if first == 0x2F {
                let stop = nameEnd(i + 2, end)
                let start = localStart(i + 2, stop)
                guard let close = tagEnd(stop, end) else { return cutOff() }
                if named(start, stop, "row") {
                    if inRow && !skippingRow { endRow() }
                    inRow = false
                }
                i = close + 1
                continue
            }
            let stop = nameEnd(i + 1, end)
            let start = localStart(i + 1, stop)
            guard let close = tagEnd(stop, end) else { return cutOff() }
            let selfClosing = buffer[close - 1] == 0x2F
            let attributes = stop..<(selfClosing ? close - 1 : close)
            if named(start, stop, 0x63) {  // c
                let saved = (row, column, inRow, skippingRow, skippedCells)
                guard let next = cell(attributes: attributes, selfClosing: selfClosing, after: close + 1, end: end)
                else {
                    (row, column, inRow, skippingRow, skippedCells) = saved
                    return cutOff()
                }
                i = next
                continue
            }
            if named(start, stop, "row") {
                startRow(attributes: attributes)
                if selfClosing {
                    if !skippingRow { endRow() }
                    inRow = false
                }
            } else if named(start, stop, "mergeCell") {
                merge(attributes: attributes)
            }
            i = close + 1
        }
    }

    private mutating func startRow(attributes: Range<Int>) {
        if inRow && !skippingRow { endRow() }
        var number = row + 1
        if let r = XMLScanner.attribute("r", in: attributes, of: buffer) {
            if let value = CellReference.number(buffer, r), value >= 1, value <= CellReference.maxRow {
                number = value
            } else {
                visitor.problem(.badReference, row: row + 1, column: 0)
            }
        }
        skippingRow = number <= row
        if skippingRow {
            visitor.problem(.duplicateRow, row: number, column: 0)
        } else {
            row = number
        }
        column = 0
        inRow = true
    }

    private mutating func merge(attributes: Range<Int>) {
        guard let ref = XMLScanner.attribute("ref", in: attributes, of: buffer) else { return }
        var colon = ref.lowerBound
        while colon < ref.upperBound && buffer[colon] != 0x3A { colon += 1 }
        guard colon < ref.upperBound, let from = CellReference(buffer, ref.lowerBound..<colon),
            let to = CellReference(buffer, (colon + 1)..<ref.upperBound)
        else { return }
        visitor.merged(from: from, to: to)
    }

    /// Reads one `<c>` whose start tag ended just before `after`; returns where scanning goes on,
    /// nil when malformed.
    private mutating func cell(attributes: Range<Int>, selfClosing: Bool, after: Int, end: Int) -> Int? {
        if !inRow {
            // A cell outside any <row>: a damaged sheet; read it as in a new row.
            startRow(attributes: attributes.lowerBound..<attributes.lowerBound)
        }
        var reference: Range<Int>?
        var type: Range<Int>?
        var style: Range<Int>?
        // One pass over the attributes for r, t and s.
        var k = attributes.lowerBound
        let stop = attributes.upperBound
        while k < stop {
            while k < stop && XMLScanner.isSpace(buffer[k]) { k += 1 }
            let nameStart = k
            while k < stop && buffer[k] != 0x3D && !XMLScanner.isSpace(buffer[k]) { k += 1 }
            let nameStop = k
            while k < stop && buffer[k] != 0x22 && buffer[k] != 0x27 { k += 1 }
            guard k < stop else { break }
            let quote = buffer[k]
            let valueStart = k + 1
            k = valueStart
            while k < stop && buffer[k] != quote { k += 1 }
            let value = valueStart..<k
            k += 1
            if nameStop - nameStart == 1 {
                switch buffer[nameStart] {
                case 0x72: reference = value
                case 0x74: type = value
                case 0x73: style = value
                default: break
                }
            }
        }
        if skippingRow { return selfClosing ? after : skipCell(after, end) }
        var cellColumn = column + 1
        if let reference {
            guard let parsed = CellReference(buffer, reference) else {
                // Reported once the whole cell is in (a cell cut off is scanned again).
                guard let next = selfClosing ? after : skipCell(after, end) else { return nil }
                visitor.problem(.badReference, row: row, column: column + 1)
                return next
            }
            cellColumn = parsed.column
        }
        if cellColumn <= column {
            guard let next = selfClosing ? after : skipCell(after, end) else { return nil }
            visitor.problem(.duplicateCell, row: row, column: cellColumn)
            return next
        }
        column = cellColumn
        if selfClosing { return after }
        if !visitor.wants(column: cellColumn) {
            skippedCells = true
            return skipCell(after, end)
        }

        var kind = SheetCell.Kind.number
        if let type, !type.isEmpty {
            switch buffer[type.lowerBound] {
            case 0x73: kind = type.count == 1 ? .sharedString : .formulaString
            case 0x69: kind = .inlineString
            case 0x62: kind = .boolean
            case 0x65: kind = .error
            case 0x64: kind = .isoDate
            default: kind = .number
            }
        }
        var styleIndex = 0
        if let style { styleIndex = CellReference.number(buffer, style) ?? 0 }

        // The children: <v>, <f>, <is>.
        var hasFormula = false
        var value: Range<Int>?
        var inline = false
        var i = after
        while true {
            i = nextTag(i, end)
            guard i + 1 < end else { return nil }
            if buffer[i + 1] == 0x2F {
                let nameStop = nameEnd(i + 2, end)
                let start = localStart(i + 2, nameStop)
                guard let close = tagEnd(nameStop, end) else { return nil }
                i = close + 1
                if named(start, nameStop, 0x63) { break }
                continue
            }
            if buffer[i + 1] == 0x3F || buffer[i + 1] == 0x21 {
                guard let next = skipSpecial(at: i, end) else { return nil }
                i = next
                continue
            }
            let nameStop = nameEnd(i + 1, end)
            let start = localStart(i + 1, nameStop)
            guard let close = tagEnd(nameStop, end) else { return nil }
            let childClosed = buffer[close - 1] == 0x2F
            i = close + 1
            if named(start, nameStop, 0x76) {  // v
                if childClosed {
                    value = i..<i
                } else {
                    let textEnd = nextTag(i, end)
                    value = i..<textEnd
                    i = textEnd
                }
            } else if named(start, nameStop, 0x66) {  // f
                hasFormula = true
            } else if named(start, nameStop, 0x69, 0x73) {  // is
                if !childClosed {
                    guard let next = inlineText(from: i, end) else { return nil }
                    i = next
                }
                inline = true
            }
        }
        var cell = SheetCell(
            row: row, column: cellColumn, kind: kind, style: styleIndex, value: [], hasValue: false,
            hasFormula: hasFormula)
        if inline {
            cell.kind = .inlineString
            cell.hasValue = true
            cell.value = scratch[...]
        } else if let value {
            cell.hasValue = true
            if (kind == .formulaString || kind == .error || kind == .inlineString)
                && XMLText.needsDecoding(buffer, value)
            {
                scratch.removeAll(keepingCapacity: true)
                XMLText.decode(buffer, value, into: &scratch)
                cell.value = scratch[...]
            } else {
                cell.value = buffer[value]
            }
        }
        if cell.hasValue || hasFormula { visitor.cell(cell) }
        return i
    }

    /// Collects the `<t>` texts of an `<is>` (rich-text runs joined, phonetic runs left out)
    /// into `scratch`; returns where scanning goes on after `</is>`.
    private mutating func inlineText(from: Int, _ end: Int) -> Int? {
        scratch.removeAll(keepingCapacity: true)
        var i = from
        var inText = false
        var phonetic = 0
        while true {
            let tag = nextTag(i, end)
            if inText && tag > i {
                XMLText.decode(buffer, i..<tag, into: &scratch)
            }
            i = tag
            guard i + 1 < end else { return nil }
            if buffer[i + 1] == 0x21 && i + 8 < end && buffer[i + 2] == 0x5B {
                // CDATA: its content as it stands.
                guard let next = skipSpecial(at: i, end) else { return nil }
                if inText { scratch.append(contentsOf: buffer[(i + 9)..<(next - 3)]) }
                i = next
                continue
            }
            let closing = buffer[i + 1] == 0x2F
            let nameFrom = closing ? i + 2 : i + 1
            let nameStop = nameEnd(nameFrom, end)
            let start = localStart(nameFrom, nameStop)
            guard let close = tagEnd(nameStop, end) else { return nil }
            let selfClosed = buffer[close - 1] == 0x2F
            i = close + 1
            if named(start, nameStop, 0x74) {  // t
                inText = !closing && !selfClosed && phonetic == 0
            } else if named(start, nameStop, "rPh") {
                if !selfClosed { phonetic += closing ? -1 : 1 }
            } else if closing && named(start, nameStop, 0x69, 0x73) {
                return i
            }
        }
    }

    /// Skips to just past this cell's `</c>`.
    private func skipCell(_ from: Int, _ end: Int) -> Int? {
        var i = from
        while true {
            i = nextTag(i, end)
            guard i + 1 < end else { return nil }
            if buffer[i + 1] == 0x2F {
                // The usual unprefixed `</c>` and `</v>` without the general path.
                if i + 3 < end && buffer[i + 3] == 0x3E {
                    if buffer[i + 2] == 0x63 { return i + 4 }
                    if buffer[i + 2] != 0x3A {
                        i += 4
                        continue
                    }
                }
                let nameStop = nameEnd(i + 2, end)
                let start = localStart(i + 2, nameStop)
                guard let close = tagEnd(nameStop, end) else { return nil }
                if named(start, nameStop, 0x63) { return close + 1 }
                i = close + 1
            } else {
                i += 1
            }
        }
    }
}
