/// Every template name by scope, read from the declarations: what the name check and
/// docs/templates.md's reference know.
package enum TemplateCatalogue {
    /// The names of a scope, in declaration order.
    static func fields(in scope: TemplateScope) -> [TemplateField] {
        switch scope {
        case .page: (SiteFields.page.map(\.field) + SiteFields.perPage.map(\.field))
        case .layout: LayoutFields.all.map(\.field)
        case .navItem: LayoutFields.navItem.map(\.field)
        case .pageInfo: SiteFields.pageInfo.map(\.field)
        case .site: SiteFields.site.map(\.field)
        case .siteCounts: SiteFields.counts.map(\.field)
        case .followUps: SiteFields.followUps.map(\.field)
        case .followUpItem: ItemFields.followUp.map(\.field)
        case .caseloads: SiteFields.caseloads.map(\.field)
        case .workforce: SiteFields.workforce.map(\.field)
        case .audits: SiteFields.audits.map(\.field)
        case .auditItem: ItemFields.audit.map(\.field)
        case .timeliness: ItemFields.timeliness.map(\.field)
        case .indicator: ItemFields.indicator.map(\.field)
        case .inspection: ItemFields.inspection.map(\.field)
        case .judgement: ItemFields.judgement.map(\.field)
        case .theme: ThemeFields.all.map(\.field)
        case .themeCounts: ThemeFields.counts.map(\.field)
        case .changes: ThemeFields.changes.map(\.field)
        case .history: ThemeFields.history.map(\.field)
        case .committee: SiteFields.committee.map(\.field)
        case .recommendation: ItemFields.recommendation.map(\.field)
        case .action: ItemFields.action.map(\.field)
        }
    }

    /// The names of each scope by name, made once.
    static let byScope: [TemplateScope: [String: TemplateField]] = Dictionary(
        uniqueKeysWithValues: TemplateScope.allCases.map { scope in
            (scope, Dictionary(fields(in: scope).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }))
        })

    /// A name of a scope, if it has it.
    static func field(_ name: String, in scope: TemplateScope) -> TemplateField? { byScope[scope]?[name] }

    /// Every name of every scope.
    static let allNames: Set<String> = Set(byScope.values.flatMap(\.keys))

    /// The reference of docs/templates.md: a table per scope, each reached from the names that
    /// open it, in the order a reader meets them.
    static func reference() -> String {
        var out = ""
        var seen: Set<TemplateScope> = []
        var queue: [(scope: TemplateScope, heading: String)] = [
            (.page, "Every page"), (.layout, "A layout, besides every page's names"),
        ]
        while !queue.isEmpty {
            let (scope, heading) = queue.removeFirst()
            guard seen.insert(scope).inserted else { continue }
            out += "### \(heading)\n\n| name | kind | what it is |\n| --- | --- | --- |\n"
            for field in fields(in: scope) {
                let basic = field.basic ? " (also in titles and output paths)" : ""
                out += "| `\(field.name)` | \(field.kind.label) | \(field.definition)\(basic) |\n"
                if let inner = field.kind.opens, !seen.contains(inner), !queue.contains(where: { $0.scope == inner }) {
                    // Every name of the scope that opens it: `indicators`, `supervision`.
                    let name = fields(in: scope).filter { $0.kind.opens == inner }.map { "`\($0.name)`" }
                        .joined(separator: ", ")
                    queue.append((inner, inner.noun == name ? name : "\(name): \(inner.noun)"))
                }
            }
            out += "\n"
        }
        return out
    }
}
