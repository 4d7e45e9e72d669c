import Mustache

/// The tags of a template as swift-mustache itself parsed them, read from the parsed template.
///
/// Readiness checks templates (personal fields, names, partial cycles and expansion) on the tags
/// its own scanner finds, because swift-mustache keeps its parsed tokens to itself. A scanner is
/// a second reading of the text, and where it reads a tag differently a check could be passed by
/// a tag Mustache then obeys (a fuzzer found `{{` at a line's end, which Mustache drops, hiding
/// the partial after it from the scanner). So every parsed template is read back through
/// reflection and compared with the scanner's tags; a template on which they disagree is refused.
struct ParsedTags: Equatable {
    /// Names of partials included, with `{{> name}}` or as a parent with `{{< name}}`.
    var partials: Set<String> = []
    /// Names of values and sections.
    var names: Set<String> = []
    /// Whether the template includes a partial whose name comes from data (`{{>*name}}`).
    var dynamicPartial = false

    /// Reads a parsed template's tokens, nested sections and blocks included.
    init(_ template: MustacheTemplate) {
        collect(template)
    }

    init() {}

    private mutating func collect(_ template: Any) {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value as? [Any]
        else { return }
        for token in tokens {
            guard let (kind, payload) = Mirror(reflecting: token).children.first.map({ ($0.label ?? "", $0.value) })
            else { continue }
            let parts = Mirror(reflecting: payload).children.map(\.value)
            let name = (parts.first as? String) ?? (payload as? String) ?? ""
            switch kind {
            case "variable", "unescapedVariable": names.insert(name)
            case "section", "invertedSection":
                names.insert(name)
                if let nested = parts.last { collect(nested) }
            case "blockDefinition", "blockExpansion":
                if parts.count > 1 { collect(parts[1]) }
            case "partial":
                partials.insert(name)
                inherited(parts)
            case "dynamicNamePartial":
                dynamicPartial = true
                inherited(parts)
            default: continue
            }
        }
    }

    /// The blocks a partial include overrides (`{{< parent}}{{$block}}...{{/block}}{{/parent}}`).
    private mutating func inherited(_ parts: [Any]) {
        guard let last = parts.last else { return }
        let optional = Mirror(reflecting: last)
        guard optional.displayStyle == .optional, let dictionary = optional.children.first?.value else { return }
        for entry in Mirror(reflecting: dictionary).children {
            if let value = Mirror(reflecting: entry.value).children.map(\.value).last { collect(value) }
        }
    }

    /// The same from the scanner's tags.
    init(scanned tags: [MustacheTags.Tag]) {
        for tag in tags {
            switch tag.sigil {
            case ">", "<": partials.insert(tag.name)
            case nil, "&", "#", "^": names.insert(tag.name)
            default: continue
            }
        }
    }

    /// What the parser saw that the scanner did not: empty when the checks saw every tag.
    func unseen(by scanner: ParsedTags) -> [String] {
        var missed = partials.subtracting(scanner.partials).sorted().map { "{{> \($0)}}" }
        // The scanner keeps a transform's call as the name (`uppercased(name)`); the parser splits
        // it off, so a parsed name is seen when some scanned name holds it.
        for name in names.sorted() where !scanner.names.contains(name) {
            if !scanner.names.contains(where: { $0.contains(name) }) { missed.append("{{\(name)}}") }
        }
        if dynamicPartial { missed.append("{{>*...}}") }
        return missed
    }
}
