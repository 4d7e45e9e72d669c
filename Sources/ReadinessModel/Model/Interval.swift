/// A length of time as councils write standards and follow-ups: `45 working days`, `4 weeks`,
/// `3 months`, `10 days`, `1 year`.
public struct Interval: Sendable, Hashable, CustomStringConvertible {
    /// The unit an interval counts in.
    public enum Unit: String, Sendable, Hashable {
        case days, workingDays, weeks, months
    }

    /// How many units.
    public let count: Int
    /// The unit.
    public let unit: Unit

    /// Creates an interval.
    public init(_ count: Int, _ unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// `45 working days`.
    public var description: String {
        let name: String
        switch unit {
        case .days: name = count == 1 ? "day" : "days"
        case .workingDays: name = count == 1 ? "working day" : "working days"
        case .weeks: name = count == 1 ? "week" : "weeks"
        case .months: name = count == 1 ? "month" : "months"
        }
        return "\(count) \(name)"
    }

    /// Reads `45 working days`, `three months`, `6 weeks`, `10 days`, `1 year`, `a month`.
    public static func parse(_ text: String) -> Interval? {
        guard !text.trimmingSpaces.hasPrefix("-") else { return nil }
        let words = text.trimmingSpaces.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard words.count == 2 || words.count == 3 else { return nil }
        let numbers = [
            "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        ]
        guard let count = Int(words[0]) ?? numbers[words[0]], (1...9999).contains(count) else { return nil }
        let unitWords = words.dropFirst().joined(separator: " ")
        switch unitWords {
        case "day", "days", "calendar day", "calendar days": return Interval(count, .days)
        case "working day", "working days", "workday", "workdays", "business day", "business days":
            return Interval(count, .workingDays)
        case "week", "weeks": return Interval(count, .weeks)
        case "month", "months": return Interval(count, .months)
        case "year", "years": return count <= 800 ? Interval(count * 12, .months) : nil
        default: return nil
        }
    }

    /// The last day that is still within the interval after `start`; nil past the year 9999.
    ///
    /// Calendar days, weeks and months: `start` plus the interval (that day counts as within).
    /// Working days: something is within N working days of `start` while
    /// `calendar.workingDays(from: start, to: day) <= N`, so the last day within is the day
    /// before the (N+1)th working day. A weekend or bank holiday straight after the Nth working
    /// day is still within: no working day has been lost.
    public func lastDayWithin(after start: CalendarDate, calendar: WorkingDayCalendar) -> CalendarDate? {
        switch unit {
        case .days, .weeks, .months: return dueDate(after: start, calendar: calendar)
        case .workingDays:
            guard let next = calendar.adding(workingDays: count + 1, to: start) else { return nil }
            return next.adding(days: -1)
        }
    }

    /// The date shown as due: `start` plus the interval; for working days, the Nth working day
    /// after `start`. Nil past the year 9999.
    public func dueDate(after start: CalendarDate, calendar: WorkingDayCalendar) -> CalendarDate? {
        switch unit {
        case .days:
            return start.daysSinceEpoch + count <= CalendarDate.maxDaysSinceEpoch ? start.adding(days: count) : nil
        case .weeks:
            return start.daysSinceEpoch + count * 7 <= CalendarDate.maxDaysSinceEpoch
                ? start.adding(days: count * 7) : nil
        case .months: return start.adding(months: count)
        case .workingDays: return calendar.adding(workingDays: count, to: start)
        }
    }

    /// Whether `end` falls within the interval after `start`: on or before `lastDayWithin`.
    public func contains(_ end: CalendarDate, after start: CalendarDate, calendar: WorkingDayCalendar) -> Bool {
        guard let last = lastDayWithin(after: start, calendar: calendar) else { return true }
        return end <= last
    }
}

extension Interval {
    /// The interval as one whole number (`count` times 4 plus the unit), so a child-level row can
    /// carry it without an allocation; `init(code:)` reads it back.
    public var code: Int {
        let unitCode: Int
        switch unit {
        case .days: unitCode = 0
        case .workingDays: unitCode = 1
        case .weeks: unitCode = 2
        case .months: unitCode = 3
        }
        return count << 2 | unitCode
    }

    /// The interval `code` stands for.
    public init(code: Int) {
        let units: [Unit] = [.days, .workingDays, .weeks, .months]
        self.init(code >> 2, units[code & 3])
    }

    /// Reads a visiting frequency as case records write it: any interval `parse` reads
    /// (`4 weeks`, `10 working days`), `weekly`, `fortnightly`, `monthly`, `4-weekly`, `6 weekly`,
    /// `every 6 weeks`. A range (`6-8 weekly`) is not read: the agreed frequency is one interval.
    /// Nor is one longer than a year (52 weeks, 12 months, 366 days, 261 working days), which is
    /// no visiting frequency: `12 months` typed for `12 weeks` would pass every child.
    public static func parseFrequency(_ text: String) -> Interval? {
        guard let interval = readFrequency(text) else { return nil }
        let longest: Int
        switch interval.unit {
        case .days: longest = 366
        case .workingDays: longest = 261
        case .weeks: longest = 52
        case .months: longest = 12
        }
        return interval.count <= longest ? interval : nil
    }

    private static func readFrequency(_ text: String) -> Interval? {
        var words = text.trimmingSpaces.lowercased()
        if words.hasPrefix("every ") { words = String(words.dropFirst(6)).trimmingSpaces }
        switch words {
        case "weekly", "week": return Interval(1, .weeks)
        case "fortnightly", "fortnight": return Interval(2, .weeks)
        case "monthly", "month": return Interval(1, .months)
        default: break
        }
        for suffix in ["-weekly", " weekly", "-monthly", " monthly"] where words.hasSuffix(suffix) {
            let number = words.dropLast(suffix.count).trimmingSpaces
            guard let count = Int(number), (1...9999).contains(count) else { return nil }
            return Interval(count, suffix.hasSuffix("weekly") ? .weeks : .months)
        }
        return parse(words)
    }
}
