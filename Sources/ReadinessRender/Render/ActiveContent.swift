/// Finds what would run in a reader's browser in a page's HTML: a `<script>`, an embedded
/// frame or object, an event-handler attribute (`onclick=`…) or a `javascript:` address.
///
/// Public builds hold none: they are attached to agenda packs and published, so they are
/// static documents (docs/accessibility.md, docs/publishing.md). Readiness adds its table
/// tools only to internal builds; this is how a council's own layout, partial or raw HTML is
/// kept to the same rule. Data values cannot make any of these: they are escaped where they land.
package enum ActiveContent {
    /// Elements that run or embed something.
    static let elements = ["script", "iframe", "object", "embed", "frame", "frameset", "applet", "base"]
    /// Attributes whose value is an address a browser would follow or load.
    static let addressAttributes: Set<String> = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc"]

    /// A short description of the first active content in `html` (such as "a <script> element"
    /// or "an onclick attribute"), or nil when there is none.
    package static func first(in html: String) -> String? {
        var bytes = Array(html.utf8)[...]
        while let open = bytes.firstIndex(of: UInt8(ascii: "<")) {
            bytes = bytes[(open + 1)...]
            // Comments cannot hold a live element.
            if bytes.starts(with: Array("!--".utf8)) {
                guard let end = find(Array("-->".utf8), in: bytes) else { return nil }
                bytes = bytes[end...]
                continue
            }
            let nameEnd = bytes.firstIndex { !isNameByte($0) } ?? bytes.endIndex
            let name = String(decoding: bytes[bytes.startIndex..<nameEnd], as: UTF8.self).lowercased()
            if name.isEmpty { continue }
            if elements.contains(name) { return "a <\(name)> element" }
            guard let tagEnd = bytes[nameEnd...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            if let found = attribute(in: bytes[nameEnd..<tagEnd]) { return found }
            bytes = bytes[tagEnd...]
        }
        return nil
    }

    /// The first event handler or script address among a tag's attributes.
    private static func attribute(in tag: ArraySlice<UInt8>) -> String? {
        var rest = tag
        while true {
            rest = rest.drop { isSpace($0) || $0 == UInt8(ascii: "/") }
            guard !rest.isEmpty else { return nil }
            let nameEnd =
                rest.firstIndex { isSpace($0) || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") } ?? rest.endIndex
            let name = String(decoding: rest[rest.startIndex..<nameEnd], as: UTF8.self).lowercased()
            rest = rest[nameEnd...].drop(while: isSpace)
            var value = ""
            if rest.first == UInt8(ascii: "=") {
                rest = rest.dropFirst().drop(while: isSpace)
                if let quote = rest.first, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let body = rest.dropFirst()
                    let end = body.firstIndex(of: quote) ?? body.endIndex
                    value = String(decoding: body[body.startIndex..<end], as: UTF8.self)
                    rest = end == body.endIndex ? body[end...] : body[(end + 1)...]
                } else {
                    let end = rest.firstIndex(where: isSpace) ?? rest.endIndex
                    value = String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
                    rest = rest[end...]
                }
            }
            if name.hasPrefix("on"), name.count > 2 { return "an \(name) attribute" }
            if addressAttributes.contains(name), isScriptAddress(value) { return "a \(name)=\"javascript:…\" address" }
            if name == "style", value.lowercased().contains("expression(") || value.lowercased().contains("javascript:")
            {
                return "a style attribute with script in it"
            }
        }
    }

    /// Whether an address runs script: `javascript:` or `vbscript:`, however written (spaces,
    /// control characters and character references taken out, as browsers do).
    static func isScriptAddress(_ value: String) -> Bool {
        let decoded = decodeReferences(value)
        let letters = decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
        let scheme = String(letters).lowercased()
        return scheme.hasPrefix("javascript:") || scheme.hasPrefix("vbscript:") || scheme.hasPrefix("data:text/html")
    }

    /// Decimal and hexadecimal character references, and the named ones that can spell a scheme.
    private static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[rest.startIndex..<amp]
            rest = rest[rest.index(after: amp)...]
            let end = rest.firstIndex { !($0.isLetter || $0.isNumber || $0 == "#") } ?? rest.endIndex
            let reference = rest[rest.startIndex..<end].lowercased()
            var scalar: Unicode.Scalar?
            if reference.hasPrefix("#x") {
                scalar = UInt32(reference.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if reference.hasPrefix("#") {
                scalar = UInt32(reference.dropFirst()).flatMap(Unicode.Scalar.init)
            } else {
                scalar = ["colon": ":", "tab": "\t", "newline": "\n"][reference].flatMap { $0.unicodeScalars.first }
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
                rest = rest[end...]
                if rest.first == ";" { rest = rest.dropFirst() }
            } else {
                out += "&"
            }
        }
        return out + rest
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ":")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> ArraySlice<UInt8>.Index? {
        guard needle.count <= haystack.count else { return nil }
        var index = haystack.startIndex
        while index <= haystack.endIndex - needle.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return nil
    }
}
