import Testing

@testable import ReadinessInput

/// The child-level scanner skips through an unquoted cell eight bytes at a time
/// (`CSVScanner.delimiter`). Whatever the bytes and wherever the search starts, it finds what a
/// byte-at-a-time search finds: the first comma, LF or CR, or the end.
@Suite("CSV scanner")
struct CSVScannerTests {
    /// The byte-at-a-time search the word-at-a-time one must agree with.
    static func naive(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, ![0x2C, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
        return i
    }

    @Test("the first delimiter is found exactly, from every start, in random bytes of every length")
    func delimiterMatchesByteSearch() {
        var generator = SeededRandom(state: 18)
        // Bytes near the delimiters (0x0B, 0x2B, 0x2D, 0x8C, 0xAC) and the values a borrow
        // can turn into a false match are drawn often.
        let alphabet: [UInt8] = [0x2C, 0x0A, 0x0D, 0x0B, 0x0C, 0x2B, 0x2D, 0x01, 0x00, 0x8C, 0xAC, 0xFF, 0x41, 0x20]
        for _ in 0..<3000 {
            let length = Int(generator.next() % 40)
            let sparse = generator.next() % 3 == 0
            let bytes = (0..<length).map { _ -> UInt8 in
                sparse && generator.next() % 6 != 0
                    ? 0x41 : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            for start in 0...length {
                let found = bytes.withUnsafeBufferPointer { CSVScanner.delimiter(in: $0, from: start) }
                #expect(found == Self.naive(bytes, from: start), "\(bytes) from \(start)")
            }
        }
    }

    @Test("an empty buffer has no delimiter")
    func empty() {
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        #expect(CSVScanner.delimiter(in: none, from: 0) == 0)
    }
}
