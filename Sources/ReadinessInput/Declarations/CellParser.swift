import ReadinessModel

/// Reads a cell's trimmed, non-blank text as one of the column kinds, reporting what is wrong at
/// the cell in words a person can act on. `ColumnKey` calls these; so do the YAML loaders for
/// their dates.
enum CellParser {
    /// A date in any form `CalendarDate.parse` reads; a month without a day is its last day
    /// where the column allows it (`monthAsLastDay`), and refused elsewhere.
    static func date(
        _ value: String, column: String, monthAsLastDay: Bool = false, at location: SourceLocation,
        log: inout DiagnosticLog
    ) -> CalendarDate? {
        switch CalendarDate.parse(value, monthAsLastDay: monthAsLastDay) {
        case .success(let date): return date
        case .failure(let error):
            log.error("'\(column)' '\(value.quotable)' \(error.problem)", at: location, hint: error.hint)
            return nil
        }
    }

    /// Dates separated by semicolons or line breaks, or by commas when the whole is not one date
    /// (`Dec 1, 2026` is one); each bad one is reported, the good ones kept in the order written.
    static func dates(
        _ value: String, column: String, monthAsLastDay: Bool = false, at location: SourceLocation,
        log: inout DiagnosticLog
    ) -> [CalendarDate] {
        var parts: [String] = []
        for part in value.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            if part.contains(","), case .failure = CalendarDate.parse(String(part), monthAsLastDay: monthAsLastDay) {
                parts += part.split(separator: ",").map { $0.trimmingSpaces }
            } else {
                parts.append(part.trimmingSpaces)
            }
        }
        return parts.filter { !$0.isEmpty }.compactMap {
            date($0, column: column, monthAsLastDay: monthAsLastDay, at: location, log: &log)
        }
    }

    /// A month: `2026-11`, `11/2026`, `Nov 2026`, or any date in the month.
    static func month(_ value: String, column: String, at location: SourceLocation, log: inout DiagnosticLog)
        -> CalendarMonth?
    {
        if let month = CalendarMonth.parse(value) { return month }
        log.error(
            "'\(column)' '\(value)' is not a month Readiness can read", at: location,
            hint: "write months as 2026-11, 11/2026 or Nov 2026")
        return nil
    }

    /// A whole number within a range.
    static func wholeNumber(
        _ value: String, in range: ClosedRange<Int>, column: String, at location: SourceLocation,
        log: inout DiagnosticLog
    ) -> Int? {
        guard let digits = Decimal1.ungrouped(value), let number = Int(digits), range.contains(number) else {
            log.error(
                "'\(column)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(value.quotable)'",
                at: location, hint: value.contains(",") ? Decimal1.commaHint : nil)
            return nil
        }
        return number
    }

    /// A decimal number of zero or more (FTEs, counts with fractions).
    static func decimal(_ value: String, column: String, at location: SourceLocation, log: inout DiagnosticLog)
        -> Double?
    {
        guard let number = Decimal1.parse(value) else {
            log.error(
                "'\(column)' must be a number of zero or more, such as 12 or 4.5, not '\(value.quotable)'",
                at: location, hint: value.contains(",") ? Decimal1.commaHint : nil)
            return nil
        }
        return number
    }

    /// One of a fixed set of words, matched without regard to case or spacing, the built-in
    /// synonyms and the council's own words (`vocabularies:` in settings.yaml) accepted.
    static func vocabulary<Term: VocabularyTerm>(
        _ value: String, as type: Term.Type, vocabularies: Vocabularies = Vocabularies(), column: String,
        at location: SourceLocation, log: inout DiagnosticLog
    ) -> Term? {
        guard let term = vocabularies.match(value, as: Term.self) else {
            let labels = Term.allCases.map(\.label)
            log.error(
                "'\(column)' '\(value.quotable)' is not one of: \(labels.joined(separator: ", "))", at: location,
                hint:
                    "use one of those words (docs/data-format.md lists the other spellings read), or add the council's own word to settings.yaml under 'vocabularies:', '\(Term.vocabularyName):', as 'TERM: [\(value.quotable)]' with TERM the one of those words it means"
            )
            return nil
        }
        return term
    }

    /// A follow-up's due: a date, an interval after the meeting, or `next meeting`.
    static func followUpDue(
        _ value: String, column: String, at location: SourceLocation, log: inout DiagnosticLog
    ) -> FollowUpDue? {
        if let due = FollowUpDue.parse(value) { return due }
        if case .failure(let error) = CalendarDate.parse(value, monthAsLastDay: true),
            error == .impossible || error == .monthFirst
        {
            log.error("'\(column)' '\(value.quotable)' \(error.problem)", at: location, hint: error.hint)
        } else {
            log.error(
                "'\(column)' '\(value)' is neither a date nor an interval", at: location,
                hint:
                    "write a date (2026-03-01, 01/03/2026, 1 Mar 2026; a month such as Mar-26 is its last day), an interval after the meeting ('3 months', '6 weeks'), or 'next meeting'"
            )
        }
        return nil
    }
}

