import Mustache

/// A value offered to templates, neutral about where it will land.
///
/// Text from data is escaped only when it is placed, for its destination: Markdown in pages,
/// HTML in layouts. HTML that Readiness itself builds (tables, tags) is carried apart from
/// data, so no data value can turn into markup.
public indirect enum TemplateValue: Sendable, Equatable {
    /// Text from data or settings: always shown literally.
    case text(String)
    /// Markup built by Readiness from escaped parts; `isBlock` when it must stand apart from
    /// a paragraph (a table), false when it sits inside a line (a tag).
    case html(String, isBlock: Bool)
    /// A yes/no, for sections `{{#overdue}}...{{/overdue}}`.
    case bool(Bool)
    /// A list, for sections that repeat.
    case list([TemplateValue])
    /// Named fields.
    case object([String: TemplateValue])

    /// A number shown as written.
    static func number(_ n: Int) -> TemplateValue { .text(String(n)) }

    /// Text, or false when absent, so a section `{{#update}}` shows only when there is one.
    static func optional(_ text: String?) -> TemplateValue {
        guard let text, !text.isEmpty else { return .bool(false) }
        return .text(text)
    }

    /// The field of an object, if this is one.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// A copy of an object with more fields.
    func adding(_ extra: [String: TemplateValue]) -> TemplateValue {
        guard case .object(let fields) = self else { return self }
        return .object(fields.merging(extra) { _, new in new })
    }
}

/// Where rendered template text goes, which decides how data is escaped.
public enum TemplateDestination: Sendable {
    /// A Markdown page: data is Markdown-escaped; Readiness's HTML becomes a marker that is
    /// swapped for the HTML after libcmark has run.
    case markdown
    /// An HTML layout: data is HTML-escaped; Readiness's HTML is placed as it is.
    case html
    /// Plain text, such as a page title that is escaped later as a whole.
    case plain
}

/// The Mustache view of a `TemplateValue`: resolves fields on demand and escapes each value
/// for the destination, so a template cannot print unescaped data even with `{{{triple}}}`.
package struct MustacheView: MustacheParent {
    let fields: [String: TemplateValue]
    let destination: TemplateDestination
    let blocks: BlockTable
    /// What the render may still spend: once spent, every value is empty and every list has
    /// no items, so even a hostile template ends at once.
    var budget = RenderBudget()

    /// A view of `fields` escaped for `destination`, its HTML placed through `blocks`, charged to `budget`.
    package init(
        fields: [String: TemplateValue], destination: TemplateDestination, blocks: BlockTable,
        budget: RenderBudget = RenderBudget()
    ) {
        self.fields = fields
        self.destination = destination
        self.blocks = blocks
        self.budget = budget
    }

    package func child(named name: String) -> Any? {
        guard !budget.isSpent else { return nil }
        return fields[name].map { MustacheView.convert($0, destination, blocks, budget) }
    }

    static func convert(
        _ value: TemplateValue, _ destination: TemplateDestination, _ blocks: BlockTable,
        _ budget: RenderBudget = RenderBudget()
    ) -> Any {
        switch value {
        case .text(let text):
            guard budget.chargeValue(bytes: text.utf8.count) else { return Text("") }
            switch destination {
            case .markdown: return Text(Escaping.markdown(text))
            case .html: return Text(Escaping.html(text))
            case .plain: return Text(text)
            }
        case .html(let html, let isBlock):
            guard budget.chargeValue(bytes: html.utf8.count) else { return Text("") }
            switch destination {
            case .markdown: return Text(blocks.marker(for: html, isBlock: isBlock))
            case .html: return Text(html)
            case .plain: return Text("")
            }
        // False prints as nothing: an absent value (`optional`) never reads "false" on a page.
        case .bool(let flag): return flag ? true : Absent()
        case .list(let items):
            return BudgetedList(items: items, destination: destination, blocks: blocks, budget: budget)
        case .object(let fields):
            return MustacheView(fields: fields, destination: destination, blocks: blocks, budget: budget)
        }
    }
}

/// What Mustache is given for text, already escaped for where it lands. A plain `String` went
/// through four failed casts and `String(describing:)` per tag in swift-mustache; this is
/// rendered at the second cast. It has no fields (as a string has none), and takes the
/// transforms a string takes (`uppercased(name)`).
struct Text: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let renderText: String
    var isNull: Bool { false }

    init(_ text: String) { renderText = text }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { renderText.transform(name) }
}

/// An object or a list placed as a value (`{{.}}` on a page, `{{first(themes)}}`) prints as
/// nothing: Mustache would print Swift's description of it, every field of the model with it
/// (what no template placed, past the public build's checks), in an order that changes from run
/// to run. A section over one is unchanged: it is not null.
extension MustacheView: MustacheCustomRenderable {
    package var renderText: String { "" }
    package var isNull: Bool { false }
}

extension BudgetedList: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { false }
}

/// What Mustache is given for false: a section over it is skipped, an inverted one shown, and
/// `{{it}}` prints nothing (Mustache would print a plain false as "false").
struct Absent: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

/// A list as Mustache sees it: each item converted when it is reached, each repeat charged to
/// the render's budget, and no more items once the budget is spent.
struct BudgetedList: MustacheSequence {
    let items: [TemplateValue]
    let destination: TemplateDestination
    let blocks: BlockTable
    let budget: RenderBudget

    struct Iterator: IteratorProtocol {
        let list: BudgetedList
        var index = 0

        mutating func next() -> Any? {
            guard index < list.items.count, list.budget.chargeRepeat() else { return nil }
            defer { index += 1 }
            return MustacheView.convert(list.items[index], list.destination, list.blocks, list.budget)
        }
    }

    func makeIterator() -> Iterator { Iterator(list: self) }
}

extension BudgetedList: MustacheTransformable {
    /// The transforms swift-mustache offers on arrays: `first`, `last`, `reversed`, `count`, `empty`.
    func transform(_ name: String) -> Any? {
        switch name {
        case "first": return items.first.map { MustacheView.convert($0, destination, blocks, budget) }
        case "last": return items.last.map { MustacheView.convert($0, destination, blocks, budget) }
        case "reversed":
            return BudgetedList(items: items.reversed(), destination: destination, blocks: blocks, budget: budget)
        case "count": return items.count
        case "empty": return items.isEmpty
        default: return nil
        }
    }
}
