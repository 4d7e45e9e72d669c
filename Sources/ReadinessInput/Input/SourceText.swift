import ReadinessModel

/// The text of one input file, decoded from the bytes a spreadsheet or editor wrote.
///
/// Accepts UTF-8 with or without a byte-order mark. Anything else is a diagnostic that says
/// how to re-save the file, never a crash or silently mangled text.
public struct SourceText: Sendable {
    /// The path shown in diagnostics.
    public let path: String
    /// The UTF-8 bytes, without any byte-order mark.
    public let bytes: [UInt8]

    /// Decodes raw bytes; reports a diagnostic and returns nil when they are not UTF-8 text.
    public static func decode(_ raw: [UInt8], path: String, log: inout DiagnosticLog) -> SourceText? {
        if raw.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || raw.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            log.error(
                "the file is UTF-32 text, which Readiness does not read", file: path,
                hint: "save it as 'CSV UTF-8' (Excel) or UTF-8 (other editors)")
            return nil
        }
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF]) || looksLikeUTF16(raw) {
            log.error(
                "the file is UTF-16 text, which Readiness does not read", file: path,
                hint: "save it as 'CSV UTF-8' (Excel) or UTF-8 (other editors)")
            return nil
        }
        var body = raw[...]
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { body = raw.dropFirst(3) }
        if let bad = SourceText.firstInvalidUTF8(body) {
            let (line, column) = SourceText.position(of: bad, in: body)
            log.error(
                "the file is not valid UTF-8 text (byte \(bad - body.startIndex + 1) cannot be read)",
                at: SourceLocation(file: path, line: line, column: column),
                hint: "save it as 'CSV UTF-8' (Excel) or UTF-8 (other editors)")
            return nil
        }
        return SourceText(path: path, bytes: Array(body))
    }

    /// Whether text starts as UTF-16 without a byte order mark would: in its first pairs of bytes
    /// (at least two), one byte of each pair is a NUL and the other is not, on the same side
    /// every time. UTF-8 text holds no NULs, so it passed the UTF-8 check and every row was then
    /// an error of its own.
    static func looksLikeUTF16<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        let head = Array(bytes.prefix(64))
        let pairs = head.count / 2
        guard pairs >= 2 else { return false }
        let little = (0..<pairs).allSatisfy { head[2 * $0] != 0 && head[2 * $0 + 1] == 0 }
        let big = (0..<pairs).allSatisfy { head[2 * $0] == 0 && head[2 * $0 + 1] != 0 }
        return little || big
    }

    /// The text as a Swift string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The index of the first byte that is not part of valid UTF-8, or nil if all are valid.
    /// ASCII, most of any data file, is passed over eight bytes at a time.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        let base = bytes.startIndex
        let invalid = bytes.withUnsafeBufferPointer { firstInvalidUTF8(UnsafeRawBufferPointer($0)) }
        return invalid.map { base + $0 }
    }

    /// The offset of the first byte that is not part of valid UTF-8 in a buffer, or nil.
    static func firstInvalidUTF8(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        let end = bytes.count
        while i < end {
            if i + 8 <= end, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + length <= end else { return i }
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += length
        }
        return nil
    }

    /// 1-based line and column of a byte index (columns count characters, not bytes).
    static func position(of index: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = bytes.startIndex
        while i < index {
            let b = bytes[i]
            if b == 0x0A || (b == 0x0D && (i + 1 >= bytes.endIndex || bytes[i + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 && b != 0x0D {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
