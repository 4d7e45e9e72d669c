/// A day in the proleptic Gregorian calendar, with no time of day and no time zone.
///
/// Readiness works in whole days only ("as at 22 November 2026"), so it never touches
/// `Foundation.Date`, the clock, the locale or the time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Four-digit year, 1 to 9999.
    public let year: Int
    /// Month, 1 to 12.
    public let month: Int
    /// Day of the month, 1 to 31.
    public let day: Int

    /// Creates a date if the parts name a real day (so 2025-02-29 gives nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CalendarDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates a date from a count of days since 1970-01-01.
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01 (negative before).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Whether a year has 29 February.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601 form, `2026-11-22`.
    public var iso: String {
        let y = String(year)
        let yyyy = String(repeating: "0", count: max(0, 4 - y.count)) + y
        return "\(yyyy)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The British long form used on pages, `22 November 2026`.
    public var long: String { "\(day) \(CalendarDate.monthNames[month - 1]) \(year)" }

    /// A short British form for tables, `22 Nov 2026`.
    public var short: String { "\(day) \(CalendarDate.monthNames[month - 1].prefix(3)) \(year)" }

    public var description: String { iso }

    /// English month names; fixed here because output must not depend on the machine's locale.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// Day of the week, 1 Monday ... 7 Sunday.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let d = (daysSinceEpoch + 3) % 7
        return (d < 0 ? d + 7 : d) + 1
    }

    /// The date `days` later (earlier if negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// The same day `months` later, clamped to the month's end: 31 January plus one month is
    /// 28 (or 29) February. Nil past the year 9999.
    public func adding(months: Int) -> CalendarDate? {
        let total = (year * 12 + (month - 1)) + months
        guard total >= 12 else { return nil }
        let y = total / 12
        let m = total % 12 + 1
        guard (1...9999).contains(y) else { return nil }
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysInMonth(year: y, month: m)))
    }

    /// Whole days from this date to another (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension CalendarDate {
    /// What went wrong reading a date, worded for the person who typed it.
    public enum ParseError: Error, Equatable, Sendable {
        /// Not in a form Readiness reads.
        case unrecognised
        /// In a known form but not a real day, such as 31/02/2026.
        case impossible
        /// Written month first, as in the US (12/31/2026): dates are read day first.
        case monthFirst
        /// A month without a day (`Sep-26`) where the column needs the day.
        case monthWithoutDay
        /// A number outside the Excel serials read as dates (a year such as 2026, or an id).
        case serialOutOfRange
    }

    /// Reads a date in any form `DateReader` accepts: `2026-11-22`, `22/11/2026`, `22/11/26`,
    /// `22 Nov 2026`, `22-Nov-26`, `Nov 22, 2026`, a date-time (the time is dropped) or an Excel
    /// serial. Day first, as in the UK; never month first. A month without a day (`Sep-26`) is
    /// its last day when `monthAsLastDay`, and refused otherwise.
    public static func parse(_ text: String, monthAsLastDay: Bool = false) -> Result<CalendarDate, ParseError> {
        var text = text
        return text.withUTF8 { resolve(DateReader.read($0), monthAsLastDay: monthAsLastDay) }
    }

    /// A reading as a day: a month is its last day when `monthAsLastDay`.
    package static func resolve(_ reading: DateReader.Reading, monthAsLastDay: Bool) -> Result<CalendarDate, ParseError>
    {
        switch reading {
        case .day(let date): return .success(date)
        case .failure(let error): return .failure(error)
        case .month(let year, let month):
            guard monthAsLastDay else { return .failure(.monthWithoutDay) }
            guard let date = CalendarDate(year: year, month: month, day: daysInMonth(year: year, month: month)) else {
                return .failure(.impossible)
            }
            return .success(date)
        }
    }

    /// The forms messages suggest, briefly.
    public static let suggestedForms = "2026-02-28, 28/02/2026 or 28 Feb 2026"
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    package var trimmingSpaces: String {
        // Nothing to trim when neither end's byte can belong to a space, a tab, a line break or a
        // no-break space (C2 A0): the common case, answered without walking Characters.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first != 0xC2, last > 0x20,
            last != 0xA0
        {
            return text
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
