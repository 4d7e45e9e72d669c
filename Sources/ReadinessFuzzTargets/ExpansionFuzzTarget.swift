import Mustache
import ReadinessCore

/// The `expansion` fuzz target: a page and up to five partials from one byte string (split on
/// NUL: the page, then partials `p1` to `p5`), checked as a site's templates are (nesting,
/// include cycles, partial expansion) and, when accepted, rendered under the budgets over lists
/// that nest (themes, their actions, their evidence). It traps if a render passes its budget
/// by more than the budget allows, so a fuzzer finds any way round it; libFuzzer's timeout
/// finds any hang.
enum ExpansionFuzzTarget {
    /// Runs one input.
    static func run(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: 5, omittingEmptySubsequences: false)
        var log = DiagnosticLog()
        var texts: [String: (text: String, path: String)] = [:]
        var library = MustacheLibrary()
        var page: MustacheTemplate?
        for (index, part) in parts.enumerated() {
            let name = index == 0 ? "page" : "p\(index)"
            let path = name + ".md"
            guard let source = SourceText.decode(Array(part), path: path, log: &log) else { return }
            texts[name] = (source.string, path)
            guard let template = MustacheSource.template(source.string, path: path, line: 1, log: &log) else { return }
            if index == 0 { page = template } else { library.register(template, named: name) }
        }
        PartialCycles.check(texts, log: &log)
        let expanded = PartialExpansion.check(texts, pages: [], log: &log)
        guard !log.hasErrors, let page, let pageBytes = expanded["page"] else { return }

        let budget = RenderBudget(templateBytes: pageBytes)
        let view = MustacheView(fields: fields(), destination: .markdown, blocks: BlockTable(), budget: budget)
        let output = page.render(view, library: library)
        // Every repeat and value is charged before it is emitted; once the budget is spent the
        // sections open when it ran out finish their text, at most the page's expansion again.
        let bound = Budgets.renderedBytes + 2 * pageBytes + longestValue
        precondition(output.utf8.count <= bound, "a render passed its budget: \(output.utf8.count) bytes")
        precondition(budget.repeats <= Budgets.sectionRepeats + 1, "a render passed its repeat budget")
        // An object or a list placed as a value prints nothing, never Swift's description of it.
        precondition(
            !output.contains("MustacheView(") && !output.contains("TemplateValue") && !output.contains("BudgetedList("),
            "a render printed the model's description")
    }

    /// Lists that nest, as a site's do: themes, their actions, the actions' evidence. Made for
    /// each input: held in a static, LeakSanitizer cannot see the pointers inside indirect enum
    /// cases and reports them as leaked.
    static func fields() -> [String: TemplateValue] {
        let evidence = TemplateValue.list(
            (1...3).map { .object(["label": .text("e\($0)"), "url": .text("e\($0).pdf")]) })
        let actions = TemplateValue.list(
            (1...6).map { .object(["id": .text("A\($0)"), "text": .text("*do* {{x}}"), "evidence": evidence]) })
        let themes = TemplateValue.list(
            (1...8).map {
                .object([
                    "id": .text("t\($0)"), "name": .text("Theme \($0)"), "actions": actions, "any": .bool($0 % 2 == 0),
                ])
            })
        return [
            "themes": themes, "actions": actions, "site": .object(["council": .text("<b>Council</b>")]),
            "headline": .html("<p>h</p>", isBlock: true), "title": .text("Title"),
        ]
    }

    /// The longest value above, in bytes.
    static let longestValue = 64
}
