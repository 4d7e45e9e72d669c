/// How `readiness check` prints diagnostics: for people, for programs, for GitHub Actions, or
/// for GitLab's Code Quality report.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    /// `file:line:column: error: message; hint`, one per line.
    case text
    /// One JSON document with every diagnostic and the counts; `sheet` and `cell` are null
    /// outside workbooks.
    case json
    /// GitHub Actions workflow commands: `::error file=F,line=L,col=C::message`; in a workbook,
    /// `::error file=F,title=F[sheet]!E14::message`.
    case github
    /// GitLab's Code Quality report: a JSON array of issues (`CodeQualityReport`), with paths
    /// relative to the repository's root when `paths` is given.
    case codequality

    /// The diagnostics, sorted, in this format (each line ends with a newline). `paths` makes
    /// the Code Quality report's paths relative to the repository's root; the other formats
    /// print paths as the diagnostics give them.
    public func render(_ log: DiagnosticLog, paths: RepositoryPaths? = nil) -> String {
        let all = log.sorted
        switch self {
        case .codequality:
            return CodeQualityReport.render(all, paths: paths)
        case .text:
            return all.map { $0.description + "\n" }.joined()
        case .json:
            var out =
                "{\n  \"errors\": \(log.errors.count),\n  \"warnings\": \(log.warnings.count),\n  \"diagnostics\": ["
            out += all.map { d in
                "\n    {\"severity\": \(DiagnosticFormat.jsonString(d.severity.rawValue)), \"file\": \(DiagnosticFormat.jsonString(d.file)), "
                    + "\"line\": \(d.line), \"column\": \(d.column), "
                    + "\"sheet\": \(d.sheet.map(DiagnosticFormat.jsonString) ?? "null"), "
                    + "\"cell\": \(d.cell.map(DiagnosticFormat.jsonString) ?? "null"), "
                    + "\"message\": \(DiagnosticFormat.jsonString(d.message)), "
                    + "\"hint\": \(d.hint.map(DiagnosticFormat.jsonString) ?? "null")}"
            }.joined(separator: ",")
            out += all.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
            return out
        case .github:
            return all.map { d in
                var properties = ["file=\(DiagnosticFormat.property(d.file))"]
                if d.sheet != nil {
                    // A workbook has no lines to annotate: the cell is the annotation's title.
                    properties.append("title=\(DiagnosticFormat.property(d.location))")
                } else {
                    if d.line > 0 { properties.append("line=\(d.line)") }
                    if d.column > 0 { properties.append("col=\(d.column)") }
                }
                let text = d.message + (d.hint.map { "; \($0)" } ?? "")
                return "::\(d.severity.rawValue) \(properties.joined(separator: ","))::\(DiagnosticFormat.data(text))\n"
            }.joined()
        }
    }

    /// Escapes a workflow command's message: control characters from data are shown as escapes
    /// (`Diagnostic.visible`), then `%`, CR and LF as GitHub documents.
    static func data(_ text: String) -> String {
        Diagnostic.visible(text).replacingAll("%", with: "%25").replacingAll("\r", with: "%0D")
            .replacingAll("\n", with: "%0A")
    }

    /// A JSON string in which no character can break a line, for readers that split on any
    /// Unicode line break (DEL, C1 controls and U+2028/U+2029 are escaped too).
    static func jsonString(_ text: String) -> String {
        var out = ""
        // Control characters from data are shown as escapes first (`Diagnostic.visible`), as in
        // the other formats: a reader that decodes the JSON gets the two characters `\n`, never
        // a line break a CI log could read as a workflow command.
        for scalar in JSONString.literal(Diagnostic.visible(text)).unicodeScalars {
            if Diagnostic.isControl(scalar) {
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escapes a workflow command's property (also `:` and `,`).
    static func property(_ text: String) -> String {
        data(text).replacingAll(":", with: "%3A").replacingAll(",", with: "%2C")
    }
}
