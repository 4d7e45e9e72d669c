/// A word with its form for one and its form for any other number, so every sentence with a
/// count agrees in number: `Plural("action", "actions").count(1)` is "1 action", and
/// `Plural.isAre(2)` is "are". English needs only these two forms; 0 takes the plural
/// ("0 actions are overdue").
///
/// Every sentence Readiness writes with a count goes through this type (the site tests scan
/// the code and every page for counts that do not agree).
public struct Plural: Sendable, Equatable {
    /// The form for exactly one, e.g. "action", "is", "needs".
    public let one: String
    /// The form for any other number, e.g. "actions", "are", "need".
    public let other: String

    /// A word's two forms.
    public init(_ one: String, _ other: String) {
        self.one = one
        self.other = other
    }

    /// The form that agrees with `n`.
    public func callAsFunction(_ n: Int) -> String { n == 1 ? one : other }

    /// The number and the form that agrees with it, e.g. "1 action", "3 actions".
    public func count(_ n: Int) -> String { "\(n) \(self(n))" }

    /// "is" / "are".
    public static let isAre = Plural("is", "are")
    /// "has" / "have".
    public static let hasHave = Plural("has", "have")
    /// "was" / "were".
    public static let wasWere = Plural("was", "were")
    /// "needs" / "need".
    public static let needs = Plural("needs", "need")

    /// "area" / "areas", the themes as the overview speaks of them.
    public static let area = Plural("area", "areas")
    /// "action" / "actions".
    public static let action = Plural("action", "actions")
    /// "recommendation" / "recommendations".
    public static let recommendation = Plural("recommendation", "recommendations")
    /// "theme" / "themes".
    public static let theme = Plural("theme", "themes")
    /// "team" / "teams".
    public static let team = Plural("team", "teams")
    /// "day" / "days".
    public static let day = Plural("day", "days")
    /// "committee follow-up" / "committee follow-ups".
    public static let followUp = Plural("committee follow-up", "committee follow-ups")
    /// "audit" / "audits".
    public static let audit = Plural("audit", "audits")
    /// "audit report" / "audit reports".
    public static let auditReport = Plural("audit report", "audit reports")
    /// "child" / "children".
    public static let child = Plural("child", "children")

    /// "1 of 5 actions is overdue": a part of a whole, the noun agreeing with the whole and the
    /// verb with the part, except that none of one thing is one thing ("0 of 1 action is
    /// overdue"). `verb` is the rest of the sentence's verb phrase in both forms.
    public static func share(_ part: Int, of whole: Int, _ noun: Plural, _ verb: Plural) -> String {
        "\(part) of \(noun.count(whole)) \(verb(verbCount(part, of: whole)))"
    }

    /// The number a part-of-a-whole's verb agrees with: the part, but one for none of one.
    public static func verbCount(_ part: Int, of whole: Int) -> Int { part == 0 && whole == 1 ? 1 : part }

    /// Days from today as words: "today", "tomorrow", "in 3 days".
    public static func inDays(_ n: Int) -> String {
        switch n {
        case 0: return "today"
        case 1: return "tomorrow"
        default: return "in " + day.count(n)
        }
    }
}
