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

    /// What a cell (not blank) answers; nil when it is none of the words. Compared byte by byte
    /// in the loose form, with no copy: a million rows make no allocation.
    func answer(_ cell: UnsafeBufferPointer<UInt8>) -> Answer? {
        let text = Self.afterCode(cell)
        for spelling in spellings where Self.matches(text, spelling.key, prefix: spelling.prefix) {
            return spelling.answer
        }
        return nil
    }

    /// The same, for an array's bytes.
    func answer(_ cell: ArraySlice<UInt8>) -> Answer? {
        cell.withUnsafeBufferPointer { answer($0) }
    }

    /// Whether the loose form of `text` is `key` (or starts with it, for a prefix).
    @inline(__always)
    private static func matches<Text: Collection<UInt8>>(_ text: Text, _ key: [UInt8], prefix: Bool) -> Bool {
        var k = 0
        for b in text {
            let c: UInt8
            switch b {
            case 0x30...0x39, 0x61...0x7A: c = b
            case 0x41...0x5A: c = b | 0x20
            default: continue
            }
            if k == key.count { return prefix }
            if key[k] != c { return false }
            k += 1
        }
        return k == key.count
    }

    /// The cell without leading spaces and Annex A's `a) ` code.
    private static func afterCode<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bytes.SubSequence {
        var text = bytes[...]
        while let first = text.first, first == 0x20 || first == 0x09 { text = text.dropFirst() }
        if text.count > 2, let first = text.first, (0x61...0x7A).contains(first | 0x20),
            text[text.index(after: text.startIndex)] == 0x29
        {
            text = text.dropFirst(2)
        }
        return text
    }

    /// A spelling's loose form: letters and digits only, lower case (a prefix's `*` dropped).
    static func key(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var key: [UInt8] = []
        for b in afterCode(bytes) {
            switch b {
            case 0x30...0x39, 0x61...0x7A: key.append(b)
            case 0x41...0x5A: key.append(b | 0x20)
            default: continue
            }
        }
        return key
    }

    static let yesNo = ChildAnswerWords(yes: ["Yes", "Y"], no: ["No", "N"])
}
