import ReadinessModel

/// A typed key for one declared column: a loader reads `row.read(ActionsFile.due, log: &log)`
/// and gets a `CalendarDate?`, parsed and checked as the column's declared kind, with any
/// problem reported at the cell.
///
/// Keys are made only by the constructors below, so a key's value type always matches its
/// column's `DataColumn.Kind`.
public struct ColumnKey<Value: Sendable>: Sendable {
    /// Reads a cell's trimmed, non-blank text, with the council's own words for the vocabularies
    /// (settings.yaml's `vocabularies:`), reporting what is wrong at the cell.
    typealias Parse =
        @Sendable (
            _ text: String, _ column: DataColumn, _ vocabularies: Vocabularies, _ at: SourceLocation,
            _ log: inout DiagnosticLog
        )
        -> Value?

    /// The column's declaration.
    public let column: DataColumn
    let parse: Parse

    init(_ column: DataColumn, parse: @escaping Parse) {
        self.column = column
        self.parse = parse
    }

    /// The column's documented name, as messages quote it.
    public var name: String { column.name }
}

extension ColumnKey where Value == String {
    /// Any text: a description, a name, a period as written.
    public static func text(
        _ name: String, aliases: [String] = [], required: Bool = true, personal: Bool = false, summary: String
    ) -> Self {
        let column = DataColumn(
            name, aliases: aliases, required: required, kind: .text, personal: personal, summary: summary)
        return Self(column) { text, _, _, _, _ in text }
    }

    /// The text that names a row, unique in its file.
    public static func identifier(_ name: String, aliases: [String] = [], summary: String) -> Self {
        Self(DataColumn(name, aliases: aliases, kind: .identifier, summary: summary)) { text, _, _, _, _ in text }
    }

    /// An id of another file (checked against that file after loading).
    public static func reference(
        _ name: String, to file: String, field: String, aliases: [String] = [], required: Bool = true,
        summary: String
    ) -> Self {
        let kind = DataColumn.Kind.reference(file: file, field: field)
        return Self(DataColumn(name, aliases: aliases, required: required, kind: kind, summary: summary)) {
            text, _, _, _, _ in text
        }
    }
}

extension ColumnKey where Value == CalendarDate {
    /// A date in any form `CalendarDate.parse` reads (2026-11-22, 22/11/2026, 22 Nov 2026...).
    /// With `monthAsLastDay` a month without a day (`Sep-26`) is its last day: for targets, where
    /// "Sep-26" means by the end of September; elsewhere a month is refused.
    public static func date(
        _ name: String, aliases: [String] = [], required: Bool = true, blankAllowed: Bool? = nil,
        monthAsLastDay: Bool = false, summary: String
    ) -> Self {
        let column = DataColumn(
            name, aliases: aliases, required: required, blankAllowed: blankAllowed,
            kind: .date(monthAsLastDay: monthAsLastDay), summary: summary)
        return Self(column) { text, column, _, at, log in
            CellParser.date(text, column: column.name, monthAsLastDay: monthAsLastDay, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value == [CalendarDate] {
    /// Dates separated by semicolons, commas or line breaks, in the order written; with
    /// `monthAsLastDay`, a month is its last day.
    public static func dates(
        _ name: String, aliases: [String] = [], required: Bool = true, monthAsLastDay: Bool = false, summary: String
    ) -> Self {
        let kind = DataColumn.Kind.dates(monthAsLastDay: monthAsLastDay)
        return Self(DataColumn(name, aliases: aliases, required: required, kind: kind, summary: summary)) {
            text, column, _, at, log in
            CellParser.dates(text, column: column.name, monthAsLastDay: monthAsLastDay, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value == CalendarMonth {
    /// A month: `2026-11`, `11/2026`, `Nov 2026`, or any date in the month.
    public static func month(_ name: String, aliases: [String] = [], required: Bool = true, summary: String) -> Self {
        Self(DataColumn(name, aliases: aliases, required: required, kind: .month, summary: summary)) {
            text, column, _, at, log in CellParser.month(text, column: column.name, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value == Int {
    /// A whole number within a range (counts, scores).
    public static func wholeNumber(
        _ name: String, in range: ClosedRange<Int>, aliases: [String] = [], required: Bool = true, summary: String
    ) -> Self {
        Self(DataColumn(name, aliases: aliases, required: required, kind: .wholeNumber(range), summary: summary)) {
            text, column, _, at, log in CellParser.wholeNumber(text, in: range, column: column.name, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value == Double {
    /// A decimal number of zero or more, such as an FTE.
    public static func decimal(_ name: String, aliases: [String] = [], required: Bool = true, summary: String) -> Self {
        Self(DataColumn(name, aliases: aliases, required: required, kind: .decimal, summary: summary)) {
            text, column, _, at, log in CellParser.decimal(text, column: column.name, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value: VocabularyTerm {
    /// One of the words of a vocabulary, matched loosely, synonyms accepted.
    public static func vocabulary(
        _ name: String, aliases: [String] = [], required: Bool = true, summary: String
    ) -> Self {
        let kind = DataColumn.Kind.vocabulary(of: Value.self)
        return Self(DataColumn(name, aliases: aliases, required: required, kind: kind, summary: summary)) {
            text, column, vocabularies, at, log in
            CellParser.vocabulary(
                text, as: Value.self, vocabularies: vocabularies, column: column.name, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value == [EvidenceLink] {
    /// Evidence links separated by semicolons or line breaks, each `address` or `label | address`.
    public static func evidenceLinks(
        _ name: String, aliases: [String] = [], required: Bool = true, summary: String
    ) -> Self {
        Self(DataColumn(name, aliases: aliases, required: required, kind: .evidenceLinks, summary: summary)) {
            text, _, _, at, log in EvidenceParser.links(text, at: at, log: &log)
        }
    }
}

extension ColumnKey where Value == FollowUpDue {
    /// When a committee follow-up is due: a date, an interval after the meeting, or `next meeting`.
    public static func followUpDue(
        _ name: String, aliases: [String] = [], required: Bool = true, summary: String
    ) -> Self {
        Self(DataColumn(name, aliases: aliases, required: required, kind: .followUpDue, summary: summary)) {
            text, column, _, at, log in CellParser.followUpDue(text, column: column.name, at: at, log: &log)
        }
    }
}
