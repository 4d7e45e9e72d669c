import ReadinessModel

/// A typed key of a declared YAML mapping: a loader reads
/// `map.read(CommitteesFile.Committee.meetings, log: &log)` and gets `[CalendarDate]?`, read and
/// checked as the key's declared kind, with any problem reported at the value.
///
/// Keys are made only by the constructors below (and `themeGrades` beside `InspectionsFile`),
/// so a key's value type always matches its declared `YAMLKeyDeclaration.Kind`; a `YAMLSection`
/// reads only the keys its mapping declares.
public struct YAMLKey<Value: Sendable>: Sendable {
    /// Reads a single value's trimmed text (blank only where the key is optional), reporting what
    /// is wrong at the value.
    typealias Parse =
        @Sendable (_ text: String, _ key: YAMLKeyDeclaration, _ at: SourceLocation, _ log: inout DiagnosticLog)
        -> Value?
    /// Reads a value that need not be a single one (a list, a mapping) from the mapping that
    /// holds it, reporting what is wrong; called whether or not the key is there.
    typealias ReadValue =
        @Sendable (_ map: YAMLMappingReader, _ key: YAMLKeyDeclaration, _ log: inout DiagnosticLog) -> Value?

    /// How a value is read.
    enum Form: Sendable {
        /// A single value: its text is taken (missing, empty and list values reported), then parsed.
        case scalar(Parse)
        /// Anything else, read whole.
        case whole(ReadValue)
    }

    /// The key's declaration.
    public private(set) var declaration: YAMLKeyDeclaration
    let form: Form

    init(_ declaration: YAMLKeyDeclaration, parse: @escaping Parse) {
        self.declaration = declaration
        self.form = .scalar(parse)
    }

    init(_ declaration: YAMLKeyDeclaration, read: @escaping ReadValue) {
        self.declaration = declaration
        self.form = .whole(read)
    }

    /// The key as written and quoted in messages.
    public var name: String { declaration.name }

    /// The same key, documenting what the loader uses when it is left out (worked out from other
    /// values, such as "the `id`").
    func documentingDefault(_ shown: String) -> Self {
        var key = self
        key.declaration.defaultValue = shown
        return key
    }

    /// The same key with the value used when it is left out or wrong: `YAMLSection.read` gives it,
    /// and the docs show it (a whole number written as one: `20`, not `20.0`).
    func defaulting(to value: Value) -> Defaulted {
        let shown = (value as? Double).flatMap { Int(exactly: $0) }.map(String.init) ?? "\(value)"
        return Defaulted(key: documentingDefault("`\(shown)`"), value: value)
    }

    /// A key with a value used when it is left out or wrong.
    public struct Defaulted: Sendable {
        /// The key, its declaration showing the default.
        public let key: YAMLKey<Value>
        /// The value used when the key is left out or wrong.
        public let value: Value

        /// The key's declaration.
        public var declaration: YAMLKeyDeclaration { key.declaration }
    }
}

extension YAMLKey where Value == String {
    /// Any text.
    static func text(_ name: String, required: Bool = false, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, required: required, kind: .text, summary: summary)) { text, _, _, _ in text }
    }

    /// The text that names an item, unique in its file.
    static func identifier(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, required: true, kind: .identifier, summary: summary)) { text, _, _, _ in text }
    }

    /// An id that becomes a page's file name: lower-case letters, digits and hyphens. `what`
    /// names the item in messages (`theme`).
    static func slug(_ name: String, of what: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, required: true, kind: .slug, summary: summary)) { text, _, at, log in
            guard IdentifierRules.isSlug(text) else {
                log.error(
                    "\(what) id '\(text)' can hold only lower-case letters, digits and hyphens", at: at,
                    hint: "it becomes the page's file name, e.g. 'children-in-care'")
                return nil
            }
            return text
        }
    }

    /// An id of another file or list (checked against it after loading).
    static func reference(
        _ name: String, to file: String, field: String = "id", required: Bool = false, summary: String
    ) -> Self {
        let kind = YAMLKeyDeclaration.Kind.reference(file: file, field: field)
        return Self(YAMLKeyDeclaration(name, required: required, kind: kind, summary: summary)) { text, _, _, _ in
            text
        }
    }

    /// One of a few words, matched without regard to case, and given in lower case.
    static func choice(_ name: String, among words: [String], summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .oneOf(words), summary: summary)) { text, key, at, log in
            if words.contains(text.lowercased()) { return text.lowercased() }
            log.error("'\(key.name)' should be \(YAMLKeyDeclaration.orList(words)), not '\(text)'", at: at)
            return nil
        }
    }
}

