import ReadinessModel

/// A streaming CSV scanner for large files: it finds the cells of the columns asked for, row by
/// row, without making a string for every cell. Used for the child-level lists, which can hold a
/// million rows. Handles quoted cells (commas, doubled quotes, line breaks), CRLF, LF and lone CR.
///
/// It reads bytes lent to it (`withUnsafeBufferPointer`) and is used only inside the closure that
/// lends them: a cell is then a view of the bytes, and reading one costs no reference counting
/// (slices of an array retained and released the array for every cell, 21% of a list's time).
package struct CSVScanner {
    let bytes: UnsafeBufferPointer<UInt8>

    /// A scanner over rows: a chunk of whole rows read by `CSVStream`, or a whole file.
    package init(rows bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A cell's content without surrounding quotes (doubled quotes are left as they are; the
    /// columns read from these files never need them).
    @inline(__always)
    package func unquoted(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        var r = range
        while r.lowerBound < r.upperBound, bytes[r.lowerBound] == 0x20 || bytes[r.lowerBound] == 0x09 {
            r = (r.lowerBound + 1)..<r.upperBound
        }
        while r.lowerBound < r.upperBound, bytes[r.upperBound - 1] == 0x20 || bytes[r.upperBound - 1] == 0x09 {
            r = r.lowerBound..<(r.upperBound - 1)
        }
        if r.count >= 2, bytes[r.lowerBound] == 0x22, bytes[r.upperBound - 1] == 0x22 {
            r = (r.lowerBound + 1)..<(r.upperBound - 1)
        }
        return UnsafeBufferPointer(rebasing: bytes[r])
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
                // Inside an unquoted cell only a comma or a line end matters: skip to it.
                i = Self.delimiter(in: bytes, from: i + 1)
            }
        }
        if !complete { return 0 }
        if inQuotes { unclosed = opened }
        cell(index, start..<count)
        position = count
        return index + 1
    }

    /// The offset of the first comma, LF or CR at or after `start`, or the end. Eight bytes are
    /// looked at a time (cells are a few words long, and the byte-at-a-time loop was a quarter
    /// of a list's time): in a word, the lowest byte the zero-byte test flags is always a true
    /// match, so the first delimiter is found exactly.
    @inline(__always)
    static func delimiter(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var i = start
        guard let base = bytes.baseAddress else { return count }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while i + 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            let comma = word ^ (ones &* 0x2C)
            let lf = word ^ (ones &* 0x0A)
            let cr = word ^ (ones &* 0x0D)
            let found =
                ((comma &- ones) & ~comma & highs) | ((lf &- ones) & ~lf & highs) | ((cr &- ones) & ~cr & highs)
            if found != 0 { return i + found.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < count {
            let b = base[i]
            if b == 0x2C || b == 0x0A || b == 0x0D { return i }
            i += 1
        }
        return count
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
    package static func wholeNumber(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
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
    package static func day(_ cell: UnsafeBufferPointer<UInt8>, monthAsLastDay: Bool = false)
        -> Result<Int, CalendarDate.ParseError>?
    {
        if cell.isEmpty { return nil }
        let reading = DateReader.read(cell)
        if case .day(let date) = reading { return .success(date.daysSinceEpoch) }
        return CalendarDate.resolve(reading, monthAsLastDay: monthAsLastDay).map(\.daysSinceEpoch)
    }

    /// The same, over an array's bytes.
    package static func day(_ cell: ArraySlice<UInt8>, monthAsLastDay: Bool = false)
        -> Result<Int, CalendarDate.ParseError>?
    {
        cell.withUnsafeBufferPointer { day($0, monthAsLastDay: monthAsLastDay) }
    }
}
