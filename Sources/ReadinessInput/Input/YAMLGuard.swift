import CYaml

/// Checks YAML before Yams builds a tree from it, for what Readiness's small settings files
/// never need and hostile files use: anchors and aliases (`&name`, `*name`), which can expand a
/// few lines into billions of nodes, and nesting deep enough to exhaust the stack.
///
/// It reads the events of libyaml, the parser inside Yams, so an anchor is refused exactly when
/// YAML has one (never for `&` or `*` inside quoted or plain text), and the events come from a
/// loop, not recursion, so deep nesting is found before any tree is built.
enum YAMLGuard {
    /// The deepest nesting allowed, of mappings and lists.
    static let maximumDepth = 32

    /// A problem and where it is, or nil when the text is safe to parse. Syntax errors are left
    /// to Yams, which reports them with their place.
    static func problem(in text: String) -> (message: String, hint: String, line: Int, column: Int)? {
        var bytes = Array(text.utf8)
        bytes.append(0)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> (String, String, Int, Int)? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count - 1)
            var depth = 0
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    // libyaml stops at its own nesting limit while it reads ahead; say so plainly.
                    // Any other syntax error is left to Yams, which reports it with its place.
                    guard let problem = parser.problem, String(cString: problem).contains("nesting") else {
                        return nil
                    }
                    return (
                        "lists and mappings are nested too deeply (more than \(maximumDepth) levels)",
                        "Readiness's files need only a few levels", Int(parser.problem_mark.line) + 1,
                        Int(parser.problem_mark.column) + 1
                    )
                }
                defer { yaml_event_delete(&event) }
                let line = Int(event.start_mark.line) + 1
                let column = Int(event.start_mark.column) + 1
                let anchored: Bool
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_ALIAS_EVENT:
                    return (
                        "YAML anchors and aliases (*name) are not allowed here", "write each value out in full", line,
                        column
                    )
                case YAML_SCALAR_EVENT: anchored = event.data.scalar.anchor != nil
                case YAML_SEQUENCE_START_EVENT:
                    anchored = event.data.sequence_start.anchor != nil
                    depth += 1
                case YAML_MAPPING_START_EVENT:
                    anchored = event.data.mapping_start.anchor != nil
                    depth += 1
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                    anchored = false
                default: anchored = false
                }
                if anchored {
                    return (
                        "YAML anchors and aliases (&name) are not allowed here", "write each value out in full", line,
                        column
                    )
                }
                if depth > maximumDepth {
                    return (
                        "lists and mappings are nested too deeply (more than \(maximumDepth) levels)",
                        "Readiness's files need only a few levels", line, column
                    )
                }
            }
        }
    }
}