extension CalendarDate.ParseError {
    /// What is wrong, to follow the column's name and the value (or only the name, in a file
    /// that names people): "'Due date' '31/02/2026' is not a real date".
    var problem: String {
        switch self {
        case .unrecognised, .serialOutOfRange: "is not a date Readiness can read"
        case .impossible: "is not a real date"
        case .monthFirst: "is not a real date read day first, as dates are in the UK"
        case .monthWithoutDay: "is a month without a day, and this column needs the day"
        }
    }

    /// What to do about it.
    var hint: String {
        switch self {
        case .unrecognised:
            "write dates as \(CalendarDate.suggestedForms) (docs/data-format.md lists every form read)"
        case .impossible: "check the day and month; write dates as \(CalendarDate.suggestedForms)"
        case .monthFirst: "it looks month first (US order); write the day first, 31/12/2026, or 2026-12-31"
        case .monthWithoutDay: "give the day, such as 30/09/2026 or 30 Sep 2026"
        case .serialOutOfRange:
            "a number is read as an Excel date serial only from 18264 (1 Jan 1950) to 73050 (31 Dec 2099); write the date as \(CalendarDate.suggestedForms)"
        }
    }
}

/// Reads plain decimal numbers without the locale: `12`, `4.5`, `.5`, `1,234.5`.
enum Decimal1 {
    /// What to do about a comma that is not a thousands separator.
    static let commaHint = "write decimals with a point (12.5); a comma may only separate thousands (1,234)"

    /// The text with its thousands commas taken out, or nil when a comma is anywhere else: a
    /// comma is allowed only between groups of three digits before the point, so `1,234` is
    /// 1234 and `12,5` (a decimal comma) is refused rather than read as 125.
    static func ungrouped(_ text: String) -> String? {
        guard text.contains(",") else { return text }
        let point = text.firstIndex(of: ".") ?? text.endIndex
        let groups = text[..<point].split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }), !text[point...].contains(",")
        else { return nil }
        return text.filter { $0 != "," }
    }

    /// The number, or nil if the text is not a plain non-negative decimal.
    static func parse(_ text: String) -> Double? {
        guard let cleaned = ungrouped(text), !cleaned.isEmpty, cleaned.count <= 32,
            cleaned.allSatisfy({ ("0"..."9").contains($0) || $0 == "." }),
            cleaned.filter({ $0 == "." }).count <= 1, cleaned != "."
        else { return nil }
        guard let value = Double(cleaned), value < 1e9 else { return nil }
        return value
    }
}

extension String {
    /// The text for quoting in a message: at most 60 characters, line breaks shown as spaces.
    package var quotable: String {
        let flat = String(map { $0 == "\n" || $0 == "\r" ? " " : $0 })
        return flat.count > 60 ? String(flat.prefix(57)) + "…" : flat
    }
}
