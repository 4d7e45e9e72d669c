import ReadinessModel

/// Reads one mapping of a declared YAML file through its typed keys, reporting missing,
/// mistyped and unknown keys: the keys it may hold are its declaration's, and it reads no other.
///
/// The declared YAML files' loaders read only through this type: there is no read by a key's
/// name, and reading a key its mapping does not declare is a mistake in Readiness, stopped at
/// once (`YAMLReferenceTests` loads every declared key).
struct YAMLSection {
    private let map: YAMLMappingReader
    /// What the mapping may hold.
    let declaration: YAMLMappingDeclaration

    /// Reads a mapping: reports a value that is not one, keys given twice, and keys it does not
    /// declare.
    init?(_ value: YAMLValue, _ declaration: YAMLMappingDeclaration, log: inout DiagnosticLog) {
        guard let map = YAMLMappingReader(value, what: declaration.what, log: &log) else { return nil }
        map.rejectUnknownKeys(declaration.names, log: &log)
        self.map = map
        self.declaration = declaration
    }

    /// Reads a whole file.
    init?(_ value: YAMLValue, file: YAMLFileDeclaration, log: inout DiagnosticLog) {
        self.init(value, file.mapping, log: &log)
    }

    /// Where the mapping starts.
    var location: SourceLocation { map.value.location }

    /// A key's value, read and checked as its declared kind; nil when it is left out (an error
    /// when it is required) or wrong (reported at the value).
    func read<Value>(_ key: YAMLKey<Value>, log: inout DiagnosticLog) -> Value? {
        check(key.declaration)
        switch key.form {
        case .scalar(let parse):
            guard let text = map.string(key.name, required: key.declaration.required, log: &log) else { return nil }
            return parse(text, key.declaration, location(of: key.name), &log)
        case .whole(let read):
            return read(map, key.declaration, &log)
        }
    }

    /// A key's value, or its declared default when it is left out or wrong (reported).
    func read<Value>(_ key: YAMLKey<Value>.Defaulted, log: inout DiagnosticLog) -> Value {
        read(key.key, log: &log) ?? key.value
    }

    /// A single-valued key's text, checked as there (missing, empty and list values reported as
    /// `read` does) but not yet parsed: for rules that check that several keys are there before
    /// reading any of them.
    func text<Value>(_ key: YAMLKey<Value>, log: inout DiagnosticLog) -> YAMLKeyText<Value>? {
        check(key.declaration)
        guard case .scalar(let parse) = key.form else {
            // A mistake in Readiness, caught by the tests' debug builds; a release build reads nothing.
            assertionFailure("'\(key.name)' is not a single value")
            return nil
        }
        guard let text = map.string(key.name, required: key.declaration.required, log: &log) else { return nil }
        return YAMLKeyText(key: key.declaration, text: text, location: location(of: key.name), parse: parse)
    }

    /// Where a key's value is (the mapping's start if it is left out).
    func location<Value>(of key: YAMLKey<Value>) -> SourceLocation {
        check(key.declaration)
        return location(of: key.name)
    }

    /// A nested mapping, or nil when it is left out or not a mapping (reported).
    func mapping(_ key: YAMLMappingKey, log: inout DiagnosticLog) -> YAMLSection? {
        check(key.declaration)
        guard let value = map.value(key.name) else { return nil }
        return YAMLSection(value, key.mapping, log: &log)
    }

    /// The items of a list of mappings, each to be opened as it is read; none when it is left
    /// out or not a list (reported).
    func items(_ key: YAMLListKey, log: inout DiagnosticLog) -> [YAMLListItem] {
        check(key.declaration)
        guard let value = map.value(key.name) else { return [] }
        guard let items = value.items else {
            log.error(
                "'\(key.name)' should be a list of \(key.itemsAre), each starting with '- '", at: value.location)
            return []
        }
        return items.map { YAMLListItem(value: $0, declaration: key.item) }
    }

    /// Where a key is written with no value, if it is.
    func emptyKey<Value>(_ key: YAMLKey<Value>) -> SourceLocation? { map.emptyKey(key.name) }

    private func location(of name: String) -> SourceLocation {
        map.value(name)?.location ?? location
    }

    /// Stops a debug build (the tests) at a key this mapping does not declare: a mistake in
    /// Readiness, never in the data. A release build never traps.
    private func check(_ key: YAMLKeyDeclaration) {
        assert(
            declaration.keys.contains(key), "'\(key.name)' is read from \(declaration.what), which does not declare it")
    }
}

/// One item of a list of mappings, such as a theme of `themes:`.
struct YAMLListItem {
    /// The item as written.
    let value: YAMLValue
    /// What it may hold.
    let declaration: YAMLMappingDeclaration

    /// Where it starts.
    var location: SourceLocation { value.location }

    /// The item as a mapping, or nil when it is not one (reported).
    func open(log: inout DiagnosticLog) -> YAMLSection? {
        YAMLSection(value, declaration, log: &log)
    }
}

/// A single-valued key's text, there and not empty where it must not be, to be parsed as its
/// kind.
struct YAMLKeyText<Value: Sendable> {
    /// The key.
    let key: YAMLKeyDeclaration
    /// The value's trimmed text.
    let text: String
    /// Where the value is.
    let location: SourceLocation
    let parse: YAMLKey<Value>.Parse

    /// The value, parsed as the key's kind; nil when it is wrong (reported at the value).
    func value(log: inout DiagnosticLog) -> Value? {
        parse(text, key, location, &log)
    }
}
