import ReadinessModel

/// The workbook's shared strings (`xl/sharedStrings.xml`), decoded once and kept as one run of
/// bytes with offsets, so a list of a million distinct strings makes no String at all.
///
/// A string is its `<t>` text, or its rich-text runs' `<r><t>` texts joined; phonetic guides
/// (`<rPh>`) are not part of it. Entities, character references and `_xHHHH_` escapes are undone.
struct SharedStrings: Sendable {
    /// Every string's bytes, one after another.
    private(set) var storage: [UInt8] = []
    /// Where string k starts in `storage`; string k ends where k + 1 starts.
    private var starts: [UInt32] = [0]

    /// How many strings there are.
    var count: Int { starts.count - 1 }

    init() {}

    /// Reads the part; a problem is thrown as the scanner's.
    init(xml bytes: [UInt8], limit: Int = Budgets.workbookSharedStrings) throws(XMLScanner.Problem) {
        var scanner = XMLScanner(bytes: bytes)
        storage.reserveCapacity(bytes.count / 3)
        var inItem = false
        var inText = false
        var phoneticDepth = 0
        while true {
            if !inItem, let (text, next) = Self.plainItem(bytes, at: scanner.position, end: scanner.end) {
                // `<si><t>text</t></si>`, nearly every string, read without the event path.
                if starts.count > limit { throw .tooMany }
                if XMLText.needsDecoding(bytes, text) {
                    guard XMLText.decode(bytes, text, into: &storage) else { throw .badText }
                } else {
                    storage.append(contentsOf: bytes[text])
                }
                try endString()
                scanner.position = next
                continue
            }
            guard let event = try scanner.next() else { break }
            switch event {
            case .start(let name, _, let selfClosing):
                if scanner.isNamed(name, "si") {
                    // So many strings is no workbook Readiness reads (a bomb of empty ones).
                    if starts.count > limit { throw .tooMany }
                    if selfClosing { starts.append(UInt32(storage.count)) } else { inItem = true }
                } else if scanner.isNamed(name, "rPh") && !selfClosing {
                    phoneticDepth += 1
                } else if scanner.isNamed(name, "t") && !selfClosing {
                    inText = inItem && phoneticDepth == 0
                }
            case .end(let name):
                if scanner.isNamed(name, "si") {
                    inItem = false
                    try endString()
                } else if scanner.isNamed(name, "rPh") {
                    phoneticDepth = max(0, phoneticDepth - 1)
                } else if scanner.isNamed(name, "t") {
                    inText = false
                }
            case .text(let range, let cdata):
                guard inText else { continue }
                if cdata || !XMLText.needsDecoding(bytes, range) {
                    storage.append(contentsOf: bytes[range])
                } else {
                    guard XMLText.decode(bytes, range, into: &storage) else { throw .badText }
                }
            }
        }
        // Every string is handed on as text: checked once here, not at each cell that uses it.
        guard storage.withUnsafeBytes({ SheetTags.isASCII($0) }) || String(validating: storage, as: UTF8.self) != nil
        else { throw .badText }
    }

    /// Ends the string being read; a string longer than a cell holds is refused.
    private mutating func endString() throws(XMLScanner.Problem) {
        let start = Int(starts[starts.count - 1])
        if storage.count - start > CellReference.maxCharacters,
            storage[start...].withUnsafeBytes({ CellReference.tooLong($0) })
        {
            throw .tooLong
        }
        starts.append(UInt32(truncatingIfNeeded: storage.count))
    }

    /// `<si><t>text</t></si>` at `at`: the text's range and where the scan goes on; nil for any
    /// other shape (rich text, attributes, prefixes, CDATA), which the event path reads.
    @inline(__always)
    private static func plainItem(_ bytes: [UInt8], at: Int, end: Int) -> (Range<Int>, Int)? {
        // <si><t>
        guard at + 7 <= end, bytes[at] == 0x3C, bytes[at + 1] == 0x73, bytes[at + 2] == 0x69, bytes[at + 3] == 0x3E,
            bytes[at + 4] == 0x3C, bytes[at + 5] == 0x74, bytes[at + 6] == 0x3E
        else { return nil }
        var i = at + 7
        while i < end && bytes[i] != 0x3C { i += 1 }
        // </t></si>
        guard i + 9 <= end, bytes[i + 1] == 0x2F, bytes[i + 2] == 0x74, bytes[i + 3] == 0x3E, bytes[i + 4] == 0x3C,
            bytes[i + 5] == 0x2F, bytes[i + 6] == 0x73, bytes[i + 7] == 0x69, bytes[i + 8] == 0x3E
        else { return nil }
        return ((at + 7)..<i, i + 9)
    }

    /// String `index`'s bytes, or nil when there is no such string.
    @inline(__always)
    subscript(index: Int) -> ArraySlice<UInt8>? {
        guard index >= 0 && index < count else { return nil }
        return storage[Int(starts[index])..<Int(starts[index + 1])]
    }
}
