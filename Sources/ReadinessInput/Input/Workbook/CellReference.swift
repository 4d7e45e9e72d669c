import ReadinessModel

/// A cell's address in A1 style, `E14`: column E (5), row 14, within Excel's grid (columns A to
/// XFD, rows 1 to 1,048,576).
struct CellReference: Equatable, Sendable {
    /// 1-based row.
    var row: Int
    /// 1-based column (A = 1).
    var column: Int

    /// Excel's last row.
    static let maxRow = 1_048_576
    /// Excel's last column, XFD.
    static let maxColumn = 16_384
    /// The most characters Excel holds in a cell.
    static let maxCharacters = 32_767

    /// Whether UTF-8 `bytes` hold more characters than a cell may: counted only past as many bytes.
    static func tooLong(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count > maxCharacters else { return false }
        // Characters (Unicode scalars) are the bytes that do not continue one.
        var count = 0
        for b in bytes where b & 0xC0 != 0x80 { count += 1 }
        return count > maxCharacters
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Reads `bytes[range]` (`E14`, `$E$14`); nil when it is not an address inside the grid.
    init?<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) where Bytes.Index == Int {
        var i = range.lowerBound
        let end = range.upperBound
        if i < end && bytes[i] == 0x24 { i += 1 }
        var column = 0
        let lettersStart = i
        while i < end, case let b = bytes[i] | 0x20, b >= 0x61 && b <= 0x7A {
            column = column * 26 + Int(b - 0x60)
            if column > Self.maxColumn { return nil }
            i += 1
        }
        guard i > lettersStart, i - lettersStart <= 3 else { return nil }
        if i < end && bytes[i] == 0x24 { i += 1 }
        guard let row = Self.number(bytes, i..<end), row >= 1, row <= Self.maxRow else { return nil }
        self.row = row
        self.column = column
    }

    /// A whole number of at most 10 digits in `bytes[range]`.
    @inline(__always)
    static func number<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> Int?
    where Bytes.Index == Int {
        // Read in place: a slice would retain and release the array once per cell.
        guard !range.isEmpty, range.count <= 10 else { return nil }
        var value = 0
        for i in range {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// A whole number of at most 10 digits.
    static func number<Digits: Collection<UInt8>>(_ digits: Digits) -> Int? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value = 0
        for b in digits {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }

    /// `E14`.
    var a1: String { "\(SheetColumn.letters(column))\(row)" }
}
