import ReadinessModel

extension YAMLKey where Value == [String: ColumnMapping] {
    /// `columns:` in settings.yaml: for each data file, named without `.csv` (`actions`,
    /// `annex-a/list-8`), lines of `Readiness's column: the heading in your file`, and
    /// `ignore:` with the headings of the council's own columns. Everything that can be checked
    /// without the data files is checked here, at the line in settings.yaml: a file or column
    /// Readiness does not know, a column or heading given twice, a heading both mapped and
    /// ignored. A mapped heading missing from its file is reported when the file is read
    /// (`HeadingMatcher`).
    static func columnMappings(_ name: String, files: [DataFileDeclaration], summary: String) -> Self {
        Self(YAMLKeyDeclaration(name, kind: .columnMappings, summary: summary)) { map, key, log in
            guard let value = map.value(key.name) else { return [:] }
            guard let entries = value.entries else {
                log.error(
                    "'\(key.name)' should be lines of 'file:', each with lines of 'Readiness column: your heading'",
                    at: value.location, hint: ColumnMappingReader.example)
                return [:]
            }
            var mappings: [String: ColumnMapping] = [:]
            for entry in entries {
                guard let file = ColumnMappingReader.file(named: entry.key, among: files) else {
                    log.error(
                        "'\(entry.key)' is not a data file Readiness reads", at: entry.keyLocation,
                        hint: "name the file without .csv; the files are: "
                            + files.map(ColumnMappingReader.shortName).joined(separator: ", "))
                    continue
                }
                if mappings[file.name] != nil {
                    log.error(
                        "the columns of \(file.name) are given twice", at: entry.keyLocation,
                        hint: "put all of the file's columns under one '\(ColumnMappingReader.shortName(file)):'")
                    continue
                }
                mappings[file.name] = ColumnMappingReader.read(entry.value, file: file, log: &log)
            }
            return mappings
        }
    }
}

/// Reads one file's lines under `columns:`.
enum ColumnMappingReader {
    /// The key under a file that lists the headings to pass over.
    static let ignoreKey = "ignore"

    /// How messages show the `columns:` section.
    static let example =
        "for example: columns: {actions: {ID: Ref No., Owner: Lead Officer, ignore: [RAG]}} (docs/data-format.md, \"Your own column headings\")"

    /// A file's name as written under `columns:`: without `.csv`.
    static func shortName(_ file: DataFileDeclaration) -> String {
        file.name.hasSuffix(".csv") ? String(file.name.dropLast(4)) : file.name
    }

    /// The declared file a key names: `actions`, or `actions.csv` / `actions.xlsx` for good
    /// measure, in any case.
    static func file(named key: String, among files: [DataFileDeclaration]) -> DataFileDeclaration? {
        var name = key.trimmingSpaces.lowercased()
        for suffix in [".csv", ".xlsx"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        return files.first { shortName($0) == name }
    }

    /// One file's mapping; what is wrong is reported and left out.
    static func read(_ value: YAMLValue, file: DataFileDeclaration, log: inout DiagnosticLog) -> ColumnMapping {
        var mapping = ColumnMapping(file: file.name)
        let short = shortName(file)
        guard let entries = value.entries else {
            log.error(
                "'\(short)' under 'columns' should be lines of 'Readiness column: the heading in your file'",
                at: value.location, hint: example)
            return mapping
        }
        let columnList = file.columns.map(\.name).joined(separator: ", ")
        // The loose form of each heading given for a column, and the column.
        var given: [String: String] = [:]
        var ignoredEntries: [(text: String, location: SourceLocation)] = []
        for entry in entries {
            if TextKey.normalise(entry.key) == ignoreKey {
                ignoredEntries += headings(entry.value, log: &log)
                continue
            }
            guard let column = file.columns.first(where: { $0.matches(heading: entry.key) }) else {
                log.error(
                    "'\(entry.key)' is not a column of \(file.name)", at: entry.keyLocation,
                    hint: "write Readiness's column on the left and your heading on the right; the columns are: "
                        + columnList + ", and 'ignore' for your own columns")
                continue
            }
            if mapping.heading(for: column.name) != nil {
                log.error(
                    "'\(column.name)' of \(file.name) is given twice", at: entry.keyLocation,
                    hint: "keep one line for it")
                continue
            }
            guard let text = entry.value.scalar?.trimmingSpaces, !TextKey.normalise(text).isEmpty else {
                log.error(
                    "'\(entry.key)' should be followed by the heading of that column in your file",
                    at: entry.value.location, hint: "for example '\(column.name): Lead Officer'")
                continue
            }
            let key = TextKey.normalise(text)
            if let other = given[key] {
                log.error(
                    "heading '\(text)' is given for both '\(other)' and '\(column.name)' of \(file.name)",
                    at: entry.value.location,
                    hint: "a column of your file is one of Readiness's columns; give each its own heading")
                continue
            }
            given[key] = column.name
            mapping.renamed.append(.init(column: column.name, heading: .init(text, at: entry.value.location)))
        }
        var ignored: Set<String> = []
        for (text, location) in ignoredEntries {
            let key = TextKey.normalise(text)
            if let column = given[key] {
                log.error(
                    "heading '\(text)' is both ignored and given for '\(column)' of \(file.name)", at: location,
                    hint:
                        "take it out of 'ignore' to read it as '\(column)', or take out the line for '\(column)' to pass over it"
                )
                continue
            }
            // Ignored twice does no harm.
            if ignored.insert(key).inserted { mapping.ignored.append(.init(text, at: location)) }
        }
        return mapping
    }

    /// The headings of `ignore:`, a list or one heading; empty ones are reported and left out.
    static func headings(_ value: YAMLValue, log: inout DiagnosticLog) -> [(text: String, location: SourceLocation)] {
        let items = value.items ?? [value]
        var headings: [(text: String, location: SourceLocation)] = []
        for item in items {
            guard let text = item.scalar?.trimmingSpaces, !TextKey.normalise(text).isEmpty else {
                log.error(
                    "each heading to ignore should be the heading of a column in your file", at: item.location,
                    hint: "for example 'ignore: [RAG, \"% Complete\", Comments]'")
                continue
            }
            headings.append((text, item.location))
        }
        return headings
    }
}
