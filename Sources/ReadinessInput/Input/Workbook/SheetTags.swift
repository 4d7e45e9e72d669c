/// Finding XML tags in a worksheet's bytes without making strings: the next `<`, a tag's name
/// and end, names compared in place, the usual shapes of a cell's value recognised whole, and
/// the declarations, comments and CDATA a sheet may hold (a DOCTYPE, where entity expansion
/// starts, is refused).
///
/// Every function reads `bytes[from..<end]` only (`end <= bytes.count`), and reports "not
/// here" or "cut off" rather than read past `end`: the sheet scanner keeps an unfinished
/// element for the next chunk.
enum SheetTags {
    typealias Bytes = UnsafeRawBufferPointer

    /// The index of the next `<` at or after `from`, or `end`.
    @inline(__always)
    static func next(_ bytes: Bytes, _ from: Int, _ end: Int) -> Int {
        find(0x3C, bytes, from, end)
    }

    /// The index of the first `byte` at or after `from`, or `end`. Eight bytes are tested at a
    /// time: a byte of `word ^ byte * 0x0101...` is zero where `word` has `byte`, and the
    /// lowest byte the zero-byte test flags is always a true one. An attribute's closing quote
    /// is found so without a byte loop whose end the processor mispredicts once per attribute.
    @inline(__always)
    static func find(_ byte: UInt8, _ bytes: Bytes, _ from: Int, _ end: Int) -> Int {
        var i = from
        while i + 8 <= end {
            let x = word(bytes, i) ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
            let found = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
            if found != 0 { return i + found.trailingZeroBitCount / 8 }
            i += 8
        }
        while i < end && bytes[i] != byte { i += 1 }
        return i
    }

