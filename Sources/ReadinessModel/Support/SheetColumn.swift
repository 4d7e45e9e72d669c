/// A spreadsheet's column letters: column 1 is `A`, 26 is `Z`, 27 is `AA`, 16,384 is `XFD`.
public enum SheetColumn {
    /// The letters of a 1-based column number (empty for 0 or less).
    public static func letters(_ number: Int) -> String {
        var n = number
        var scalars: [Unicode.Scalar] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            scalars.append(Unicode.Scalar(UInt8(65 + remainder)))
            n = (n - 1) / 26
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars.reversed())
        return text
    }

    /// The 1-based number of column letters (`A` is 1, `XFD` 16,384), nil unless the text is
    /// one to three letters A to Z, in either case.
    public static func number(_ letters: some StringProtocol) -> Int? {
        guard (1...3).contains(letters.utf8.count) else { return nil }
        var n = 0
        for byte in letters.utf8 {
            let upper = byte & 0xDF
            guard upper >= 65 && upper <= 90 else { return nil }
            n = n * 26 + Int(upper - 64)
        }
        return n
    }
}
