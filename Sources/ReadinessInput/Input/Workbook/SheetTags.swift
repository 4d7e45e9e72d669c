/// Finding XML tags in a sheet scanner's buffer, byte by byte, without making strings: the
/// next `<`, a tag's name and end, names compared in place, and the declarations, comments
/// and CDATA a sheet may hold (a DOCTYPE, where entity expansion starts, is refused).
extension SheetScanner {
    /// The index of the next `<` at or after `from`, or `end` (`end <= buffer.count`). Eight
    /// bytes are tested at a time: a byte of `word ^ 0x3C3C...` is zero where `word` has a `<`,
    /// and the lowest byte the zero-byte test flags is always a true one.
    @inline(__always)
    func nextTag(_ from: Int, _ end: Int) -> Int {
        buffer.withUnsafeBytes { bytes in
            var i = from
            while i + 8 <= end {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                let x = word ^ 0x3C3C_3C3C_3C3C_3C3C
                let found = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if found != 0 { return i + found.trailingZeroBitCount / 8 }
                i += 8
            }
            while i < end && bytes[i] != 0x3C { i += 1 }
            return i
        }
    }

    /// The end of a tag's name starting at `from`.
    @inline(__always)
    func nameEnd(_ from: Int, _ end: Int) -> Int {
        var i = from
        while i < end {
            let b = buffer[i]
            if b == 0x3E || b == 0x2F || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { break }
            i += 1
        }
        return i
    }

    /// The start of the local part of the name `from..<to`.
    @inline(__always)
    func localStart(_ from: Int, _ to: Int) -> Int {
        var s = from
        var k = from
        while k < to {
            if buffer[k] == 0x3A { s = k + 1 }
            k += 1
        }
        return s
    }

    /// The `>` closing the tag whose attributes start at `from` (quotes respected).
    @inline(__always)
    func tagEnd(_ from: Int, _ end: Int) -> Int? {
        var i = from
        var quote: UInt8 = 0
        while i < end {
            let b = buffer[i]
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

    @inline(__always)
    func named(_ start: Int, _ end: Int, _ a: UInt8) -> Bool {
        end - start == 1 && buffer[start] == a
    }

    @inline(__always)
    func named(_ start: Int, _ end: Int, _ a: UInt8, _ b: UInt8) -> Bool {
        end - start == 2 && buffer[start] == a && buffer[start + 1] == b
    }

    @inline(__always)
    func named(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard end - start == count else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<count where buffer[start + k] != w[k] { return false }
            return true
        }
    }

    /// Whether `<!` at `i` starts a DOCTYPE (refused: it is how entity expansion starts).
    func isDoctype(at i: Int, _ end: Int) -> Bool {
        i + 2 < end && buffer[i + 1] == 0x21 && buffer[i + 2] != 0x2D && buffer[i + 2] != 0x5B
    }

    /// Skips `<?...?>`, `<!--...-->` and `<![CDATA[...]]>`; nil for a DOCTYPE or an unterminated one.
    func skipSpecial(at i: Int, _ end: Int) -> Int? {
        let pattern: [UInt8]
        if buffer[i + 1] == 0x3F {
            pattern = [0x3F, 0x3E]
        } else if i + 3 < end && buffer[i + 2] == 0x2D && buffer[i + 3] == 0x2D {
            pattern = [0x2D, 0x2D, 0x3E]
        } else if i + 2 < end && buffer[i + 2] == 0x5B {
            pattern = [0x5D, 0x5D, 0x3E]
        } else {
            return nil
        }
        var k = i + 2
        while k + pattern.count <= end {
            if buffer[k] == pattern[0] && buffer[k + 1] == pattern[1]
                && (pattern.count == 2 || buffer[k + 2] == pattern[2])
            {
                return k + pattern.count
            }
            k += 1
        }
        return nil
    }
}