    /// Whether every byte is ASCII, eight at a time.
    @inline(__always)
    static func isASCII(_ bytes: Bytes) -> Bool {
        var i = 0
        var high: UInt64 = 0
        while i + 8 <= bytes.count {
            high |= word(bytes, i)
            i += 8
        }
        while i < bytes.count {
            high |= UInt64(bytes[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// The eight bytes at `i` as a little-endian word (`i + 8 <= end`).
    @inline(__always)
    static func word(_ bytes: Bytes, _ i: Int) -> UInt64 {
        bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
    }

    /// XML's white space.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    /// Whether `b` may start an element's name: a letter, `_`, `:` or any byte of a non-ASCII
    /// character (`<5` or `< b` is text that should have been `&lt;`).
    @inline(__always)
    static func startsName(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b | 0x20) || b == 0x5F || b == 0x3A || b >= 0x80
    }

    /// Whether `b` ends a tag's name.
    @inline(__always)
    static func endsName(_ b: UInt8) -> Bool {
        b == 0x3E || b == 0x2F || isSpace(b)
    }

    /// The end of a tag's name starting at `from`.
    @inline(__always)
    static func nameEnd(_ bytes: Bytes, _ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end && !endsName(bytes[i]) { i += 1 }
        return i
    }

    /// The start of the local part of the name `from..<to` (`c` of `x:c`).
    @inline(__always)
    static func localStart(_ bytes: Bytes, _ from: Int, _ to: Int) -> Int {
        var s = from
        var k = from
        while k < to {
            if bytes[k] == 0x3A { s = k + 1 }
            k += 1
        }
        return s
    }

    /// The `>` closing the tag whose attributes start at `from` (quotes respected); nil when cut off.
    @inline(__always)
    static func tagEnd(_ bytes: Bytes, _ from: Int, _ end: Int) -> Int? {
        var i = from
        var quote: UInt8 = 0
        while i < end {
            let b = bytes[i]
            if quote != 0 {
                if b == quote { quote = 0 }
            } else if b == 0x3E {
                return i
            } else if b == 0x22 || b == 0x27 {
                quote = b
            }
            i += 1
        }
        return nil
    }

    /// The tag whose name starts at `from` (just after `<` or `</`): its name's local part
    /// (`c` of `x:c`) and the `>` that closes it; nil when the tag is cut off.
    @inline(__always)
    static func tag(_ bytes: Bytes, _ from: Int, _ end: Int) -> (name: Range<Int>, close: Int)? {
        let stop = nameEnd(bytes, from, end)
        guard let close = tagEnd(bytes, stop, end) else { return nil }
        return (localStart(bytes, from, stop)..<stop, close)
    }

    @inline(__always)
    static func named(_ bytes: Bytes, _ name: Range<Int>, _ a: UInt8) -> Bool {
        named(bytes, name.lowerBound, name.upperBound, a)
    }

    @inline(__always)
    static func named(_ bytes: Bytes, _ name: Range<Int>, _ a: UInt8, _ b: UInt8) -> Bool {
        named(bytes, name.lowerBound, name.upperBound, a, b)
    }

    @inline(__always)
    static func named(_ bytes: Bytes, _ start: Int, _ end: Int, _ a: UInt8) -> Bool {
        end - start == 1 && bytes[start] == a
    }

    @inline(__always)
    static func named(_ bytes: Bytes, _ start: Int, _ end: Int, _ a: UInt8, _ b: UInt8) -> Bool {
        end - start == 2 && bytes[start] == a && bytes[start + 1] == b
    }

    static func named(_ bytes: Bytes, _ start: Int, _ end: Int, _ name: StaticString) -> Bool {
        let count = name.utf8CodeUnitCount
        guard end - start == count else { return false }
        return name.withUTF8Buffer { w in
            for k in 0..<count where bytes[start + k] != w[k] { return false }
            return true
        }
    }

    /// The column of a cell's address (`E14`, `$E$14`, any case), the same as
    /// `CellReference(bytes, range)?.column` but read in one pass without a generic
    /// collection: it is read for every cell. Nil for an address outside Excel's grid.
    @inline(__always)
    static func column(_ bytes: Bytes, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let end = range.upperBound
        if i < end && bytes[i] == 0x24 { i += 1 }
        let letters = i
        var column = 0
        while i < end && i - letters < 4 {
            let letter = (bytes[i] | 0x20) &- 0x61
            if letter >= 26 { break }
            column = column * 26 + Int(letter) + 1
            i += 1
        }
        guard i > letters, i - letters <= 3, column <= CellReference.maxColumn else { return nil }
        if i < end && bytes[i] == 0x24 { i += 1 }
        let digits = i
        var row = 0
        while i < end && i - digits < 10 {
            let digit = bytes[i] &- 0x30
            guard digit < 10 else { return nil }
            row = row * 10 + Int(digit)
            i += 1
        }
        guard i == end, i > digits, row >= 1, row <= CellReference.maxRow else { return nil }
        return column
    }

    // MARK: - A cell's value in its usual shapes

    /// `</v></c>`, little-endian.
    static let closeValueAndCell: UInt64 = 0x3E63_2F3C_3E76_2F3C
    /// `<is><t>`, little-endian, in the low seven bytes.
    static let openInlineText: UInt64 = 0x3E_743C_3E73_693C
    /// `</t></is`, little-endian; `></c>` follows.
    static let closeInlineText: UInt64 = 0x7369_2F3C_3E74_2F3C
    /// `></c`, little-endian.
    static let closeCellTail: UInt32 = 0x632F_3C3E

    /// A cell's content, starting at `from` just after its start tag, when it is in one of the
    /// two shapes nearly every cell has: `<v>text</v></c>` or `<is><t>text</t></is></c>`.
    /// Gives the text's range, whether it was inline, and where scanning goes on after `</c>`;
    /// nil for any other shape (formulas, rich text, attributes, prefixes, comments, a cell cut
    /// off), which the general path then reads.
    @inline(__always)
    static func simpleValue(_ bytes: Bytes, _ from: Int, _ end: Int) -> (text: Range<Int>, inline: Bool, next: Int)? {
        guard from + 8 <= end, bytes[from] == 0x3C else { return nil }
        if bytes[from + 1] == 0x76 && bytes[from + 2] == 0x3E {
            let close = next(bytes, from + 3, end)
            guard close + 8 <= end, word(bytes, close) == closeValueAndCell else { return nil }
            return ((from + 3)..<close, false, close + 8)
        }
        guard word(bytes, from) & 0x00FF_FFFF_FFFF_FFFF == openInlineText else { return nil }
        let close = next(bytes, from + 7, end)
        guard close + 13 <= end, word(bytes, close) == closeInlineText,
            bytes.loadUnaligned(fromByteOffset: close + 8, as: UInt32.self).littleEndian == closeCellTail,
            bytes[close + 12] == 0x3E
        else { return nil }
        return ((from + 7)..<close, true, close + 13)
    }

    // MARK: - Declarations, comments, CDATA

    /// Whether `<!` at `i` starts a DOCTYPE (refused: it is how entity expansion starts).
    static func isDoctype(_ bytes: Bytes, at i: Int, _ end: Int) -> Bool {
        i + 2 < end && bytes[i + 1] == 0x21 && bytes[i + 2] != 0x2D && bytes[i + 2] != 0x5B
    }

    /// `<![CDATA[...]]>` at `i` (`i + 2 < end`, `<![` there): its content and where scanning
    /// goes on; nil when cut off. A malformed one (`<![]]>`) has no content.
    static func cdata(_ bytes: Bytes, at i: Int, _ end: Int) -> (content: Range<Int>, next: Int)? {
        guard let next = skipSpecial(bytes, at: i, end) else { return nil }
        let start = i + 9
        guard start <= next - 3 else { return (next..<next, next) }
        return (start..<(next - 3), next)
    }

    /// Skips `<?...?>`, `<!--...-->` and `<![CDATA[...]]>` starting at `i` (`i + 1 < end`);
    /// nil for a DOCTYPE or one cut off.
    static func skipSpecial(_ bytes: Bytes, at i: Int, _ end: Int) -> Int? {
        // The closing pattern's bytes: `?>`, `-->` or `]]>`.
        let (a, b, c): (UInt8, UInt8, UInt8?)
        if bytes[i + 1] == 0x3F {
            (a, b, c) = (0x3F, 0x3E, nil)
        } else if i + 3 < end && bytes[i + 2] == 0x2D && bytes[i + 3] == 0x2D {
            (a, b, c) = (0x2D, 0x2D, 0x3E)
        } else if i + 2 < end && bytes[i + 2] == 0x5B {
            (a, b, c) = (0x5D, 0x5D, 0x3E)
        } else {
            return nil
        }
        let length = c == nil ? 2 : 3
        var k = i + 2
        while k + length <= end {
            if bytes[k] == a && bytes[k + 1] == b && (c == nil || bytes[k + 2] == c) { return k + length }
            k += 1
        }
        return nil
    }
}
