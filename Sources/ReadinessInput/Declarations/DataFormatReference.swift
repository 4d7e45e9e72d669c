import ReadinessModel

/// The column tables of docs/data-format.md, generated from the declarations, so the doc cannot
/// drift from what the loaders read. Each table sits between `<!-- columns: NAME -->` and
/// `<!-- end columns -->`; `DataFormatReferenceTests` fails when a table differs and rewrites
/// the doc when `RECORD_SNAPSHOTS` is set.
package enum DataFormatReference {
    /// The marker that opens a file's table.
    static func openMarker(_ file: DataFileDeclaration) -> String { "<!-- columns: \(file.name) -->" }

    /// The marker that closes every table.
    static let closeMarker = "<!-- end columns -->"

    /// A file's columns as a Markdown table. Columns Readiness never reads (the personal
    /// columns of the child-level lists) are listed together in one last row.
    static func table(_ file: DataFileDeclaration) -> String {
        var lines = ["| column | required | accepts | what it holds | aliases |", "| --- | --- | --- | --- | --- |"]
        var unread: [DataColumn] = []
        for column in file.columns {
            if column.kind == .notRead {
                unread.append(column)
                continue
            }
            let summary = column.personal ? "**personal**: " + column.summary : column.summary
            lines.append(
                row([
                    column.name, presence(column), accepts(column.kind), summary,
                    column.aliases.joined(separator: ", "),
                ]))
        }
        if !unread.isEmpty {
            let names = unread.map { column in
                column.aliases.isEmpty ? column.name : "\(column.name) (\(column.aliases.joined(separator: ", ")))"
            }
            lines.append(
                row([
                    names.joined(separator: "; "), "no", accepts(.notRead),
                    "**personal**: these identify a child; they may stay in the export, and no template may ask for them",
                    "",
                ]))
        }
        return lines.joined(separator: "\n")
    }

    /// The document with every marked table replaced by the one generated from its declaration.
    /// A marker naming no declared file is left as it is.
    static func updating(_ document: String, files: [DataFileDeclaration] = DataFiles.all) -> String {
        MarkedSections.updating(document, close: closeMarker) { line in
            files.first { openMarker($0) == line }.map(table)
        }
    }

    /// The files with a table in the document.
    static func markedFiles(in document: String, files: [DataFileDeclaration] = DataFiles.all) -> [String] {
        let lines = Set(document.split(separator: "\n").map(String.init))
        return files.filter { lines.contains(openMarker($0)) }.map(\.name)
    }

    /// Whether the file must have the column, and whether its cells may be blank.
    static func presence(_ column: DataColumn) -> String {
        switch (column.required, column.blankAllowed) {
        case (true, false): "yes"
        case (true, true): "yes (cells may be blank)"
        case (false, false): "no (if present, never blank)"
        case (false, true): "no"
        }
    }

    /// What a kind of column accepts, in the docs' words.
    static func accepts(_ kind: DataColumn.Kind) -> String {
        switch kind {
        case .text: "text"
        case .identifier: "text, unique in the file"
        case .reference(let file, let field): reference(file, field)
        case .date(let monthAsLastDay):
            monthAsLastDay ? "a date, or a month (`Sep-26`, `September 2026`) meaning its last day" : "a date"
        case .dates(let monthAsLastDay):
            monthAsLastDay
                ? "dates separated by `;`, each a date or a month (`Sep-26`) meaning its last day"
                : "dates separated by `;`"
        case .month: "a month: `2026-11`, `11/2026`, `Nov 2026`, `November 2026`, or any date in the month"
        case .wholeNumber(let range):
            "a whole number from \(NumberFormat.grouped(range.lowerBound)) to \(NumberFormat.grouped(range.upperBound))"
        case .decimal: "a number of zero or more"
        case .vocabulary(let words, let name):
            words.map { word in
                word.synonyms.isEmpty
                    ? "`\(word.label)`" : "`\(word.label)` (also \(word.synonyms.joined(separator: ", ")))"
            }.joined(separator: ", ")
                + (name.isEmpty ? "" : "; and the council's own words, `vocabularies.\(name)` in settings.yaml")
        case .evidenceLinks: "links separated by `;` or line breaks, each `address` or `label | address`"
        case .followUpDue:
            "a date, or a month (`Sep-26`) meaning its last day; an interval after the meeting (`3 months`, `three months`, `6 weeks`, `10 days`, `10 working days`); or `next meeting`"
        case .frequency:
            "a visiting frequency of a year or less: an interval in days, working days, weeks, months or years (`28 days`, `10 working days`, `4 weeks`, `1 month`), `6 weekly`, `4-weekly`, `every 6 weeks`, `weekly`, `fortnightly` or `monthly`; a range such as `6-8 weekly` is not read"
        case .notRead: "anything: never read"
        }
    }

    /// A reference to another file, in the docs' words: themes and committees are named by their
    /// id or their name (`ReferenceNames`).
    static func reference(_ file: String, _ field: String) -> String {
        ["themes.yaml", "committees.yaml"].contains(file) && field == "id"
            ? "an `id` or `name` from \(file)" : "\(article(field)) `\(field)` from \(file)"
    }

    /// One table row, with pipes inside cells escaped.
    static func row(_ cells: [String]) -> String {
        "|" + cells.map { $0.isEmpty ? " " : " \($0.replacingAll("|", with: "\\|")) " }.joined(separator: "|") + "|"
    }

    /// `a` or `an`, for the word that follows.
    static func article(_ word: String) -> String {
        guard let first = word.lowercased().first else { return "a" }
        return "aeiou".contains(first) ? "an" : "a"
    }
}
