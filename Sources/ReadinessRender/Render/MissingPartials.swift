import ReadinessModel

/// Finds `{{> name}}` tags naming a partial that does not exist, which Mustache would render as
/// nothing without a word. Pages and Markdown partials include the partials of
/// `site-templates/partials/`; layouts include those of `site-templates/layouts/partials/`.
enum MissingPartials {
    static func check(
        pages: [PageTemplate], partials: [String: (text: String, path: String)],
        layouts: [String: (text: String, path: String)], log: inout DiagnosticLog
    ) {
        func report(_ include: PartialExpansion.Include, in path: String, known: [String]) {
            guard !known.contains(include.name) else { return }
            let choices = known.filter { !$0.isEmpty }.sorted()
            log.error(
                "there is no partial '\(include.name)'",
                at: SourceLocation(file: path, line: include.line, column: include.column),
                hint: choices.isEmpty
                    ? "put partials in the partials folder beside this template's folder"
                    : "the partials here are: " + choices.joined(separator: ", "))
        }
        let markdown = Array(partials.keys)
        for page in pages {
            for include in page.includes { report(include, in: page.path, known: markdown) }
        }
        for (_, entry) in partials.sorted(by: { $0.key < $1.key }) {
            for include in PartialExpansion.includes(in: MustacheTags.scan(entry.text)) {
                report(include, in: entry.path, known: markdown)
            }
        }
        let layoutPartials = layouts.keys.filter { $0.hasPrefix("partials/") }
        for (_, entry) in layouts.sorted(by: { $0.key < $1.key }) {
            for include in PartialExpansion.includes(in: MustacheTags.scan(entry.text)) {
                report(include, in: entry.path, known: Array(layoutPartials))
            }
        }
    }
}
