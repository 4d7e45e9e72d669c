import ReadinessModel
import Yams

/// A YAML value with the place it was written, so that settings and lists can be checked with
/// diagnostics that point at the line.
public struct YAMLValue {
    let node: Node
    /// The file's path as shown in diagnostics.
    public let file: String

    /// Where the value starts.
    public var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// Parses a YAML document, reporting a syntax error at its line and column.
    /// An empty document gives an empty mapping.
    public static func parse(_ source: SourceText, log: inout DiagnosticLog) -> YAMLValue? {
        parse(source.string, path: source.path, lineOffset: 0, log: &log)
    }

    /// Parses YAML text that starts `lineOffset` lines into a file (used for front matter).
    package static func parse(_ text: String, path: String, lineOffset: Int, log: inout DiagnosticLog) -> YAMLValue? {
        if let problem = YAMLGuard.problem(in: text) {
            log.error(
                problem.message,
                at: SourceLocation(file: path, line: problem.line + lineOffset, column: problem.column),
                hint: problem.hint)
            return nil
        }
        do {
            // The encoding is given: Yams' default reads the process environment on every parse
            // (YAMS_DEFAULT_ENCODING), and the library reads none. The basic resolver tags every
            // scalar as text: Readiness reads each scalar's text itself and never a resolved tag,
            // and the default resolver tried up to seven regular expressions on every scalar (5% of
            // a 5,000-page build).
            guard let node = try Yams.compose(yaml: text, .basic, .default, .utf8) else {
                return YAMLValue(node: .mapping(Node.Mapping([])), file: path)
            }
            return YAMLValue(node: node, file: path)
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                log.error(
                    "this is not valid YAML: \(problem)",
                    at: SourceLocation(file: path, line: mark.line + lineOffset, column: mark.column),
                    hint: "check the indentation (spaces, not tabs) and that text holding ': ' or '#' is in quotes")
            case .duplicatedKeysInMapping(let duplicates, let context):
                // Each repeated key at its second appearance (where the first is not), never
                // the whole file's text.
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
                for key in duplicates.sorted() {
                    let places = lines.indices.filter { index in
                        let line = lines[index].drop { $0 == " " || $0 == "-" }
                        return line.hasPrefix(key + ":") || line.hasPrefix("\"\(key)\":") || line.hasPrefix("'\(key)':")
                    }
                    let line = places.count > 1 ? places[1] + 1 : context.mark.line
                    let column = places.count > 1 ? lines[places[1]].prefix { $0 == " " || $0 == "-" }.count + 1 : 1
                    log.error(
                        "'\(key.quotable)' is given twice in the same mapping",
                        at: SourceLocation(file: path, line: line + lineOffset, column: column),
                        hint: "keep one of the two; YAML reads a key once")
                }
            default:
                log.error("this is not valid YAML: \(error)", file: path)
            }
        } catch {
            log.error("this is not valid YAML: \(error)", file: path)
        }
        return nil
    }

    /// The text of a scalar, or nil for mappings and lists.
    public var scalar: String? {
        if case .scalar(let s) = node { return s.string }
        return nil
    }

    /// The entries of a mapping in the order written, or nil if this is not a mapping.
    public var entries: [(key: String, keyLocation: SourceLocation, value: YAMLValue)]? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.map { pair in
            let key = YAMLValue(node: pair.key, file: file)
            return (pair.key.string ?? "", key.location, YAMLValue(node: pair.value, file: file))
        }
    }

    /// The items of a list, or nil if this is not a list.
    public var items: [YAMLValue]? {
        guard case .sequence(let sequence) = node else { return nil }
        return sequence.map { YAMLValue(node: $0, file: file) }
    }

    /// The trimmed texts of `key` in the items of the list under `list` that start at none of
    /// `loaded` (the locations of the records a loader made): the ids of items that were dropped.
    /// For telling a reference to an item dropped because of an error from one to an item that
    /// was never there (`LoadFailures`).
    package func values(of key: String, in list: String, notAt loaded: [SourceLocation]) -> Set<String> {
        let starts = Set(loaded)
        var values: Set<String> = []
        for item in entries?.first(where: { $0.key == list })?.value.items ?? [] where !starts.contains(item.location) {
            if let text = item.entries?.first(where: { $0.key == key })?.value.scalar?.trimmingSpaces, !text.isEmpty {
                values.insert(text)
            }
        }
        return values
    }

    /// Whether the value is YAML's null (`~`, `null` or nothing).
    public var isNull: Bool {
        if case .scalar(let s) = node {
            return s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
        }
        return false
    }
}

