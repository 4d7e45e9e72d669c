import ReadinessModel

/// The YAML block between `---` lines at the top of a Markdown page, and the body after it.
struct FrontMatter {
    /// The YAML text, or nil when the page has no front matter.
    let yaml: String?
    /// The Markdown body.
    let body: String
    /// The 1-based line in the file where the body starts.
    let bodyLine: Int

    /// Splits a page. Reports front matter that is opened and never closed.
    static func split(_ text: String, path: String, log: inout DiagnosticLog) -> FrontMatter? {
        let bytes = Array(text.utf8)
        // The first line must be `---` (spaces allowed around it).
        func lineEnd(_ from: Int) -> Int { bytes[from...].firstIndex(of: 0x0A) ?? bytes.count }
        func isFence(_ range: Range<Int>) -> Bool {
            let line = String(decoding: bytes[range], as: UTF8.self).trimmingSpaces
            return line == "---" || line == "..."
        }
        let firstEnd = lineEnd(0)
        guard isFence(0..<firstEnd), String(decoding: bytes[0..<firstEnd], as: UTF8.self).trimmingSpaces == "---" else {
            return FrontMatter(yaml: nil, body: text, bodyLine: 1)
        }
        var start = firstEnd + 1
        var line = 2
        while start <= bytes.count {
            let end = lineEnd(min(start, bytes.count))
            if start < bytes.count, isFence(start..<end) {
                let yaml =
                    start > firstEnd + 1 ? String(decoding: bytes[(firstEnd + 1)..<(start - 1)], as: UTF8.self) : ""
                let body = end < bytes.count ? String(decoding: bytes[(end + 1)...], as: UTF8.self) : ""
                return FrontMatter(yaml: yaml, body: body, bodyLine: line + 1)
            }
            if end >= bytes.count { break }
            start = end + 1
            line += 1
        }
        log.error(
            "the front matter opened on line 1 is never closed",
            at: SourceLocation(file: path, line: 1, column: 1),
            hint: "end it with a line holding only '---' before the page's text")
        return nil
    }
}
