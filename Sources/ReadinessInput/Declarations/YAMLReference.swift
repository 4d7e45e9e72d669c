import ReadinessModel

/// The key tables of the YAML files, generated from their declarations, so the docs cannot drift
/// from what the loaders read: settings.yaml's in docs/configuration.md, the others' in
/// docs/data-format.md. Each table sits between `<!-- keys: NAME -->` and `<!-- end keys -->`;
/// `YAMLReferenceTests` fails when a table differs and rewrites the docs when
/// `RECORD_SNAPSHOTS` is set.
package enum YAMLReference {
    /// The marker that opens a file's table.
    static func openMarker(_ file: YAMLFileDeclaration) -> String { "<!-- keys: \(file.name) -->" }

    /// The marker that closes every table.
    static let closeMarker = "<!-- end keys -->"

    /// A file's keys as a Markdown table, each nested key under the key that holds it, named by
    /// its path: `rag.due_soon_days` in the `rag:` mapping, `themes[].id` in each item of the
    /// `themes:` list.
    static func table(_ file: YAMLFileDeclaration) -> String {
        var lines = ["| key | required | accepts | default | what it sets |", "| --- | --- | --- | --- | --- |"]
        func add(_ keys: [YAMLKeyDeclaration], under prefix: String) {
            for key in keys {
                let path = prefix + key.name
                lines.append(
                    DataFormatReference.row([
                        "`\(path)`", key.required ? "yes" : "no", accepts(key.kind), key.defaultValue ?? "",
                        key.summary,
                    ]))
                switch key.kind {
                case .mapping(let mapping): add(mapping.keys, under: path + ".")
                case .list(let item): add(item.keys, under: path + "[].")
                default: break
                }
            }
        }
        add(file.keys, under: "")
        return lines.joined(separator: "\n")
    }

    /// What a kind of key accepts, in the docs' words.
    static func accepts(_ kind: YAMLKeyDeclaration.Kind) -> String {
        switch kind {
        case .text: "text"
        case .identifier: "text, unique in the file"
        case .slug: "lower-case letters, digits and hyphens, unique in the file"
        case .reference(let file, let field): DataFormatReference.reference(file, field)
        case .date: "a date"
        case .wholeNumber(let range):
            "a whole number from \(NumberFormat.grouped(range.lowerBound)) to \(NumberFormat.grouped(range.upperBound))"
        case .numberAboveZero: "a number above zero, such as `18` or `22.5`"
        case .yesNo: "`true` or `false` (also `yes`/`no`, `on`/`off`)"
        case .interval(let examples):
            "an interval in days, working days, weeks or months, such as "
                + YAMLKeyDeclaration.orList(examples.map { "`\($0)`" })
        case .oneOf(let words): YAMLKeyDeclaration.orList(words.map { "`\($0)`" })
        case .textList: "a list of text, `[a, b]` or one `- ` line each; one value is a list of one"
        case .dateList: "a list of dates, `[2026-01-22, 2026-03-19]` or one `- ` line each"
        case .colour: "a colour written `#rgb` or `#rrggbb`, such as `\"#1d70b8\"` (in quotes: `#` starts a comment)"
        case .pageList: "a list of pages by output name without `.html`, `[index, workforce]` or one `- ` line each"
        case .themeGrades(let words):
            "lines of `theme-id: grade`, each theme an `id` or `name` from themes.yaml or `overall`, each grade "
                + DataFormatReference.accepts(.vocabulary(words))
        case .vocabularyWords(let terms):
            "lines of `term: [words]`, each term one of " + YAMLKeyDeclaration.orList(terms.map { "`\($0)`" })
                + ", each word one that means no other term"
        case .mapping: "the keys below, indented under it"
        case .list: "a list, each item starting with `- ` and holding the keys below"
        case .columnMappings:
            "for each data file, named without `.csv` (`actions`, `annex-a/list-8`), lines of `Readiness's column: the heading in your file`, and `ignore: [headings]` for your own columns"
        }
    }

    /// The document with every marked table replaced by the one generated from its declaration.
    /// A marker naming no declared file is left as it is.
    static func updating(_ document: String, files: [YAMLFileDeclaration] = DataFiles.yaml) -> String {
        MarkedSections.updating(document, close: closeMarker) { line in
            files.first { openMarker($0) == line }.map(table)
        }
    }

    /// The files with a table in the document.
    static func markedFiles(in document: String, files: [YAMLFileDeclaration] = DataFiles.yaml) -> [String] {
        let lines = Set(document.split(separator: "\n").map(String.init))
        return files.filter { lines.contains(openMarker($0)) }.map(\.name)
    }
}
