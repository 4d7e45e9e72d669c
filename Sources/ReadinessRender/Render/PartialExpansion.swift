import ReadinessModel

/// Counts what each template expands to before anything is rendered, by following the
/// `{{> partial}}` includes: how many copies of partials (every path through the includes) and
/// how much text. A template past `Budgets.partialExpansions` copies or `Budgets.renderedBytes`
/// of text is refused: 26 partials each including the next twice make 2^26 copies, which
/// swift-mustache would render for minutes.
package enum PartialExpansion {
    /// One `{{> name}}` tag.
    struct Include: Sendable {
        var name: String
        var line: Int
        var column: Int
    }

    /// What a template expands to, sections left out (they are charged as they repeat).
    struct Size: Equatable {
        /// Copies of partials.
        var copies = 0
        /// Bytes of template text, its own and its partials'.
        var bytes = 0

        var isOverBudget: Bool { copies > Budgets.partialExpansions || bytes > Budgets.renderedBytes }
    }

    /// Reports each template (partial, layout or page) whose includes pass the budget, at the
    /// include that passes it. Only the template where the count first passes is reported, not
    /// every template that includes it; cycles are left to `PartialCycles`. Returns the bytes
    /// each template expands to, by partial or layout name and by page path, for the budget of
    /// a render (`RenderBudget`).
    @discardableResult
    package static func check(
        _ texts: [String: (text: String, path: String)], pages: [PageTemplate], log: inout DiagnosticLog
    ) -> [String: Int] {
        var edges: [String: [Include]] = [:]
        for (name, entry) in texts { edges[name] = includes(in: MustacheTags.scan(entry.text)) }
        var memo: [String: Size] = [:]
        var visiting: Set<String> = []

        func size(_ name: String) -> Size {
            if let known = memo[name] { return known }
            guard !visiting.contains(name), let entry = texts[name] else { return Size() }
            visiting.insert(name)
            defer { visiting.remove(name) }
            let total = sum(edges[name] ?? [], own: entry.text.utf8.count)
            memo[name] = total
            return total
        }
        // Saturates just past the limits, so no count overflows.
        func add(_ total: Size, _ include: Include) -> Size {
            let child = size(include.name)
            return Size(
                copies: min(Budgets.partialExpansions + 1, total.copies + 1 + child.copies),
                bytes: min(Budgets.renderedBytes + 1, total.bytes + child.bytes))
        }
        func sum(_ list: [Include], own: Int) -> Size {
            list.reduce(Size(copies: 0, bytes: min(own, Budgets.renderedBytes + 1)), add)
        }
        func report(_ list: [Include], own: Int, path: String) {
            guard sum(list, own: own).isOverBudget, list.allSatisfy({ !size($0.name).isOverBudget }) else { return }
            var total = Size(copies: 0, bytes: own)
            for include in list {
                total = add(total, include)
                guard total.isOverBudget else { continue }
                log.error(
                    "the partials included here would be rendered more than "
                        + "\(NumberFormat.grouped(Budgets.partialExpansions)) times or make more than "
                        + "\(Budgets.renderedBytes / 1_048_576) MB of text (counting partials that include others)",
                    at: SourceLocation(file: path, line: include.line, column: include.column),
                    hint: "include each partial once, and do not have partials include the same partial several times")
                return
            }
        }
        var bytes: [String: Int] = [:]
        for name in texts.keys.sorted() {
            guard let entry = texts[name], let list = edges[name] else { continue }
            report(list, own: entry.text.utf8.count, path: entry.path)
            bytes[name] = size(name).bytes
        }
        for page in pages {
            report(page.includes, own: page.bodyBytes, path: page.path)
            bytes[page.path] = sum(page.includes, own: page.bodyBytes).bytes
        }
        return bytes
    }

    /// The includes among a template's tags (`{{> name}}`, and `{{< name}}` parents).
    static func includes(in tags: [MustacheTags.Tag]) -> [Include] {
        tags.filter { $0.sigil == ">" || $0.sigil == "<" }.map {
            Include(name: $0.name, line: $0.line, column: $0.column)
        }
    }
}
