/// Which names the site's templates use, so that a table or chart no template places is not
/// built: its counts then stay out of the disclosure ledger too, where they would only make the
/// public build suppress more.
///
/// It errs on the side of building: a root value (`audit_chart`, `audits`) counts as used when
/// any tag names it first (`{{audits.table}}`, `{{#audits}}`); a theme's value when any tag names
/// it anywhere (`{{theme.audit_chart}}`, or `{{audit_chart}}` inside `{{#themes}}`).
package struct TemplateUsage: Sendable {
    /// First parts of the names tags use.
    let first: Set<String>
    /// Every part of the names tags use.
    let parts: Set<String>
    /// Whether everything counts as used (when the templates are not known).
    let everything: Bool

    /// Every name counts as used.
    static let all = TemplateUsage(first: [], parts: [], everything: true)

    init(names: some Sequence<String>) {
        var first: Set<String> = []
        var parts: Set<String> = []
        for name in names {
            let pieces = name.split(separator: ".").map(String.init)
            if let head = pieces.first { first.insert(head) }
            parts.formUnion(pieces)
        }
        self.init(first: first, parts: parts, everything: false)
    }

    private init(first: Set<String>, parts: Set<String>, everything: Bool) {
        self.first = first
        self.parts = parts
        self.everything = everything
    }

    /// Whether a value at the site's top level may be placed by a template.
    func usesRoot(_ key: String) -> Bool { everything || first.contains(key) }

    /// Whether a value of a theme may be placed by a template.
    func usesThemeValue(_ key: String) -> Bool { everything || parts.contains(key) }
}
