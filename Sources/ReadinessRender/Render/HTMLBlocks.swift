import ReadinessModel

/// The HTML building blocks templates can place: tags, tables and headline figures. Every
/// value from data is escaped here, for HTML.
enum HTMLBlocks {
    /// A status tag with words; the colour is decoration only.
    static func tag(_ label: String, colour: String) -> String {
        "<strong class=\"tag tag--\(colour)\">\(Escaping.html(label))</strong>"
    }

    /// A date as `<time>`.
    static func date(_ date: CalendarDate) -> String {
        "<time datetime=\"\(date.iso)\">\(date.short)</time>"
    }

    /// Text with its line breaks kept.
    static func paragraphText(_ text: String) -> String {
        Escaping.html(text).replacingAll("\n", with: "<br>")
    }

    /// Evidence links, as a list.
    static func evidence(_ links: [EvidenceLink]) -> String {
        guard !links.isEmpty else { return "" }
        return "<ul class=\"evidence\">"
            + links.map { "<li><a href=\"\(Escaping.html($0.target))\">\(Escaping.html($0.label))</a></li>" }.joined()
            + "</ul>"
    }

    /// Headline figures as summary cards.
    static func headline(_ figures: [(value: String, label: String)]) -> String {
        "<ul class=\"cards\">\n"
            + figures.map {
                "<li class=\"card\"><span class=\"card__value\">\(Escaping.html($0.value))</span> <span class=\"card__label\">\(Escaping.html($0.label))</span></li>\n"
            }.joined() + "</ul>\n"
    }

    /// The four readiness cards of the overview and of a theme: what needs immediate attention
    /// (`immediate` of `areas`, e.g. areas or recommendations), actions overdue (of `actions`
    /// when given), the share of actions complete (`z` with no actions) and committee
    /// follow-ups overdue. Each card reads as one phrase that agrees in number, e.g. "1 of 5 |
    /// areas needs immediate attention", "1 | action overdue".
    static func readinessHeadline(
        immediate: Int, of areas: Int, noun: Plural, overdue: Int, of actions: Int?, complete: String?,
        followUpsOverdue: Int
    ) -> String {
        headline([
            (
                "\(immediate) of \(areas)",
                "\(noun(areas)) \(Plural.needs(Plural.verbCount(immediate, of: areas))) immediate attention"
            ),
            (
                actions.map { "\(overdue) of \($0)" } ?? "\(overdue)",
                "\(Plural.action(actions ?? overdue)) overdue"
            ),
            // With no actions there is no share to give: say so in words, not with a symbol.
            complete.map { ($0, "of actions complete") } ?? ("0", "actions recorded"),
            ("\(followUpsOverdue)", "\(Plural.followUp(followUpsOverdue)) overdue"),
        ])
    }

    /// "12 of 20 (60%)".
    static func share(_ part: Int, of whole: Int) -> String {
        guard let pct = NumberFormat.percent(Double(part), of: Double(whole)) else { return "0 of 0" }
        return "\(part) of \(whole) (\(pct))"
    }

    /// A rate as a percentage to one decimal place, or the "not available" symbol.
    static func rate(_ value: Double?) -> String {
        value.map { NumberFormat.decimal($0 * 100) + "%" } ?? notAvailable
    }

    /// A figure to one decimal place, or the "not applicable" symbol.
    static func decimal(_ value: Double?) -> String {
        value.map { NumberFormat.decimal($0) } ?? notApplicable
    }

    /// A signed change to one decimal place, e.g. `+1.5`, `-0.3`, `0.0`.
    static func signed(_ value: Double?) -> String {
        guard let value else { return notAvailable }
        let text = NumberFormat.decimal(value)
        return value > 0 && text != "0.0" ? "+" + text : text
    }

    /// A protected count as shown: the number, or `c` when suppressed.
    static func count(_ shown: PublishedCounts, _ cell: Int) -> String {
        shown.count(cell).map(NumberFormat.grouped) ?? suppressedSymbol
    }

    /// A protected rate as a percentage: `c` when either count is unknown, `x` with no denominator.
    static func rate(_ shown: PublishedCounts, _ numerator: Int, _ denominator: Int) -> String {
        guard shown.isKnown(numerator), shown.isKnown(denominator) else { return suppressedSymbol }
        // Nothing to divide by is "not applicable", as the template value says.
        if shown.count(denominator) == 0 { return notApplicable }
        return rate(shown.rate(numerator, denominator))
    }

    /// The same rate as plain text, for template values; nil when there is no denominator.
    static func rateText(_ shown: PublishedCounts, _ numerator: Int, _ denominator: Int) -> String? {
        guard shown.isKnown(numerator), shown.isKnown(denominator) else { return "c" }
        return shown.rate(numerator, denominator).map { NumberFormat.decimal($0 * 100) + "%" }
    }

    /// What the reader needs to know about disclosure control in a table.
    /// `counted` names what the table counts in teams (children, workers).
    static func disclosureNotes(
        policy: DisclosurePolicy, suppressed: Bool, merged: Bool = false, hidden: Int = 0, counted: String = "children"
    ) -> [String] {
        var notes: [String] = []
        if suppressed {
            let whose = counted == "children" ? "children's confidentiality" : "the confidentiality of the \(counted)"
            notes.append(
                "c: not shown to protect \(whose). Counts from 1 to \(policy.threshold - 1), "
                    + "and other figures that would let them be worked out, are suppressed.")
        }
        if merged {
            notes.append("Teams with fewer than \(policy.teamMinimum) \(counted) are shown together as other teams.")
        }
        if hidden > 0 {
            notes.append(
                "\(Plural.team.count(hidden)) with fewer than \(policy.teamMinimum) \(counted) "
                    + "\(Plural.isAre(hidden)) not shown; the totals include \(Plural("it", "them")(hidden)).")
        }
        if policy.roundTo > 1 {
            notes.append("Counts are rounded to the nearest \(policy.roundTo), so totals may not add up.")
        }
        return notes
    }

    /// Official-statistics symbols, with their meaning for screen readers.
    static let suppressedSymbol = "<abbr title=\"suppressed to protect confidentiality\">c</abbr>"
    static let notApplicable = "<abbr title=\"not applicable\">z</abbr>"
    static let notAvailable = "<abbr title=\"not available\">x</abbr>"

    /// A list of reasons.
    static func reasons(_ reasons: [String]) -> String {
        "<ul class=\"reasons\">" + reasons.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul>\n"
    }
}