/// Reads the keys of one YAML mapping, reporting missing, mistyped and unknown keys.
public struct YAMLMappingReader {
    /// The mapping being read.
    public let value: YAMLValue
    private var values: [String: YAMLValue] = [:]
    private var keyLocations: [String: SourceLocation] = [:]
    private var order: [String] = []

    /// Creates a reader, or reports that the value is not a mapping.
    public init?(_ value: YAMLValue, what: String, log: inout DiagnosticLog) {
        guard let entries = value.entries else {
            log.error(
                "\(what) should be a set of 'key: value' lines", at: value.location,
                hint: "see docs/data-format.md for an example")
            return nil
        }
        self.value = value
        for entry in entries {
            if values[entry.key] != nil {
                log.error("'\(entry.key)' is given twice", at: entry.keyLocation, hint: "keep one of them")
                continue
            }
            values[entry.key] = entry.value
            keyLocations[entry.key] = entry.keyLocation
            order.append(entry.key)
        }
    }

    /// Reports keys that are not among the known ones (a likely typo).
    public func rejectUnknownKeys(_ known: [String], log: inout DiagnosticLog) {
        for key in order where !known.contains(key) {
            log.error(
                "'\(key)' is not a setting Readiness knows", at: keyLocations[key] ?? value.location,
                hint: "the keys here are: " + known.joined(separator: ", "))
        }
    }

    /// Where a key written with no value stands (`primary:`, or `primary: #b10e1e`, which YAML
    /// reads as a comment); nil when the key is left out or has a value.
    public func emptyKey(_ key: String) -> SourceLocation? {
        guard let v = values[key], v.isNull else { return nil }
        return keyLocations[key] ?? v.location
    }

    /// The raw value of a key.
    public func value(_ key: String) -> YAMLValue? {
        guard let v = values[key], !v.isNull else { return nil }
        return v
    }

    /// A text value; reports an error if it is required and missing, or not text.
    public func string(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> String? {
        guard let v = value(key) else {
            if required {
                log.error("'\(key)' is missing", at: value.location, hint: "add a line '\(key): ...'")
            }
            return nil
        }
        guard let text = v.scalar else {
            log.error("'\(key)' should be a single value, not a list or mapping", at: v.location)
            return nil
        }
        let trimmed = text.trimmingSpaces
        if trimmed.isEmpty && required {
            log.error("'\(key)' is empty", at: v.location)
            return nil
        }
        return trimmed
    }

    /// A list of text values (a single value counts as a list of one).
    public func strings(_ key: String, log: inout DiagnosticLog) -> [String] {
        guard let v = value(key) else { return [] }
        if let s = v.scalar { return [s.trimmingSpaces] }
        guard let items = v.items else {
            log.error("'\(key)' should be a list", at: v.location)
            return []
        }
        return items.compactMap { item in
            guard let s = item.scalar else {
                log.error("each item of '\(key)' should be a single value", at: item.location)
                return nil
            }
            return s.trimmingSpaces
        }
    }

    /// A date value.
    public func date(_ key: String, required: Bool = false, log: inout DiagnosticLog) -> CalendarDate? {
        guard let text = string(key, required: required, log: &log) else { return nil }
        return CellParser.date(text, column: key, at: value(key)?.location ?? value.location, log: &log)
    }

    /// A yes/no value.
    public func bool(_ key: String, default fallback: Bool, log: inout DiagnosticLog) -> Bool {
        guard let text = string(key, log: &log) else { return fallback }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            log.error("'\(key)' should be true or false, not '\(text)'", at: value(key)?.location ?? value.location)
            return fallback
        }
    }

    /// A whole number in a range.
    public func integer(
        _ key: String, in range: ClosedRange<Int>, default fallback: Int, log: inout DiagnosticLog
    ) -> Int {
        guard let text = string(key, log: &log) else { return fallback }
        guard let n = Int(text), range.contains(n) else {
            log.error(
                "'\(key)' should be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'",
                at: value(key)?.location ?? value.location)
            return fallback
        }
        return n
    }
}
