/// Escapes data values for where they land, so that a value is always shown literally.
public enum Escaping {
    /// Escapes text for HTML element content and quoted attribute values.
    public static func html(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes text for Markdown so that CommonMark shows every character as written: each ASCII
    /// punctuation mark is backslash-escaped, line breaks and runs of spaces fold to one space (so
    /// a value cannot start a heading, list or code block), and the private-use characters
    /// Readiness uses for its block markers are replaced.
    public static func markdown(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}":
                pendingSpace = !out.isEmpty
                continue
            default: break
            }
            if pendingSpace {
                out += " "
                pendingSpace = false
            }
            if scalar.isASCII, asciiPunctuation.contains(UInt8(scalar.value)) {
                out += "\\"
                out.unicodeScalars.append(scalar)
            } else if scalar.value == 0 || BlockTable.isMarkerScalar(scalar) {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes text for a double-quoted CSS string inside a `<style>` element: quotes,
    /// backslashes, line breaks and `<` (so `</style>` cannot appear) become CSS escapes.
    public static func cssString(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r": out += "\\A "
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// The characters CommonMark allows to be backslash-escaped.
    static let asciiPunctuation: Set<UInt8> = Set(Array("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8))
}
