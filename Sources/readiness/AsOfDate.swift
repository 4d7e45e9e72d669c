import Foundation
import ReadinessCore

/// `--as-of`: a date as data dates are written, or `today` or `yesterday`, which the command
/// turns into a date from the clock, as the calendar stands in England.
///
/// This is the one place Readiness reads the clock, and only when asked to: the library is
/// given a date. The day is England's (the Europe/London time zone: GMT in winter, BST in
/// summer), whatever the computer's own time zone, so a CI runner on UTC that runs between
/// midnight and 1 am in summer builds for the new day, as a council officer would expect.
enum AsOfDate {
    /// The time zone `today` is worked out in: English councils' local time.
    static let timeZoneName = "Europe/London"

    /// The words that name a day relative to the clock, and how many days back each is.
    static let relativeDays = ["today": 0, "yesterday": 1]

    /// When the command started: `today` means the same day however often it is asked for.
    static let startedAt = Date()

    /// Why `--as-of` could not be read.
    enum Failure: Error, Equatable {
        /// Not a date, nor a word this knows.
        case notADate
        /// The time zone's rules are missing from this computer.
        case noTimeZone
    }

    /// The date `text` names, `today` and `yesterday` counted from `now` in England.
    static func resolve(_ text: String, now: Date) -> Result<CalendarDate, Failure> {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let daysBack = relativeDays[word] else {
            return CalendarDate.parse(text).mapError { _ in .notADate }
        }
        guard let zone = TimeZone(identifier: timeZoneName) else { return .failure(.noTimeZone) }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CalendarDate(year: year, month: month, day: day)
        else { return .failure(.notADate) }
        return .success(date.adding(days: -daysBack))
    }
}
