/// Where a template name lives: the top of every page, a theme, an action in a theme's list...
///
/// Each scope's names are declared once (`SiteFields`, `ThemeFields`, `ItemFields`,
/// `LayoutFields`); the template context, the name check and docs/templates.md all come from
/// those declarations.
package enum TemplateScope: String, CaseIterable, Sendable {
    case page, layout, navItem, pageInfo, site, siteCounts, followUps, followUpItem, caseloads, workforce, audits
    case auditItem, timeliness, indicator, inspection, judgement, theme, themeCounts, changes, history, recommendation
    case action, committee

    /// What the scope is, in the words messages and docs use ("which a theme does not have").
    var noun: String {
        switch self {
        case .page: "a page"
        case .layout: "a layout"
        case .navItem: "a navigation entry"
        case .pageInfo: "`page`"
        case .site: "`site`"
        case .siteCounts: "`counts`"
        case .followUps: "`follow_ups`"
        case .followUpItem: "a follow-up"
        case .caseloads: "`caseloads`"
        case .workforce: "`workforce`"
        case .audits: "`audits`"
        case .auditItem: "an audit"
        case .timeliness: "a timeliness measure"
        case .indicator: "a team indicator"
        case .inspection: "an inspection"
        case .judgement: "a judgement"
        case .theme: "a theme"
        case .themeCounts: "a theme's `counts`"
        case .changes: "a theme's `changes`"
        case .history: "`history` (a theme's or the whole plan's)"
        case .committee: "`committee`"
        case .recommendation: "a recommendation"
        case .action: "an action"
        }
    }
}

/// What a template name gives: words to place, a yes/no for sections, ready-made HTML, or a
/// group of names (an object) or a list of them.
package indirect enum TemplateKind: Sendable, Equatable {
    case text, number, flag, block, tag
    /// A list of words, placed with `{{.}}` in its section.
    case textList
    case object(TemplateScope)
    case list(TemplateScope)

    /// The scope a section on this name opens, if it opens one.
    var opens: TemplateScope? {
        switch self {
        case .object(let scope), .list(let scope): scope
        default: nil
        }
    }

    /// How docs/templates.md describes it.
    var label: String {
        switch self {
        case .text: "text"
        case .number: "number"
        case .flag: "yes/no"
        case .block: "HTML block"
        case .tag: "HTML tag"
        case .textList: "list of text"
        case .object: "group"
        case .list: "list"
        }
    }
}

/// One template name, as the check and the docs see it.
package struct TemplateField: Sendable, Equatable {
    /// The name, e.g. `readiness_tag`.
    let name: String
    /// What it gives.
    let kind: TemplateKind
    /// One line for docs/templates.md.
    let definition: String
    /// Whether titles and output paths may use it: they are made before links and figures are.
    let basic: Bool
}

/// A template name declared once: what it is, and how its value is made from the scope's input.
struct TemplateDeclaration<Input>: Sendable {
    let field: TemplateField
    /// The value; nil leaves the name out (a page that is not a theme's has no `theme`).
    let value: @Sendable (Input) -> TemplateValue?

    init(
        _ name: String, _ kind: TemplateKind, _ definition: String, basic: Bool = false,
        _ value: @escaping @Sendable (Input) -> TemplateValue?
    ) {
        field = TemplateField(name: name, kind: kind, definition: definition, basic: basic)
        self.value = value
    }
}

extension Array {
    /// The values of the declarations `wanted` keeps, made from `input`: a name no template uses
    /// is never computed.
    func values<Input>(
        for input: Input, where wanted: (TemplateField) -> Bool = { _ in true }
    ) -> [String: TemplateValue] where Element == TemplateDeclaration<Input> {
        var fields: [String: TemplateValue] = [:]
        for declaration in self where wanted(declaration.field) {
            if let value = declaration.value(input) { fields[declaration.field.name] = value }
        }
        return fields
    }

    /// The same as one object value.
    func object<Input>(for input: Input, where wanted: (TemplateField) -> Bool = { _ in true }) -> TemplateValue
    where Element == TemplateDeclaration<Input> {
        .object(values(for: input, where: wanted))
    }
}

/// A value made the first time it is asked for, then kept: tables shared by several names of a
/// scope (a theme's protected caseloads) are built once, and only when a template uses one.
final class Lazily<Value> {
    private var made: Value?
    private let make: () -> Value

    init(_ make: @escaping () -> Value) { self.make = make }

    var value: Value {
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
