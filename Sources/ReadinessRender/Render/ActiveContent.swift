import ReadinessModel

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
    static let addressAttributes: Set<String> = [
        "href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "values", "to", "from", "by", "poster",
        "background", "ping",
    ]

    /// A short description of the first active content in `html` (such as "the element <script>"
    /// or "the attribute onclick"), or nil when there is none.
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
            if elements.contains(name) { return "the element <\(name)>" }
            guard let tagEnd = bytes[nameEnd...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let attributes = self.attributes(in: bytes[nameEnd..<tagEnd])
            if let found = problem(element: name, attributes: attributes) { return found }
            bytes = bytes[(tagEnd + 1)...]
            // A style sheet's text is read as the browser reads it, up to its end tag.
            if name == "style" {
                let end = find(Array("</style".utf8), in: bytes) ?? bytes.endIndex
                let css = String(decoding: bytes[bytes.startIndex..<min(end, bytes.endIndex)], as: UTF8.self)
                if let found = styleProblem(css) { return "\(found) in a <style> element" }
                bytes = bytes[min(end, bytes.endIndex)...]
            }
        }
        return nil
    }

    /// What in one element's attributes would run, load a page, or fetch from elsewhere.
    private static func problem(element: String, attributes: [(name: String, value: String)]) -> String? {
        func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
        for (name, value) in attributes {
            if name.hasPrefix("on"), name.count > 2 { return "the attribute \(name)" }
            if addressAttributes.contains(name), let scheme = scriptScheme(value) {
                return "a \(scheme) address in the attribute \(name)"
            }
            if name == "style", let found = styleProblem(value) { return "\(found) in a style attribute" }
        }
        switch element {
        case "meta" where value("http-equiv")?.lowercased().trimmingSpaces == "refresh":
            return "a <meta http-equiv=\"refresh\">, which moves the reader to another address"
        case "link" where (value("rel") ?? "").lowercased().contains("import"):
            return "a <link rel=\"import\">"
        case "set", "animate", "animatemotion", "animatetransform":
            // SVG animation can give a link a new address (attributeName="href") when clicked.
            let target = (value("attributename") ?? "").lowercased()
            if target.hasSuffix("href") { return "an SVG <\(element)> that changes a link's address" }
        case "use":
            if let href = value("href") ?? value("xlink:href"), !href.trimmingSpaces.hasPrefix("#") {
                return "an SVG <use> of a file elsewhere"
            }
        default: break
        }
        return nil
    }

    /// Script in a style sheet, or a style sheet fetched from elsewhere.
    static func styleProblem(_ css: String) -> String? {
        let lowered = decodeReferences(withoutComments(css)).lowercased()
        if lowered.contains("javascript:") || lowered.contains("vbscript:") || lowered.contains("expression(") {
            return "script"
        }
        if lowered.contains("@import") { return "an @import of another style sheet" }
        return nil
    }

    /// A style sheet without its `/* comments */`, which say, never do.
    private static func withoutComments(_ css: String) -> String {
        var out = ""
        var rest = Substring(css)
        while let open = rest.range(of: "/*") {
            out += rest[rest.startIndex..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "*/") else { return out }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// A tag's attributes as the browser reads them: names end at a space, `/`, `=` or `>`, so
    /// `<img src="x"/**/onerror=…>` has an attribute named onerror, as it does for the browser.
    private static func attributes(in tag: ArraySlice<UInt8>) -> [(name: String, value: String)] {
        var result: [(String, String)] = []
        var rest = tag
        while true {
            rest = rest.drop { isSpace($0) || $0 == UInt8(ascii: "/") }
            guard !rest.isEmpty else { return result }
            // A name may start with '=' (the browser keeps it in the name), never end with one.
            let start = rest.first == UInt8(ascii: "=") ? rest.index(after: rest.startIndex) : rest.startIndex
            let nameEnd =
                rest[start...].firstIndex {
                    isSpace($0) || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "/")
                } ?? rest.endIndex
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
            result.append((name, decodeReferences(value)))
        }
    }

    /// The scheme an address would run script with (`javascript:`, `vbscript:`, `data:text/html`),
    /// however written: spaces, control characters and character references taken out, as
    /// browsers do. Nil for any other address.
    static func scriptScheme(_ value: String) -> String? {
        let decoded = decodeReferences(value)
        let letters = decoded.unicodeScalars.filter { $0.value > 0x20 }.map(Character.init)
        let scheme = String(letters).lowercased()
        for candidate in ["javascript:", "vbscript:", "data:text/html", "data:application/xhtml"]
        where scheme.hasPrefix(candidate) {
            return candidate.hasPrefix("data:") ? "data:" : candidate
        }
        return nil
    }

    /// Decimal and hexadecimal character references, and the named ones that can spell a scheme.
    /// Character references decoded as a browser decodes them: numeric ones end at the first
    /// character that is not a digit, with or without `;` (`&#106avascript:` is `javascript:`).
    static func decodeReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[rest.startIndex..<amp]
            rest = rest[rest.index(after: amp)...]
            var scalar: Unicode.Scalar?
            var end = rest.startIndex
            if rest.first == "#" {
                let afterHash = rest.index(after: rest.startIndex)
                let hex = afterHash < rest.endIndex && (rest[afterHash] == "x" || rest[afterHash] == "X")
                let digitsStart = hex ? rest.index(after: afterHash) : afterHash
                end =
                    rest[digitsStart...].firstIndex { !(hex ? $0.isHexDigit : $0.isASCII && $0.isNumber) }
                    ?? rest.endIndex
                // Leading zeros aside, a number too long for a character is the replacement character.
                let digits = rest[digitsStart..<end].drop { $0 == "0" }
                if end > digitsStart {
                    scalar =
                        digits.count > 8
                        ? "\u{FFFD}"
                        : (UInt32(digits.isEmpty ? "0" : String(digits), radix: hex ? 16 : 10)
                            .flatMap(Unicode.Scalar.init) ?? "\u{FFFD}")
                }
            } else {
                end = rest.firstIndex { !($0.isASCII && $0.isLetter) } ?? rest.endIndex
                let name = rest[rest.startIndex..<end].lowercased()
                scalar = ["colon": ":", "tab": "\t", "newline": "\n", "lpar": "(", "rpar": ")", "sol": "/"][name]
                    .flatMap { $0.unicodeScalars.first }
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

    /// The kinds of file a public build copies from `assets/`: styles, images, fonts and
    /// documents to download, none of which a browser runs. An SVG is copied only when the logo's
    /// strict screen finds nothing in it. (Scripts are left out of public builds before this.)
    static let publicAssetKinds: Set<String> = [
        "css", "png", "jpg", "jpeg", "gif", "webp", "avif", "ico", "bmp", "woff", "woff2", "ttf", "otf", "eot", "pdf",
        "csv", "txt", "json", "docx", "xlsx", "pptx", "odt", "ods", "odp", "svg",
    ]

    /// Why an asset may not go into a public build, if it may not.
    package static func publicAssetProblem(_ path: String, _ bytes: [UInt8]) -> String? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let kind =
            name.split(separator: ".", omittingEmptySubsequences: false).dropFirst().last.map { $0.lowercased() } ?? ""
        guard publicAssetKinds.contains(kind) else {
            return "\(name) is not a style sheet, image, font or document, so a browser could run it as a page"
        }
        if kind == "svg",
            let found = SiteLogo.Kind.activeContent(inSVG: bytes) ?? first(in: String(decoding: bytes, as: UTF8.self))
        {
            return "\(name) holds \(found), which would run or load when the image is opened on its own"
        }
        if kind == "css", let found = styleProblem(String(decoding: bytes, as: UTF8.self)) {
            return "\(name) holds \(found)"
        }
        return nil
    }
}
