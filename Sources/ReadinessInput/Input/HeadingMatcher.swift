import ReadinessModel

/// Matches the headings of a data file's header to its declared columns: by each column's name
/// and aliases, loosely (`TextKey.normalise`: case, spaces and punctuation do not matter), or by
/// the council's own heading for it from settings.yaml (`ColumnMapping`), which then stands in
/// for the column's own names. Headings the mapping ignores are passed over quietly.
///
/// `CSVTable` and the child-level lists' scanner read their headers through it, so a mapping
/// means the same in every file. What is wrong with a mapping that only the file can show (the
/// heading is not in it; the column is there under its own name too) is reported at the
/// mapping's line in settings.yaml.
package struct HeadingMatcher: Sendable {
    /// What a heading of the file is.
    package enum Match: Sendable, Equatable {
        /// A declared column, by its name.
        case column(String)
        /// One of the council's own columns, to pass over quietly.
        case ignored
        /// A declared column's own name, though the mapping gives another heading for it.
        case displaced(String)
        /// Not a heading Readiness knows.
        case unknown
    }

    /// The file's declared name, `actions.csv`, as messages name it.
    let file: String
    /// The council's headings for the file, if settings.yaml gives any.
    let mapping: ColumnMapping?
    private let lookup: [String: String]
    private let displaced: [String: String]
    private let ignored: Set<String>
    /// Whether the file holds personal data: its headings are then listed in messages only
    /// when they are headings Readiness knows, since a header that is really a data row would
    /// otherwise put a child's details into a build log.
    private let personal: Bool
    /// The headings the file may have (every declared column's names), loosely.
    private let known: Set<String>
    /// Mappings refused because their heading is one that holds personal data, which may not
    /// stand in for a column Readiness reads into its pages.
    private let refused: [ColumnMapping.Renamed]

    /// A matcher for a file's declared columns (those it reads) and the mapping settings.yaml
    /// gives for it. A mapped column not among `columns` is left out.
    package init(file: String, columns: [DataColumn], mapping: ColumnMapping?) {
        self.file = file
        self.mapping = mapping
        var lookup: [String: String] = [:]
        for column in columns {
            for name in column.normalisedNames where lookup[name] == nil { lookup[name] = column.name }
        }
        var displaced: [String: String] = [:]
        let declaration = DataFiles.all.first { $0.name == file }
        personal = declaration.map { !$0.personalColumns.isEmpty } ?? false
        known = Set(((declaration?.columns ?? []) + columns).flatMap(\.normalisedNames))
            .union(
                ((mapping?.renamed ?? []).map(\.heading) + (mapping?.ignored ?? [])).map { TextKey.normalise($0.text) })
        let personalHeadings = Set(DataFiles.personalHeadings.map(TextKey.normalise))
        let personalColumns = Set((declaration?.personalColumns ?? []).map(\.name))
        var renamed = (mapping?.renamed ?? []).filter { renamed in columns.contains { $0.name == renamed.column } }
        let refused = renamed.filter {
            !personalColumns.contains($0.column) && personalHeadings.contains(TextKey.normalise($0.heading.text))
        }
        self.refused = refused
        renamed.removeAll { entry in refused.contains { $0.column == entry.column } }
        for entry in renamed {
            for (name, column) in lookup where column == entry.column {
                lookup[name] = nil
                displaced[name] = column
            }
        }
        for entry in renamed {
            let heading = TextKey.normalise(entry.heading.text)
            lookup[heading] = entry.column
            displaced[heading] = nil
        }
        self.lookup = lookup
        self.displaced = displaced
        ignored = Set((mapping?.ignored ?? []).map { TextKey.normalise($0.text) })
    }

    /// What a heading is.
    package func match(_ heading: String) -> Match {
        let key = TextKey.normalise(heading)
        if ignored.contains(key) { return .ignored }
        if let column = lookup[key] { return .column(column) }
        if let column = displaced[key] { return .displaced(column) }
        return .unknown
    }

    /// The file's name as written under `columns:` (`actions`, `annex-a/list-8`).
    var shortName: String { file.hasSuffix(".csv") ? String(file.dropLast(4)) : file }

    /// Reports a column found under its own name (`found`, as the header writes it) although
    /// the mapping gives another heading for it that the header also holds, at the mapping's
    /// line: which of the two is meant cannot be told. When the mapped heading is not in the
    /// header, that is the one error (`reportUnfound`), not this.
    func reportDisplaced(_ column: String, found: String, headings: [String], path: String, log: inout DiagnosticLog) {
        guard let heading = mapping?.heading(for: column) else { return }
        let mapped = TextKey.normalise(heading.text)
        guard headings.contains(where: { TextKey.normalise($0) == mapped }) else { return }
        log.error(
            "\(path) has a column headed '\(found.trimmingSpaces.quotable)' as well as '\(heading.text)', which this line says holds '\(column)'",
            at: heading.location,
            hint:
                "to read '\(heading.text)', add '\(found.trimmingSpaces.quotable)' to 'ignore' under '\(shortName):'; to read '\(found.trimmingSpaces.quotable)', take this line out"
        )
    }

    /// Reports, at its line in settings.yaml, each mapped heading the header does not hold,
    /// naming the headings it does hold (headings only, never a cell). Returns the columns so
    /// reported, which the caller should not report missing again.
    func reportUnfound(
        found columns: Set<String>, headings: [String], path: String, log: inout DiagnosticLog
    ) -> Set<String> {
        var unfound: Set<String> = []
        for entry in refused {
            unfound.insert(entry.column)
            log.error(
                "'\(entry.column)' may not be read from '\(entry.heading.text)': that heading holds personal data, which Readiness never shows",
                at: entry.heading.location,
                hint: "give the heading of the column that holds the \(entry.column.lowercased()) in \(path)")
        }
        for entry in mapping?.renamed ?? [] where lookup[TextKey.normalise(entry.heading.text)] == entry.column {
            guard !columns.contains(entry.column) else { continue }
            unfound.insert(entry.column)
            let all = headings.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            // In a file that names people, only headings Readiness knows are repeated.
            let shown = personal ? all.filter { known.contains(TextKey.normalise($0)) } : all
            let unlisted = all.count - shown.count
            var hint = "write the heading as it is in the file; "
            if all.isEmpty {
                hint = "its header row is empty"
            } else if shown.isEmpty {
                hint +=
                    "its first row has no heading Readiness knows (\(unlisted) cells, not repeated here because this file names people): is its header row missing?"
            } else {
                hint += "its headings are: " + shown.map { "'\($0.quotable)'" }.joined(separator: ", ")
                if unlisted > 0 {
                    hint += ", and \(unlisted) more not repeated here because this file names people"
                }
            }
            log.error(
                "\(path) has no column headed '\(entry.heading.text)' (given here for '\(entry.column)')",
                at: entry.heading.location, hint: hint)
        }
        return unfound
    }

    /// What to do about a heading Readiness does not read: the exact YAML that maps or ignores
    /// it, and the file's columns.
    func unknownHint(_ heading: String, columns: [DataColumn]) -> String {
        let yaml = Self.yamlScalar(heading.trimmingSpaces)
        return "if it is one of Readiness's columns under your own heading, say which in settings.yaml, e.g. "
            + "columns: {\(shortName): {\(columns.first?.name ?? "ID"): \(yaml)}}; if not, pass over it with "
            + "columns: {\(shortName): {ignore: [\(yaml)]}}; the columns are: "
            + columns.map(\.name).joined(separator: ", ")
    }

    /// Text as a YAML scalar: as it is when that reads back the same, otherwise in double quotes.
    static func yamlScalar(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == " "
                || $0 == "." || $0 == "-" || $0 == "_" || $0 == "(" || $0 == ")" || $0 == "/"
        }
        if plain, let first = text.unicodeScalars.first, first != "-", first != " ", text.last != " ",
            !["true", "false", "yes", "no", "on", "off", "null", "~"].contains(text.lowercased())
        {
            return text
        }
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
