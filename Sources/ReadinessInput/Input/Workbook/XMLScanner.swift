/// A small pull scanner over the XML of a workbook part: start tags with their attributes, end
/// tags and text, as byte ranges, with no tree and nothing expanded.
///
/// Workbook parts are machine-written XML of a known shape, so this reads only what they use.
/// A DOCTYPE is refused (it is how entity-expansion attacks start, and no workbook has one);
/// comments and processing instructions are skipped; CDATA is text. Names are matched by their
/// local part, so `<x:row>` is `row`. Written rather than taken from a library because the
/// parts of a million-row list must be read as bytes (docs/design.md, "Workbooks").
struct XMLScanner {
    /// What the scanner found next.
    enum Event: Equatable {
        /// `<name attributes>`; `attributes` is the range between the name and the `>`.
        case start(name: Range<Int>, attributes: Range<Int>, selfClosing: Bool)
        /// `</name>`.
        case end(name: Range<Int>)
        /// Character data between tags (entities not yet decoded), or CDATA's content.
        case text(Range<Int>, cdata: Bool)
    }

    /// Why the XML could not be read.
    enum Problem: Error, Equatable {
        case doctype
        case unterminated
        /// More items (shared strings) than `Budgets.workbookSharedStrings`: a small file of millions
        /// of empty strings would otherwise take a minute to read.
        case tooMany
        /// A string longer than the 32,767 characters Excel holds in a cell: shared by many
        /// cells, it would take each cell's copy of it into memory.
        case tooLong
        /// Written in an encoding other than UTF-8 (its name).
        case encoding(String)
        /// Text that is not UTF-8, or an `&` that starts no character reference.
        case badText
    }

    let bytes: [UInt8]
    /// Where the next event starts.
    var position: Int
    /// Where scanning stops.
    let end: Int

    init(bytes: [UInt8], range: Range<Int>? = nil) {
        self.bytes = bytes
        position = range?.lowerBound ?? 0
        end = range?.upperBound ?? bytes.count
    }

    /// The next event, nil at the end.
    mutating func next() throws(Problem) -> Event? {
        if position == 0, let encoding = XMLEncoding.other(bytes) { throw .encoding(encoding) }
        while position < end {
            if bytes[position] != 0x3C {
                let start = position
                while position < end && bytes[position] != 0x3C { position += 1 }
                return .text(start..<position, cdata: false)
            }
            // "<"
            guard position + 1 < end else { throw .unterminated }
            let first = bytes[position + 1]
            if first == 0x3F {  // <? ... ?>
                guard let close = find([0x3F, 0x3E], from: position + 2) else { throw .unterminated }
                position = close + 2
                continue
            }
            if first == 0x21 {  // <! : comment, CDATA or DOCTYPE
                if matches([0x21, 0x2D, 0x2D], at: position + 1) {
                    guard let close = find([0x2D, 0x2D, 0x3E], from: position + 4) else { throw .unterminated }
                    position = close + 3
                    continue
                }
                if matches(Array("![CDATA[".utf8), at: position + 1) {
                    let start = position + 9
                    guard let close = find([0x5D, 0x5D, 0x3E], from: start) else { throw .unterminated }
                    position = close + 3
                    return .text(start..<close, cdata: true)
                }
                throw .doctype
            }
            if first == 0x2F {  // </name>
                let nameStart = position + 2
                var i = nameStart
                while i < end && bytes[i] != 0x3E && !Self.isSpace(bytes[i]) { i += 1 }
                let nameEnd = i
                while i < end && bytes[i] != 0x3E { i += 1 }
                guard i < end else { throw .unterminated }
                position = i + 1
                return .end(name: nameStart..<nameEnd)
            }
            let nameStart = position + 1
            var i = nameStart
            while i < end && bytes[i] != 0x3E && bytes[i] != 0x2F && !Self.isSpace(bytes[i]) { i += 1 }
            let nameEnd = i
            // Attribute values may hold '>' or '/' only inside quotes.
            var quote: UInt8 = 0
            while i < end {
                let b = bytes[i]
                if quote != 0 {
                    if b == quote { quote = 0 }
                } else if b == 0x22 || b == 0x27 {
                    quote = b
                } else if b == 0x3E {
                    break
                }
                i += 1
            }
            guard i < end else { throw .unterminated }
            let selfClosing = i > nameEnd && bytes[i - 1] == 0x2F
            position = i + 1
            return .start(
                name: nameStart..<nameEnd, attributes: nameEnd..<(selfClosing ? i - 1 : i), selfClosing: selfClosing)
        }
        return nil
    }

    /// Skips to just past the end of the element whose start tag was just read.
    mutating func skipElement() throws(Problem) {
        var depth = 1
        while let event = try next() {
            switch event {
            case .start(_, _, let selfClosing): if !selfClosing { depth += 1 }
            case .end: depth -= 1
            case .text: break
            }
            if depth == 0 { return }
        }
        throw .unterminated
    }

    /// Whether the name's local part (after any `prefix:`) is `local`.
    func isNamed(_ name: Range<Int>, _ local: StaticString) -> Bool {
        Self.localName(bytes, name, is: local)
    }

    /// The raw value (entities not decoded) of the attribute whose local name is `local`.
    func attribute(_ local: StaticString, in range: Range<Int>) -> Range<Int>? {
        Self.attribute(local, in: range, of: bytes)
    }

    /// Whether `bytes[name]`'s local part is `local`.
    @inline(__always)
    static func localName<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, _ name: Range<Int>, is local: StaticString
    )
        -> Bool where Bytes.Index == Int
    {
        var start = name.lowerBound
        for k in name where bytes[k] == 0x3A { start = k + 1 }
        let count = local.utf8CodeUnitCount
        guard name.upperBound - start == count else { return false }
        return local.withUTF8Buffer { want in
            for k in 0..<count where bytes[start + k] != want[k] { return false }
            return true
        }
    }

    /// The raw value of the attribute named `local` (by its local part) in `bytes[range]`.
    static func attribute<Bytes: RandomAccessCollection<UInt8>>(
        _ local: StaticString, in range: Range<Int>, of bytes: Bytes
    ) -> Range<Int>? where Bytes.Index == Int {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            while i < end && isSpace(bytes[i]) { i += 1 }
            let nameStart = i
            while i < end && bytes[i] != 0x3D && !isSpace(bytes[i]) { i += 1 }
            let name = nameStart..<i
            while i < end && bytes[i] != 0x22 && bytes[i] != 0x27 { i += 1 }
            guard i < end else { return nil }
            let quote = bytes[i]
            let valueStart = i + 1
            i = valueStart
            while i < end && bytes[i] != quote { i += 1 }
            let value = valueStart..<min(i, end)
            i += 1
            if !name.isEmpty && localName(bytes, name, is: local) { return value }
        }
        return nil
    }

    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    private func matches(_ pattern: [UInt8], at index: Int) -> Bool {
        guard index + pattern.count <= end else { return false }
        for k in pattern.indices where bytes[index + k] != pattern[k] { return false }
        return true
    }

    private func find(_ pattern: [UInt8], from index: Int) -> Int? {
        var i = index
        while i + pattern.count <= end {
            if bytes[i] == pattern[0] && matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }
}
