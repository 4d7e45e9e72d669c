import ReadinessModel

/// A streaming CSV scanner for large files: it finds the cells of the columns asked for, row by
/// row, without making a string for every cell. Used for the child-level lists, which can hold a
/// million rows. Handles quoted cells (commas, doubled quotes, line breaks), CRLF, LF and lone CR.
package struct CSVScanner {
    let bytes: [UInt8]
    /// Byte offset where data rows start (after the header).
    package private(set) var dataStart = 0
    /// The header's cells.
    private(set) var header: [String] = []

    package init(bytes: [UInt8]) {
        self.bytes = bytes
        var position = 0
        var cells: [String] = []
        var line = 1
        _ = scanRow(from: &position, line: &line) { _, range in
            cells.append(String(decoding: unquoted(range), as: UTF8.self))
        }
        header = cells
        dataStart = position
    }

    /// A scanner over rows with no header: a chunk of whole rows read by `CSVStream`.
    package init(rows bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// A cell's content without surrounding quotes (doubled quotes are left as they are; the
    /// columns read from these files never need them).
    package func unquoted(_ range: Range<Int>) -> ArraySlice<UInt8> {
        var r = range
        while r.lowerBound < r.upperBound, bytes[r.lowerBound] == 0x20 || bytes[r.lowerBound] == 0x09 {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        while r.lowerBound < r.upperBound, bytes[r.upperBound - 1] == 0x20 || bytes[r.upperBound - 1] == 0x09 {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        if r.count >= 2, bytes[r.lowerBound] == 0x22, bytes[r.upperBound - 1] == 0x22 {
            return bytes[(r.lowerBound + 1)..<(r.upperBound - 1)]
        }
        return bytes[r]
    }

    /// Scans one row from `position`, calling `cell(index, range)` for each cell, and moves past
    /// its line end. Returns the number of cells, or nil at the end of the data. An unterminated
    /// quote runs to the end of the file.
    ///
    /// When the bytes are not the whole rest of the file (`complete` false, a chunk being read),
    /// a row that reaches their end without a line end is not finished: 0 is returned, `position`
    /// is left where it was, and `line` and the cells seen must be discarded by the caller.
    @inline(__always)
    package func scanRow(
        from position: inout Int, line: inout Int, complete: Bool = true, cell: (Int, Range<Int>) -> Void
    ) -> Int? {
        var unclosed: Int?
        return scanRow(from: &position, line: &line, complete: complete, unclosed: &unclosed, cell: cell)
    }

    /// The same, setting `unclosed` to the offset of a quote that opens a cell and is never
    /// closed before the end of the data. As in `CSVReader`, a quote opens a quoted cell only as
    /// the cell's first byte: one inside a cell (`O"Brien`) is part of its text.
    @inline(__always)
    package func scanRow(
        from position: inout Int, line: inout Int, complete: Bool = true, unclosed: inout Int?,
        cell: (Int, Range<Int>) -> Void
    ) -> Int? {
        let count = bytes.count
        guard position < count else { return nil }
        var index = 0
        var start = position
        var i = position
        var inQuotes = false
        var opened = 0
        while i < count {
            let b = bytes[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < count && bytes[i + 1] == 0x22 { i += 2; continue }
                    inQuotes = false
                } else if b == 0x0A {
                    line += 1
                } else if b == 0x0D {
                    if !(i + 1 < count && bytes[i + 1] == 0x0A) { line += 1 }
                }
                i += 1
                continue
            }
            switch b {
            case 0x22 where i == start:
                inQuotes = true
                opened = i
                i += 1
            case 0x2C:
                cell(index, start..<i)
                index += 1
                i += 1
                start = i
            case 0x0A, 0x0D:
                // A CR at a chunk's end may be the first half of a CRLF.
                if b == 0x0D && !complete && i + 1 == count { return 0 }
                cell(index, start..<i)
                if b == 0x0D, i + 1 < count, bytes[i + 1] == 0x0A { i += 1 }
                position = i + 1
                line += 1
                return index + 1
            default:
                i += 1
            }
        }
        if !complete { return 0 }
        if inQuotes { unclosed = opened }
        cell(index, start..<count)
        position = count
        return index + 1
    }

    /// The 1-based column of a byte offset (counting characters from its line's start).
    func column(of offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A, bytes[start - 1] != 0x0D { start -= 1 }
        var column = 1
        for k in start..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// A whole number in the bytes, read as `Int(_:)` reads text (an optional sign, then digits),
    /// without making a string. Nil when blank, not a whole number, or too large.
    package static func wholeNumber(_ cell: ArraySlice<UInt8>) -> Int? {
        var digits = cell[...]
        var negative = false
        if let first = digits.first, first == 0x2B || first == 0x2D {
            negative = first == 0x2D
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty else { return nil }
        var value = 0
        for b in digits {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(b - 0x30))
            if overflowTimes || overflowSum { return nil }
            value = sum
        }
        return negative ? -value : value
    }

    /// A date in the bytes, as days since 1970-01-01, in any form `CalendarDate.parse` reads
    /// (both read through `DateReader`), without making a string. Nil when blank; `.failure`
    /// when it is not a date, or not a real one. A month without a day is refused unless
    /// `monthAsLastDay`.
    @inline(__always)
    package static func day(_ cell: ArraySlice<UInt8>, monthAsLastDay: Bool = false)
        -> Result<Int, CalendarDate.ParseError>?
    {
        if cell.isEmpty { return nil }
        let reading = cell.withUnsafeBufferPointer { DateReader.read($0) }
        if case .day(let date) = reading { return .success(date.daysSinceEpoch) }
        return CalendarDate.resolve(reading, monthAsLastDay: monthAsLastDay).map(\.daysSinceEpoch)
    }
}
