/// Decodes the text of workbook XML: the five predefined entities, numeric character
/// references (`&#10;`, `&#x2019;`), line ends as XML reads them (CR LF and a lone CR are LF)
/// and the `_xHHHH_` escapes Office writes for characters XML cannot hold (`_x000D_` is a
/// carriage return). A workbook has no DOCTYPE, so any other `&name;`, or an `&` that starts
/// no reference, makes the XML not well-formed: decoding says so.
enum XMLText {
    /// Appends the decoded form of `bytes[range]` to `out`. `officeEscapes` undoes `_xHHHH_`
    /// (cell text), which attribute values do not use.
    /// Returns false when the text is not well-formed (an `&` that starts no known reference);
    /// the `&` is then kept as it stands.
    @discardableResult
    static func decode<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes, _ range: Range<Int>, into out: inout [UInt8], officeEscapes: Bool = true
    ) -> Bool where Bytes.Index == Int {
        var i = range.lowerBound
        let end = range.upperBound
        var wellFormed = true
        let from = out.count
        defer { if officeEscapes { normaliseLineEnds(&out, from: from) } }
        while i < end {
            let b = bytes[i]
            if b == 0x26 {
                if let (scalar, next) = entity(bytes, at: i, end: end) {
                    appendUTF8(scalar, to: &out)
                    i = next
                } else {
                    wellFormed = false
                    out.append(b)
                    i += 1
                }
            } else if b == 0x0D {
                // XML reads CR LF, and a CR alone, as LF (`&#13;` stays a CR).
                out.append(0x0A)
                i += i + 1 < end && bytes[i + 1] == 0x0A ? 2 : 1
            } else if b == 0x5F && officeEscapes, let (scalar, next) = officeEscape(bytes, at: i, end: end) {
                appendUTF8(scalar, to: &out)
                i = next
            } else {
                out.append(b)
                i += 1
            }
        }
        return wellFormed
    }

    /// Cell text's line ends as a CSV cell's are read: CR LF and a lone CR (Office writes a CR
    /// as `_x000D_`, a reference as `&#13;`) are LF.
    static func normaliseLineEnds(_ out: inout [UInt8], from: Int) {
        guard out[from...].contains(0x0D) else { return }
        var write = from
        var read = from
        while read < out.count {
            let b = out[read]
            read += 1
            if b == 0x0D {
                out[write] = 0x0A
                if read < out.count && out[read] == 0x0A { read += 1 }
            } else {
                out[write] = b
            }
            write += 1
        }
        out.removeSubrange(write...)
    }

    /// Whether `bytes[range]` needs decoding at all (holds `&`, `_` or a CR).
    @inline(__always)
    static func needsDecoding<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, _ range: Range<Int>) -> Bool
    where Bytes.Index == Int {
        for k in range where bytes[k] == 0x26 || bytes[k] == 0x5F || bytes[k] == 0x0D { return true }
        return false
    }

    /// The decoded text as a String.
    static func string(_ bytes: [UInt8], _ range: Range<Int>, officeEscapes: Bool = true) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        decode(bytes, range, into: &out, officeEscapes: officeEscapes)
        return String(decoding: out, as: UTF8.self)
    }

    /// `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` `&#N;` `&#xN;` at `index`: the scalar and where the
    /// text goes on; nil for anything else.
    private static func entity<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int, end: Int) -> (
        UInt32, Int
    )? where Bytes.Index == Int {
        var semicolon = index + 1
        while semicolon < end && semicolon - index <= 10 && bytes[semicolon] != 0x3B { semicolon += 1 }
        guard semicolon < end, bytes[semicolon] == 0x3B else { return nil }
        let name = bytes[(index + 1)..<semicolon]
        switch Array(name) {
        case Array("lt".utf8): return (0x3C, semicolon + 1)
        case Array("gt".utf8): return (0x3E, semicolon + 1)
        case Array("amp".utf8): return (0x26, semicolon + 1)
        case Array("quot".utf8): return (0x22, semicolon + 1)
        case Array("apos".utf8): return (0x27, semicolon + 1)
        default: break
        }
        guard name.first == 0x23 else { return nil }
        var digits = name.dropFirst()
        var radix: UInt32 = 10
        if digits.first == 0x78 || digits.first == 0x58 {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, let value = number(digits, radix: radix), let scalar = Unicode.Scalar(value),
            value != 0
        else { return nil }
        return (scalar.value, semicolon + 1)
    }

    /// `_xHHHH_` at `index`: the scalar and where the text goes on.
    private static func officeEscape<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int, end: Int)
        -> (UInt32, Int)? where Bytes.Index == Int
    {
        guard index + 7 <= end, bytes[index + 1] == 0x78, bytes[index + 6] == 0x5F,
            let value = number(bytes[(index + 2)..<(index + 6)], radix: 16), let scalar = Unicode.Scalar(value)
        else { return nil }
        return (scalar.value, index + 7)
    }

    private static func number<Digits: Collection<UInt8>>(_ digits: Digits, radix: UInt32) -> UInt32? {
        var value: UInt32 = 0
        for b in digits {
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46 where radix == 16: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66 where radix == 16: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            value = value * radix + d
            if value > 0x10FFFF { return nil }
        }
        return value
    }

    private static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        out.append(contentsOf: String(Character(scalar)).utf8)
    }
}
