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
    // The scan's state, shared with the cell reading in SheetCellReading.swift; nothing else
    // in the module sets it.
    /// Scratch for decoded values.
    var scratch: [UInt8] = []
    /// The current row (0 before the first).
    var row = 0
    /// The last column reported in the current row (0 at its start).
    var column = 0
    /// Whether the scan is inside a `<row>`.
    var inRow = false
    /// Whether the current row's cells are skipped (it repeats an earlier row's number).
    var skippingRow = false
    /// Whether the current row had cells with content in columns not wanted.
    var skippedCells = false
    /// Whether the scanner gave up (malformed XML or a row too large).
    private(set) var failed = false
    /// Whether the text decoded for the current cell was well-formed (every `&` a reference).
    var textWellFormed = true
    /// Whether the markup of the current cell's content was well-formed (no `<` in its text,
    /// no element inside a `<t>`).
    var markupWellFormed = true
    /// Whether the `</worksheet>` that ends the part was read.
    private var ended = false
    /// Whether the scan is inside `<sheetData>`, the only place rows and cells are read from
    /// (rows in an `<extLst>` or another element are not the sheet's).
    private var inSheetData = false
    /// The namespace prefix `<sheetData>` was written with (`x:` or none): a `row` or `c` with
    /// another prefix is an element of another vocabulary, not a row or a cell.
    private var prefix: [UInt8] = []
    /// How deep the scan is inside an element of sheetData that is not a row or a cell (a
    /// foreign `<foo:c>`, `<mc:AlternateContent>`): everything in it is skipped.
    private var foreignDepth = 0
    /// Whether an unprefixed `<c` here is a cell: the fast path's test, kept up to date.
    private var plainCells = false
    /// While an element longer than a chunk is cut off: how many bytes to hold before
    /// scanning it again.
    private var waitFor = 0

    /// The most bytes one unfinished row may take before the sheet is refused.
    static var rowLimit: Int { 16 * 1024 * 1024 }

    init(visitor: Visitor) {
        self.visitor = visitor
    }

    /// Scans as much of `chunk` (with what was left over) as holds whole tags and cells; the
    /// rest waits for the next chunk.
    mutating func feed<Bytes: Collection<UInt8>>(_ chunk: Bytes) {
        Array(chunk).withUnsafeBytes { feed($0) }
    }

    /// The same, for bytes in memory. The chunk is scanned where it lies: only a cell cut off
    /// by its end is copied, and the piece of the next chunk that finishes it.
    mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        guard !failed else { return }
        var rest = chunk[...]
        if !buffer.isEmpty && buffer.count + chunk.count < waitFor {
            // A long element is still cut off: rescanning it with every chunk would take time
            // in its length squared, so wait until the bytes held have doubled.
            buffer.append(contentsOf: chunk)
            if buffer.count > Self.rowLimit { fail(.rowTooLarge) }
            return
        }
        if !buffer.isEmpty {
            // Finish the element cut off by the last chunk with a piece of this one; if the
            // piece does not finish it, take the whole chunk.
            let held = buffer.count
            let piece = rest.prefix(Self.bridge)
            buffer.append(contentsOf: piece)
            let consumed = scanBuffer(final: false)
            guard !failed else { return }
            if consumed >= held {
                buffer.removeAll(keepingCapacity: true)
                waitFor = 0
                rest = rest.dropFirst(consumed - held)
            } else {
                buffer.removeSubrange(0..<consumed)
                buffer.append(contentsOf: rest.dropFirst(piece.count))
                let scanned = scanBuffer(final: false)
                guard !failed else { return }
                buffer.removeSubrange(0..<scanned)
                waitFor = 2 * buffer.count
                rest = rest.suffix(0)
            }
        }
        if !rest.isEmpty {
            let bytes = UnsafeRawBufferPointer(rebasing: rest)
            let consumed = scan(bytes, final: false)
            guard !failed else { return }
            buffer.append(contentsOf: bytes[consumed...])
        }
        if buffer.count > Self.rowLimit { fail(.rowTooLarge) }
    }

    /// How much of a chunk is first joined to the element the last one cut off.
    private static var bridge: Int { 4096 }

    /// Scans what is left at the end of the part.
    mutating func finish() {
        guard !failed else { return }
        _ = scanBuffer(final: true)
        buffer = []
        // A part cut off (between rows, say) is not read as if it were whole.
        if (inRow || !ended) && !failed {
            fail(.malformed)
        }
    }

    /// Scans `buffer`, which is moved out while it is read (the scan reports to the visitor,
    /// another part of `self`); returns how far the scan got.
    private mutating func scanBuffer(final: Bool) -> Int {
        var held: [UInt8] = []
        swap(&held, &buffer)
        let consumed = held.withUnsafeBytes { scan($0, final: final) }
        if !failed { swap(&held, &buffer) }
        return consumed
    }

    private mutating func endRow() {
        visitor.rowEnded(row, skippedCells: skippedCells)
        skippedCells = false
    }

    /// Gives up on the part, reporting why.
    mutating func fail(_ problem: SheetProblem) {
        failed = true
        visitor.problem(problem, row: row, column: 0)
        buffer = []
    }

    // MARK: - Scanning

    /// Scans `bytes` and returns how far it got: the start of a tag or cell cut off by the end
    /// of the bytes (at the part's end, `final`, that is malformed XML).
    private mutating func scan(_ bytes: SheetTags.Bytes, final: Bool) -> Int {
        let end = bytes.count
        var i = 0
        while true {
            i = SheetTags.next(bytes, i, end)
            if i >= end { return end }
            let tagStart = i
            func cutOff() -> Int {
                if final { fail(.malformed) }
                return tagStart
            }
            guard i + 2 < end else { return cutOff() }
            let first = bytes[i + 1]
            if first == 0x63 && plainCells && SheetTags.endsName(bytes[i + 2]) {
                // `<c`: a cell, the usual case, read without the general tag path.
                guard let next = cell(bytes, from: i + 2, end: end) else { return cutOff() }
                if failed { return end }
                i = next
                continue
            }
            if first == 0x3F || first == 0x21 {
                switch SheetTags.skipSpecial(bytes, at: i, end) {
                case .some(let next): i = next
                case .none where SheetTags.isDoctype(bytes, at: i, end): fail(.malformed); return end
                case .none: return cutOff()
                }
                continue
            }
            let closing = first == 0x2F
            let nameFrom = closing ? i + 2 : i + 1
            let stop = SheetTags.nameEnd(bytes, nameFrom, end)
            let start = SheetTags.localStart(bytes, nameFrom, stop)
            let ours = inSheetData && foreignDepth == 0 && hasPrefix(bytes, nameFrom..<start)
            if !closing && ours && SheetTags.named(bytes, start, stop, 0x63) {  // a prefixed cell, `<x:c`
                guard let next = cell(bytes, from: stop, end: end) else { return cutOff() }
                if failed { return end }
                i = next
                continue
            }
            guard let close = SheetTags.tagEnd(bytes, stop, end) else { return cutOff() }
            i = close + 1
            let selfClosing = !closing && bytes[close - 1] == 0x2F
            if foreignDepth > 0 {
                if closing { foreignDepth -= 1 } else if !selfClosing { foreignDepth += 1 }
                plainCells = foreignDepth == 0 && prefix.isEmpty
                continue
            }
            if closing {
                if ours && SheetTags.named(bytes, start, stop, "row") {
                    if inRow && !skippingRow { endRow() }
                    inRow = false
                } else if ours && SheetTags.named(bytes, start, stop, "sheetData") {
                    if inRow && !skippingRow { endRow() }
                    inRow = false
                    inSheetData = false
                    plainCells = false
                } else if !inSheetData && SheetTags.named(bytes, start, stop, "worksheet") {
                    ended = true
                }
                continue
            }
            let attributes = stop..<(selfClosing ? close - 1 : close)
            if inSheetData {
                if ours && SheetTags.named(bytes, start, stop, "row") {
                    startRow(bytes, attributes: attributes)
                    if selfClosing {
                        if !skippingRow { endRow() }
                        inRow = false
                    }
                } else if !selfClosing {
                    // Not a row or a cell of this sheet: skipped with all it holds.
                    foreignDepth = 1
                    plainCells = false
                }
            } else if SheetTags.named(bytes, start, stop, "sheetData") {
                inSheetData = !selfClosing
                prefix = Array(bytes[nameFrom..<start])
                plainCells = inSheetData && prefix.isEmpty
            } else if SheetTags.named(bytes, start, stop, "mergeCell") {
                merge(bytes, attributes: attributes)
            }
        }
    }

    /// Whether `bytes[range]` (an element's prefix with its colon, or nothing) is sheetData's.
    @inline(__always)
    private func hasPrefix(_ bytes: SheetTags.Bytes, _ range: Range<Int>) -> Bool {
        guard range.count == prefix.count else { return false }
        var k = 0
        for b in bytes[range] {
            guard b == prefix[k] else { return false }
            k += 1
        }
        return true
    }

    mutating func startRow(_ bytes: SheetTags.Bytes, attributes: Range<Int>) {
        if inRow && !skippingRow { endRow() }
        var number = row + 1
        if let r = XMLScanner.attribute("r", in: attributes, of: bytes) {
            if let value = CellReference.number(bytes, r), value >= 1, value <= CellReference.maxRow {
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

    private mutating func merge(_ bytes: SheetTags.Bytes, attributes: Range<Int>) {
        guard let ref = XMLScanner.attribute("ref", in: attributes, of: bytes) else { return }
        var colon = ref.lowerBound
        while colon < ref.upperBound && bytes[colon] != 0x3A { colon += 1 }
        guard colon < ref.upperBound, let from = CellReference(bytes, ref.lowerBound..<colon),
            let to = CellReference(bytes, (colon + 1)..<ref.upperBound)
        else { return }
        visitor.merged(from: from, to: to)
    }
}
