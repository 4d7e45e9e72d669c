/// The loose form in which header names, codes and vocabulary are compared: case, spaces,
/// hyphens and underscores do not matter, so `Due date`, `due_date` and `DueDate` are one key.
package enum TextKey {
    /// Lower-case letters and digits only: the loose form header names are compared in.
    package static func normalise(_ text: String) -> String {
        // Most headings and codes are ASCII: handle those bytes directly, which is much faster.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for b in text.utf8 {
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(b)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(b + 32)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.lowercased().unicodeScalars.filter { LetterOrDigit.test($0) }.map(Character.init))
    }
}

/// ASCII-and-Unicode letter/digit test without Foundation.
enum LetterOrDigit {
    static func test(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
