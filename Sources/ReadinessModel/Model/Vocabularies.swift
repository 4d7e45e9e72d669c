/// The words a council adds to the built-in vocabularies, from `vocabularies:` in settings.yaml:
/// `Signed off` for an action's `Complete`, `WIP` for `In progress`.
///
/// Settings are read before the tables, and every table's cells are matched through these
/// (`CSVTable.vocabularies`), so a council's own word is read wherever its vocabulary is.
public struct Vocabularies: Sendable, Equatable {
    /// For each vocabulary (by its key, `action_status`), each added word's loose form
    /// (`VocabularyKey`) and the label of the term it means.
    private var terms: [String: [String: String]] = [:]
    /// For each vocabulary, each term's label and the words added for it, as written, in order.
    private var words: [String: [String: [String]]] = [:]

    /// No words added: the built-in ones only.
    public init() {}

    /// The term a cell's text names, among the built-in words and the council's.
    public func match<Term: VocabularyTerm>(_ text: String, as type: Term.Type) -> Term? {
        if let term = Term.match(text) { return term }
        guard let label = terms[Term.vocabularyName]?[VocabularyKey.of(text)] else { return nil }
        return Term.allCases.first { $0.label == label }
    }

    /// The term a council's word was added for, if it was.
    public func addedTerm<Term: VocabularyTerm>(for word: String, as type: Term.Type) -> Term? {
        guard let label = terms[Term.vocabularyName]?[VocabularyKey.of(word)] else { return nil }
        return Term.allCases.first { $0.label == label }
    }

    /// Adds a word for a term. The settings' loader first checks that the word means no other
    /// term; a word already meaning this one is kept once.
    public mutating func add<Term: VocabularyTerm>(_ word: String, for term: Term) {
        add(word, forTermLabelled: term.label, in: Term.vocabularyName)
    }

    /// Adds a word for the term with a label in a vocabulary named by its key.
    public mutating func add(_ word: String, forTermLabelled label: String, in vocabulary: String) {
        let key = VocabularyKey.of(word)
        guard !key.isEmpty, terms[vocabulary]?[key] == nil else { return }
        terms[vocabulary, default: [:]][key] = label
        words[vocabulary, default: [:]][label, default: []].append(word)
    }

    /// The words the council added for a term, as written.
    public func addedWords<Term: VocabularyTerm>(for term: Term) -> [String] {
        words[Term.vocabularyName]?[term.label] ?? []
    }

    /// Whether the council added any word.
    public var isEmpty: Bool { terms.isEmpty }
}
