/// JSON string literals, for the diagnostics' JSON format and the manifest.
package enum JSONString {
    /// A JSON string literal.
    package static func literal(_ text: String) -> String {
        // Most text (every path of a manifest) needs no escape: one pass over its bytes, no
        // scalar by scalar copy. A byte of a longer UTF-8 sequence is never below 0x80.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) {
            return "\"" + text + "\""
        }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
