import ReadinessModel

/// A CSV line of a child-level list: the byte ranges of the slots' cells, in the chunk the
/// scanner is lent.
struct CSVChildRow: ChildLevelRow {
    let scanner: CSVScanner
    let file: String
    /// Scoped storage, one range a slot (an array checked its uniqueness on every write).
    let ranges: UnsafeMutableBufferPointer<Range<Int>>
    var line = 0
    /// Where the row starts in the chunk.
    var start = 0

    @inline(__always)
    func text(_ slot: Int) -> UnsafeBufferPointer<UInt8> { scanner.unquoted(ranges[slot]) }

    @inline(__always)
    func day(_ slot: Int) -> Result<Int, CalendarDate.ParseError>? { CSVScanner.day(text(slot)) }

    /// Whether the slot's cell is in quotes (its doubled quotes then stand for one).
    @inline(__always)
    func quoted(_ slot: Int) -> Bool {
        var k = ranges[slot].lowerBound
        while k < ranges[slot].upperBound, scanner.bytes[k] == 0x20 || scanner.bytes[k] == 0x09 { k += 1 }
        return k < ranges[slot].upperBound && scanner.bytes[k] == 0x22
    }

    /// Where the slot's cell starts: its own line, when a quoted cell before it in the row holds
    /// a line break, and its column on that line.
    func location(_ slot: Int) -> SourceLocation {
        let offset = ranges[slot].lowerBound
        var lines = 0
        var k = start
        while k < offset {
            if scanner.bytes[k] == 0x0A
                || (scanner.bytes[k] == 0x0D && (k + 1 >= offset || scanner.bytes[k + 1] != 0x0A))
            {
                lines += 1
            }
            k += 1
        }
        return SourceLocation(file: file, line: line + lines, column: scanner.column(of: offset))
    }
}
