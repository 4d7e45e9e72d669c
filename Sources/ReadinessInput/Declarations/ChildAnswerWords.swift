import ReadinessModel

/// The answers a child-level list's yes-or-no column is read as (`Was the Child Seen Alone?`,
/// `LA in Touch`, `Activity Status`), declared once per column: the spellings of yes, of no and
/// of an answer that is neither (a care leaver who died is not "in touch" or "not in touch").
///
/// Cells are compared loosely, as exports write them: case, spaces and punctuation do not
/// matter, and Annex A's lettered codes (`a) Yes`, `b) No`) read as their words. A spelling may
/// end in `*` to stand for every answer that starts so (`full time*`).
struct ChildAnswerWords: Sendable {
    /// What a cell answered.
    enum Answer { case yes, no, neither }

    let yes: [String]
    let no: [String]
    let neither: [String]
    private let spellings: [(key: [UInt8], prefix: Bool, answer: Answer)]

    init(yes: [String], no: [String], neither: [String] = []) {
        self.yes = yes
        self.no = no
        self.neither = neither
        var spellings: [(key: [UInt8], prefix: Bool, answer: Answer)] = []
        for (words, answer) in [(yes, Answer.yes), (no, .no), (neither, .neither)] {
            for word in words {
                let prefix = word.hasSuffix("*")
                spellings.append((Self.key(Array(word.utf8)[...]), prefix, answer))
            }
        }
        self.spellings = spellings
    }

    /// The column's words as docs/data-format.md lists them.
    var kind: DataColumn.Kind {
        .vocabulary(
            [
                DataColumn.VocabularyWord(label: "yes", synonyms: yes),
                DataColumn.VocabularyWord(label: "no", synonyms: no),
            ] + (neither.isEmpty ? [] : [DataColumn.VocabularyWord(label: "neither", synonyms: neither)]))
    }

    /// What a cell (not blank) answers; nil when it is none of the words.
    func answer(_ cell: ArraySlice<UInt8>) -> Answer? {
        let key = Self.key(cell)
        for spelling in spellings {
            if spelling.prefix ? key.starts(with: spelling.key) : key == spelling.key { return spelling.answer }
        }
        return nil
    }

    /// The loose form compared: letters and digits only, lower case, after any `a) ` code.
    static func key(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var text = bytes
        while let first = text.first, first == 0x20 || first == 0x09 { text = text.dropFirst() }
        // `a) Yes`, `b) No`: Annex A's lettered answers.
        if text.count > 2, let first = text.first, (0x61...0x7A).contains(first | 0x20),
            text[text.index(after: text.startIndex)] == 0x29
        {
            text = text.dropFirst(2)
        }
        var key: [UInt8] = []
        key.reserveCapacity(text.count)
        for b in text {
            switch b {
            case 0x30...0x39, 0x61...0x7A: key.append(b)
            case 0x41...0x5A: key.append(b | 0x20)
            case 0x2A: key.append(b)  // a prefix's `*` is dropped by `starts(with:)` callers
            default: continue
            }
        }
        if key.last == 0x2A { key.removeLast() }
        return key
    }

    static let yesNo = ChildAnswerWords(yes: ["Yes", "Y"], no: ["No", "N"])
}
