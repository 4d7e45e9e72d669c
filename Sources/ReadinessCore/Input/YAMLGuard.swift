/// Checks YAML text before Yams parses it, for what Readiness's small settings files never need
/// and hostile files use: anchors and aliases (`&name`, `*name`), which can expand a few lines
/// into billions of nodes, and nesting deep enough to exhaust the stack.
enum YAMLGuard {
    /// The deepest nesting allowed, in flow brackets or indentation levels.
    static let maximumDepth = 32

    /// A problem and where it is, or nil when the text is safe to parse.
    static func problem(in text: String) -> (message: String, hint: String, line: Int, column: Int)? {
        var line = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            line += 1
            let scalars = Array(raw.unicodeScalars)
            var indent = 0
            while indent < scalars.count, scalars[indent] == " " { indent += 1 }
            if indent > maximumDepth * 4 {
                return ("this line is indented too deeply", "Readiness's files need only a few levels", line, 1)
            }
            var depth = 0
            var quote: Unicode.Scalar?
            var previous: Unicode.Scalar = " "
            scan: for (index, s) in scalars.enumerated() {
                if let q = quote {
                    if s == q { quote = nil }
                    previous = s
                    continue
                }
                switch s {
                case "\"", "'":
                    if previous == " " || previous == ":" || previous == "[" || previous == "{" || previous == ","
                        || previous == "-"
                    {
                        quote = s
                    }
                case "#" where previous == " " || index == 0:
                    break scan  // the rest of the line is a comment
                case "[", "{":
                    depth += 1
                    if depth > maximumDepth {
                        return (
                            "brackets are nested too deeply", "Readiness's files need only a few levels", line,
                            index + 1
                        )
                    }
                case "&", "*":
                    let next = index + 1 < scalars.count ? scalars[index + 1] : " "
                    let starts = previous == " " || previous == "[" || previous == "{" || previous == "," || index == 0
                    if starts && (next.properties.isAlphabetic || ("0"..."9").contains(next) || next == "_") {
                        return (
                            "YAML anchors and aliases (\(s == "&" ? "&name" : "*name")) are not allowed here",
                            "write each value out in full", line, index + 1
                        )
                    }
                default: break
                }
                previous = s
            }
        }
        return nil
    }
}
