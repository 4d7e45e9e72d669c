import ReadinessModel

/// A word a council adds to a vocabulary in settings.yaml, checked and ready to add.
struct VocabularyAddition: Sendable, Equatable {
    /// The vocabulary's key, `action_status`.
    var vocabulary: String
    /// The label of the term the word means, `Complete`.
    var term: String
    /// The word as written, `Signed off`.
    var word: String
}

extension YAMLKey where Value == [VocabularyAddition] {
    /// A vocabulary's section of `vocabularies:` in settings.yaml: lines of `term: [words]`, each
    /// term one of the vocabulary's (matched loosely, its synonyms accepted), each word a list or
    /// a single one. A term it does not have, a word that already means another term, and a word
    /// given for two terms are errors at the line, with what to do.
    static func vocabularyWords<Term: VocabularyTerm>(_ type: Term.Type, summary: String) -> Self {
        let labels = Term.allCases.map(\.label)
        let kind = YAMLKeyDeclaration.Kind.vocabularyWords(terms: labels)
        return Self(YAMLKeyDeclaration(Term.vocabularyName, kind: kind, summary: summary)) { map, key, log in
            guard let value = map.value(key.name) else { return [] }
            guard let entries = value.entries else {
                log.error(
                    "'\(key.name)' should be lines of 'term: [words]'", at: value.location,
                    hint: "for example '\(labels.first ?? ""): [our word, another word]', one line per term")
                return []
            }
            var additions: [VocabularyAddition] = []
            var given: [String: (term: Term, word: String)] = [:]
            for entry in entries {
                guard let term = Term.match(entry.key) else {
                    log.error(
                        "'\(entry.key.quotable)' is not a term of \(key.name)", at: entry.keyLocation,
                        hint:
                            "the terms are: \(labels.joined(separator: ", ")); list each word of your own under the term it means"
                    )
                    continue
                }
                var words: [(String, SourceLocation)] = []
                if let text = entry.value.scalar {
                    words = entry.value.isNull ? [] : [(text, entry.value.location)]
                } else if let items = entry.value.items {
                    for item in items {
                        guard let text = item.scalar else {
                            log.error(
                                "each word under '\(entry.key.quotable)' should be a single value", at: item.location)
                            continue
                        }
                        words.append((text, item.location))
                    }
                } else {
                    log.error(
                        "'\(entry.key.quotable)' should be followed by a list of words, '[word, another word]'",
                        at: entry.value.location)
                }
                for (raw, at) in words {
                    let word = raw.trimmingSpaces
                    let loose = VocabularyKey.of(word)
                    if loose.isEmpty { continue }
                    if let meaning = Term.match(word), meaning != term {
                        log.error(
                            "'\(word.quotable)' already means '\(meaning.label)' in \(key.name), so it cannot also mean '\(term.label)'",
                            at: at,
                            hint:
                                "take it out: Readiness reads '\(word.quotable)' as \(meaning.label); change the data if the rows mean \(term.label)"
                        )
                        continue
                    }
                    if let earlier = given[loose], earlier.term != term {
                        log.error(
                            "'\(word.quotable)' is given for both '\(earlier.term.label)' and '\(term.label)' in \(key.name)",
                            at: at, hint: "keep it under the one term it means")
                        continue
                    }
                    given[loose] = (term, word)
                    if Term.match(word) == nil {
                        additions.append(VocabularyAddition(vocabulary: key.name, term: term.label, word: word))
                    }
                }
            }
            return additions
        }
    }
}
