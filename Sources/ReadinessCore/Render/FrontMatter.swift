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
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.trimmingSpaces == "---" else {
            return FrontMatter(yaml: nil, body: text, bodyLine: 1)
        }
        lines.removeFirst()
        guard let end = lines.firstIndex(where: { $0.trimmingSpaces == "---" || $0.trimmingSpaces == "..." }) else {
            log.error(
                "the front matter opened on line 1 is never closed",
                at: SourceLocation(file: path, line: 1, column: 1),
                hint: "end it with a line holding only '---' before the page's text")
            return nil
        }
        let yaml = lines[..<end].joined(separator: "\n")
        let body = lines[(end + 1)...].joined(separator: "\n")
        return FrontMatter(yaml: yaml, body: body, bodyLine: end + 3)
    }
}
