import ReadinessModel

/// One column of a data file, declared once: how it is headed, what its cells hold, whether it
/// must be there, and how docs/data-format.md describes it.
///
/// Header names are matched loosely (`CSVTable.normalise`): case, spaces, hyphens and
/// underscores do not matter, so `Due date`, `due_date` and `DueDate` are one column.
public struct DataColumn: Sendable, Equatable {
    /// What a column's cells hold, which decides how they are read and checked.
    public enum Kind: Sendable, Equatable {
        /// Any text.
        case text
        /// Text that names the row, unique in the file.
        case identifier
        /// An id or reference of another file, such as a theme `id` in themes.yaml.
        case reference(file: String, field: String)
        /// A date in any form `CalendarDate.parse` reads; with `monthAsLastDay`, a month without a
        /// day (`Sep-26`, a target) is its last day.
        case date(monthAsLastDay: Bool = false)
        /// Dates separated by semicolons, commas or line breaks; with `monthAsLastDay`, as above.
        case dates(monthAsLastDay: Bool = false)
        /// A month, such as `2026-11` or `Nov 2026`.
        case month
        /// A whole number within a range.
        case wholeNumber(ClosedRange<Int>)
        /// A decimal number of zero or more, such as an FTE.
        case decimal
        /// One of a fixed set of words (a `VocabularyTerm`), each shown with its synonyms, and
        /// the vocabulary's key under `vocabularies:` in settings.yaml, where a council adds its
        /// own words (empty when it cannot).
        case vocabulary([VocabularyWord], name: String = "")
        /// Links separated by semicolons or line breaks, each `address` or `label | address`.
        case evidenceLinks
        /// A date, an interval after a meeting, or `next meeting`.
        case followUpDue
        /// A visiting frequency, such as `4 weeks`, `6 weekly` or `monthly` (`Interval.parseFrequency`).
        case frequency
        /// Cells Readiness never reads (the identifying columns of the child-level lists).
        case notRead
    }

    /// A word of a vocabulary as documented: its label and the other spellings accepted.
    public struct VocabularyWord: Sendable, Equatable {
        /// The word shown on pages and in messages.
        public var label: String
        /// Other spellings accepted in data.
        public var synonyms: [String]
    }

    /// The name documented in docs/data-format.md and used in messages.
    public var name: String
    /// Other headings accepted for it.
    public var aliases: [String]
    /// Whether the file must have this column.
    public var required: Bool
    /// Whether a cell may be blank (a blank cell where it may not be is an error).
    public var blankAllowed: Bool
    /// What the cells hold.
    public var kind: Kind
    /// Whether the column identifies a child (child-level lists): its values are never read
    /// into a page or printed, and no template may ask for it.
    public var personal: Bool
    /// One line for the docs: what the column holds.
    public var summary: String

    /// Declares a column. Blank cells are allowed by default exactly when the column is optional.
    public init(
        _ name: String, aliases: [String] = [], required: Bool = true, blankAllowed: Bool? = nil,
        kind: Kind = .text, personal: Bool = false, summary: String = ""
    ) {
        self.name = name
        self.aliases = aliases
        self.required = required
        self.blankAllowed = blankAllowed ?? !required
        self.kind = kind
        self.personal = personal
        self.summary = summary
    }

    /// The loose forms of the name and every alias, as headers are compared.
    var normalisedNames: [String] {
        ([name] + aliases).map(CSVTable.normalise)
    }

    /// Whether a header cell's text names this column.
    func matches(heading: String) -> Bool {
        normalisedNames.contains(CSVTable.normalise(heading))
    }
}

extension DataColumn.Kind {
    /// The words of a vocabulary, in the order the type lists them.
    static func vocabulary<Term: VocabularyTerm>(of type: Term.Type) -> Self {
        .vocabulary(
            Term.allCases.map { DataColumn.VocabularyWord(label: $0.label, synonyms: $0.synonyms) },
            name: Term.vocabularyName)
    }
}