extension YAMLKey where Value: RawRepresentable, Value.RawValue == String {
    /// One of a few words, matched without regard to case: "'audience' should be internal or
    /// public".
    static func choice(_ name: String, among cases: [Value], summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .oneOf(cases.map(\.rawValue)), summary: summary)) { text, key, at, log in
            if let value = Value(rawValue: text.lowercased()), cases.contains(where: { $0.rawValue == value.rawValue })
            {
                return value
            }
            log.error(
                "'\(key.name)' should be \(YAMLKeyDeclaration.orList(cases.map(\.rawValue))), not '\(text)'", at: at)
            return nil
        }
    }

    /// One of a list of terms, written exactly: "'check: x' is not a timeliness check Readiness
    /// knows". `what` names the kind of term, with its article.
    static func term(_ name: String, among cases: [Value], what: String, required: Bool = false, summary: String)
        -> Self
    {
        let words = cases.map(\.rawValue)
        return Self(YAMLKeyDeclaration(name, required: required, kind: .oneOf(words), summary: summary)) {
            text, key, at, log in
            if let value = Value(rawValue: text), words.contains(text) { return value }
            log.error(
                "'\(key.name): \(text)' is not \(what) Readiness knows", at: at,
                hint: "use one of: " + words.joined(separator: ", "))
            return nil
        }
    }
}

extension YAMLKey where Value == CalendarDate {
    /// A date in any form `CalendarDate.parse` reads (2026-11-22, 22/11/2026, 22 Nov 2026...).
    static func date(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .date, summary: summary)) { text, key, at, log in
            CellParser.date(text, column: key.name, at: at, log: &log)
        }
    }
}

extension YAMLKey where Value == Int {
    /// A whole number within a range.
    static func wholeNumber(_ name: String, in range: ClosedRange<Int>, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .wholeNumber(range), summary: summary)) { text, key, at, log in
            guard let n = Int(text), range.contains(n) else {
                log.error(
                    "'\(key.name)' should be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                    at: at)
                return nil
            }
            return n
        }
    }
}

extension YAMLKey where Value == Double {
    /// A number above zero; `described` is what messages ask for, such as "a caseload above zero,
    /// such as 18 or 22.5".
    static func numberAboveZero(_ name: String, described: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .numberAboveZero, summary: summary)) { text, key, at, log in
            if let n = Decimal1.parse(text), n > 0 { return n }
            log.error("'\(key.name)' should be \(described), not '\(text)'", at: at)
            return nil
        }
    }
}

extension YAMLKey where Value == Bool {
    /// `true` or `false`; also `yes`/`no` and `on`/`off`, in any case.
    static func yesNo(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .yesNo, summary: summary)) { text, key, at, log in
            switch text.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default:
                log.error("'\(key.name)' should be true or false, not '\(text)'", at: at)
                return nil
            }
        }
    }
}

extension YAMLKey where Value == Interval {
    /// An interval such as `45 working days`. Messages quote it as `quotedAs` (the name, or a path
    /// such as `supervision.standard`) and suggest the examples.
    static func interval(
        _ name: String, quotedAs: String? = nil, required: Bool = false, examples: [String], summary: String
    ) -> Self {
        let label = quotedAs ?? name
        let kind = YAMLKeyDeclaration.Kind.interval(examples: examples)
        return Self(YAMLKeyDeclaration(name, required: required, kind: kind, summary: summary)) { text, _, at, log in
            if let interval = Interval.parse(text) { return interval }
            log.error(
                "'\(label): \(text)' is not an interval Readiness can read", at: at,
                hint: "write a whole number from 1 to 9999 and a unit, such as "
                    + YAMLKeyDeclaration.orList(examples.map { "'\($0)'" }))
            return nil
        }
    }
}

