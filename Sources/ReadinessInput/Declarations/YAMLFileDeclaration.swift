import ReadinessModel

/// A YAML file declared once: its name, what it holds, whether a build needs it, and its keys.
/// Loaders read it through typed `YAMLKey`s taken from the same declaration (`YAMLSection`), the
/// keys a mapping may hold are its declared ones, and the docs' key tables are generated from
/// it (`YAMLReference`).
public struct YAMLFileDeclaration: Sendable, Equatable {
    /// The file's name inside the data folder, e.g. `themes.yaml`.
    public var name: String
    /// One line: what the file holds.
    public var purpose: String
    /// Whether a build needs the file (a missing optional file is a warning).
    public var required: Bool
    /// Its top-level keys, in the order the docs list them and messages name them.
    public var keys: [YAMLKeyDeclaration]

    /// Declares a file.
    public init(_ name: String, purpose: String, required: Bool = false, keys: [YAMLKeyDeclaration]) {
        self.name = name
        self.purpose = purpose
        self.required = required
        self.keys = keys
    }

    /// The whole file as a mapping: messages name it by the file's name.
    public var mapping: YAMLMappingDeclaration { YAMLMappingDeclaration(what: name, keys: keys) }
}

/// A mapping of a YAML file: the whole file, a section such as `rag:`, or each item of a list
/// such as `themes:`, with the keys it may hold.
public struct YAMLMappingDeclaration: Sendable, Equatable {
    /// How messages name it: `settings.yaml`, `rag`, `each theme`, `'supervision'`.
    public var what: String
    /// The keys it may hold, in the order the docs list them and messages name them. Any other
    /// key is an error (it is usually a typo).
    public var keys: [YAMLKeyDeclaration]

    /// Declares a mapping.
    public init(what: String, keys: [YAMLKeyDeclaration]) {
        self.what = what
        self.keys = keys
    }

    /// The names of its keys.
    public var names: [String] { keys.map(\.name) }
}

/// One key of a YAML mapping, declared once: its name, what its value holds, whether it must be
/// there, what is used when it is not, and how the docs describe it.
///
/// Keys are matched exactly as written (unlike CSV headings), and none has an alias.
public struct YAMLKeyDeclaration: Sendable, Equatable {
    /// What a key's value holds, which decides how it is read and checked.
    public enum Kind: Sendable, Equatable {
        /// Any text.
        case text
        /// Text that names the item, unique in the file.
        case identifier
        /// An id that becomes a page's file name: lower-case letters, digits and hyphens, unique
        /// in the file.
        case slug
        /// An id of another file or list, such as a committee `id` in committees.yaml.
        case reference(file: String, field: String)
        /// A date in any form `CalendarDate.parse` reads.
        case date
        /// A whole number within a range.
        case wholeNumber(ClosedRange<Int>)
        /// A number above zero, such as `22.5`.
        case numberAboveZero
        /// `true` or `false` (also `yes`/`no`, `on`/`off`).
        case yesNo
        /// An interval such as `45 working days`, with the examples messages and docs give.
        case interval(examples: [String])
        /// One of a fixed set of words.
        case oneOf([String])
        /// A list of text; a single value is a list of one.
        case textList
        /// A list of dates.
        case dateList
        /// A colour written `#rgb` or `#rrggbb`.
        case colour
        /// A list of pages, each by its output name without `.html`.
        case pageList
        /// Lines of `theme-id: grade`, each grade a word of a vocabulary.
        case themeGrades([DataColumn.VocabularyWord])
        /// Lines of `term: [words]`: a council's own words for the terms of a vocabulary.
        case vocabularyWords(terms: [String])
        /// A nested mapping with keys of its own.
        case mapping(YAMLMappingDeclaration)
        /// A list of mappings, each with the same keys, such as `themes:`.
        case list(YAMLMappingDeclaration)
        /// For each data file, its columns under the council's own headings and the headings to
        /// pass over (`columns:` in settings.yaml, `ColumnMapping`).
        case columnMappings
    }

    /// The key as written in the file and quoted in messages.
    public var name: String
    /// Whether the mapping must have the key (a missing or empty required key is an error).
    public var required: Bool
    /// What its value holds.
    public var kind: Kind
    /// One line for the docs: what the key sets.
    public var summary: String
    /// What is used when the key is left out, as the docs show it; nil when nothing is.
    public var defaultValue: String?

    /// Declares a key.
    public init(
        _ name: String, required: Bool = false, kind: Kind = .text, summary: String = "", defaultValue: String? = nil
    ) {
        self.name = name
        self.required = required
        self.kind = kind
        self.summary = summary
        self.defaultValue = defaultValue
    }
}
