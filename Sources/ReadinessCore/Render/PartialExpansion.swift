/// Counts how many copies of partials each template expands to before anything is rendered,
/// by counting the paths through the `{{> partial}}` includes, and refuses a template past
/// `Budgets.partialExpansions`: 26 partials each including the next twice make 2^26 copies,
/// which swift-mustache would render for minutes.
enum PartialExpansion {
    /// One `{{> name}}` tag.
    struct Include {
        var name: String
        var line: Int
        var column: Int
    }

    /// Reports each template (partial, layout or page) whose includes pass the budget, at the
    /// include that passes it. Only the template where the count first passes is reported, not
    /// every template that includes it. Cycles are left to `PartialCycles`.
    static func check(
        _ texts: [String: (text: String, path: String)], pages: [PageTemplate], log: inout DiagnosticLog
    ) {
        var edges: [String: [Include]] = [:]
        for (name, entry) in texts { edges[name] = includes(in: MustacheTags.scan(entry.text)) }
        var memo: [String: Int] = [:]
        var visiting: Set<String> = []
        let limit = Budgets.partialExpansions

        func copies(_ name: String) -> Int {
            if let known = memo[name] { return known }
            guard !visiting.contains(name) else { return 0 }
            visiting.insert(name)
            defer { visiting.remove(name) }
            let total = sum(edges[name] ?? [])
            memo[name] = total
            return total
        }
        // Saturates just past the limit, so no count overflows.
        func sum(_ list: [Include]) -> Int {
            var total = 0
            for include in list {
                total = min(limit + 1, total + 1 + copies(include.name))
            }
            return total
        }
        func report(_ list: [Include], path: String) {
            guard sum(list) > limit, list.allSatisfy({ copies($0.name) <= limit }) else { return }
            var total = 0
            for include in list {
                total += 1 + copies(include.name)
                guard total > limit else { continue }
                log.error(
                    "the partials included here would be rendered more than \(NumberFormat.grouped(limit)) times "
                        + "(counting partials that include other partials)",
                    at: SourceLocation(file: path, line: include.line, column: include.column),
                    hint: "include each partial once, and do not have partials include the same partial several times")
                return
            }
        }
        for name in texts.keys.sorted() {
            guard let entry = texts[name], let list = edges[name] else { continue }
            report(list, path: entry.path)
        }
        for page in pages { report(page.includes, path: page.path) }
    }

    /// The includes among a template's tags (`{{> name}}`, and `{{< name}}` parents).
    static func includes(in tags: [MustacheTags.Tag]) -> [Include] {
        tags.filter { $0.sigil == ">" || $0.sigil == "<" }.map { Include(name: $0.name, line: $0.line, column: $0.column) }
    }
}
