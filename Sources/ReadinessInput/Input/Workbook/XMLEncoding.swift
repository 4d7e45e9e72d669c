/// The encoding a workbook part is written in, from its first bytes: Excel writes UTF-8, and
/// other writers may declare another encoding or write UTF-16. Readiness reads UTF-8 only, so a
/// part in another encoding is refused by name rather than read as the wrong characters.
enum XMLEncoding {
    /// The name of the encoding the part starts in when it is not UTF-8 (`UTF-16` from a byte
    /// order mark or zero bytes, or the name its `<?xml ... encoding="…"?>` declaration gives);
    /// nil for UTF-8, declared or not.
    static func other<Bytes: Collection<UInt8>>(_ start: Bytes) -> String? {
        let head = Array(start.prefix(256))
        if head.starts(with: [0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE]) { return "UTF-16" }
        if head.count >= 2 && (head[0] == 0 || head[1] == 0) { return "UTF-16" }
        var declaration = head[...]
        if declaration.starts(with: [0xEF, 0xBB, 0xBF]) { declaration = declaration.dropFirst(3) }
        guard declaration.starts(with: Array("<?xml".utf8)),
            let close = declaration.firstIndex(of: 0x3E)
        else { return nil }
        let text = String(decoding: declaration[..<close], as: UTF8.self)
        guard let at = text.range(of: "encoding") else { return nil }
        var rest = text[at.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        let name = String(rest.prefix { $0 != quote })
        switch name.lowercased() {
        case "utf-8", "utf8": return nil
        default: return name
        }
    }
}