extension YAMLKey where Value == [String] {
    /// A list of text, `[a, b]` or one item a line; a single value is a list of one, and a
    /// missing key an empty list.
    static func textList(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .textList, summary: summary)) { map, key, log in
            map.strings(key.name, log: &log)
        }
    }
}

extension YAMLKey where Value == [CalendarDate] {
    /// A list of dates, each reported where it is written; a missing key is an empty list.
    static func dateList(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .dateList, summary: summary)) { map, key, log in
            var dates: [CalendarDate] = []
            for (index, text) in map.strings(key.name, log: &log).enumerated() {
                // A single value has no items: it is reported at the mapping that holds it.
                let at = map.value(key.name)?.items?[index].location ?? map.value.location
                if let date = CellParser.date(text, column: key.name, at: at, log: &log) { dates.append(date) }
            }
            return dates
        }
    }
}

extension YAMLKey where Value == RGBColour {
    /// A colour, `#rgb` or `#rrggbb` and nothing else, so that it can hold no CSS or HTML.
    static func colour(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .colour, summary: summary)) { text, key, at, log in
            if let colour = RGBColour.parse(text) { return colour }
            log.error(
                "'\(key.name): \(text.quotable)' is not a colour Readiness can read", at: at,
                hint:
                    "write it as # and six hex digits, in quotes, such as '\(key.name): \"#1d70b8\"' (#rgb also works)")
            return nil
        }
    }
}

extension YAMLKey where Value == [MenuEntry] {
    /// A list of pages by output name, each with where it is written; a single value is a list
    /// of one, and a missing key an empty list. Whether each names a page is checked when the
    /// pages are known.
    static func pageList(_ name: String, summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .pageList, summary: summary)) { map, key, log in
            let names = map.strings(key.name, log: &log)
            let items = map.value(key.name)?.items
            return names.enumerated().map { index, text in
                let at =
                    items.flatMap { index < $0.count ? $0[index].location : nil }
                    ?? map.value(key.name)?.location ?? map.value.location
                let name = text.hasSuffix(".html") ? String(text.dropLast(5)) : text
                return MenuEntry(name: name, location: at)
            }
        }
    }
}

/// A key whose value is a nested mapping with keys of its own, such as `rag:` in settings.yaml.
public struct YAMLMappingKey: Sendable {
    /// The key's declaration; its kind holds the mapping's.
    public let declaration: YAMLKeyDeclaration
    /// The mapping's declaration.
    public let mapping: YAMLMappingDeclaration

    /// Declares a mapping key. Messages name the mapping `what` (by default its key).
    init(_ name: String, what: String? = nil, keys: [YAMLKeyDeclaration], summary: String) {
        mapping = YAMLMappingDeclaration(what: what ?? name, keys: keys)
        declaration = YAMLKeyDeclaration(name, kind: .mapping(mapping), summary: summary)
    }

    /// The key as written and quoted in messages.
    public var name: String { declaration.name }
}

/// A key whose value is a list of mappings, each with the same keys, such as `themes:`.
public struct YAMLListKey: Sendable {
    /// The key's declaration; its kind holds each item's.
    public let declaration: YAMLKeyDeclaration
    /// Each item's declaration.
    public let item: YAMLMappingDeclaration
    /// What messages call the items: a value that is not a list "should be a list of entries".
    public let itemsAre: String

    /// Declares a list key. Messages name each item `what` (`each theme`) and the items
    /// `itemsAre` (`entries`). A required list is checked by its loader (`no themes are defined`).
    init(
        _ name: String, what: String, itemsAre: String = "entries", required: Bool = false,
        keys: [YAMLKeyDeclaration], summary: String
    ) {
        item = YAMLMappingDeclaration(what: what, keys: keys)
        self.itemsAre = itemsAre
        declaration = YAMLKeyDeclaration(name, required: required, kind: .list(item), summary: summary)
    }

    /// The key as written and quoted in messages.
    public var name: String { declaration.name }
}

extension YAMLKeyDeclaration {
    /// `a`, `a or b`, `a, b or c`.
    static func orList(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
