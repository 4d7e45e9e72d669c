import ReadinessModel

/// Finds partials that include themselves, directly or through others, which would otherwise
/// recurse for ever.
package enum PartialCycles {
    package static func check(_ texts: [String: (text: String, path: String)], log: inout DiagnosticLog) {
        var edges: [String: [(name: String, line: Int)]] = [:]
        for (name, entry) in texts { edges[name] = includes(entry.text) }
        var reported: Set<String> = []
        for start in texts.keys.sorted() {
            var stack: [(String, [String])] = [(start, [start])]
            var visited: Set<String> = []
            while let (node, trail) = stack.popLast() {
                for edge in edges[node] ?? [] {
                    if edge.name == start {
                        if !reported.contains(start), let entry = texts[start] {
                            reported.insert(start)
                            let line =
                                (edges[start] ?? []).first { $0.name == (trail.count > 1 ? trail[1] : start) }?.line
                                ?? 1
                            log.error(
                                "partial '\(start)' includes itself (\((trail + [start]).joined(separator: " → ")))",
                                at: SourceLocation(file: entry.path, line: line, column: 1),
                                hint: "remove the {{> \(trail.last ?? start)}} tag that closes the loop")
                        }
                    } else if !visited.contains(edge.name) {
                        visited.insert(edge.name)
                        stack.append((edge.name, trail + [edge.name]))
                    }
                }
            }
        }
    }

    /// The partial names a template includes with `{{> name}}`, and the lines they are on.
    static func includes(_ text: String) -> [(name: String, line: Int)] {
        MustacheTags.scan(text).filter { $0.sigil == ">" || $0.sigil == "<" }.map { ($0.name, $0.line) }
    }
}
