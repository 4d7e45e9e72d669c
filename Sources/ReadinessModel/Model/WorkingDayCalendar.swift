/// Working days: Monday to Friday, less the bank holidays listed in `data/bank-holidays.csv`
/// (England and Wales, shipped for 2015 to 2030 and extendable by the user).
public struct WorkingDayCalendar: Sendable, Equatable {
    /// Bank holidays falling on weekdays, as days since 1970-01-01, sorted.
    let holidays: [Int]
    /// The first and last years the list covers, if any.
    public let coveredYears: ClosedRange<Int>?

    /// Creates a calendar from a list of bank holidays (weekend dates in it are ignored).
    public init(bankHolidays: [CalendarDate]) {
        let weekdays = Set(bankHolidays.filter { $0.isoWeekday <= 5 }.map(\.daysSinceEpoch))
        holidays = weekdays.sorted()
        let years = bankHolidays.map(\.year)
        coveredYears = years.min().flatMap { low in years.max().map { low...$0 } }
    }

    /// Whether a day is a working day.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        date.isoWeekday <= 5 && !isHoliday(date.daysSinceEpoch)
    }

    private func isHoliday(_ day: Int) -> Bool {
        let index = lowerBound(day)
        return index < holidays.count && holidays[index] == day
    }

    /// The index of the first holiday on or after `day`.
    private func lowerBound(_ day: Int) -> Int {
        var low = 0
        var high = holidays.count
        while low < high {
            let mid = (low + high) / 2
            if holidays[mid] < day { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Weekdays (Monday to Friday) in the days after `start` up to and including `end`.
    static func weekdays(after start: Int, through end: Int) -> Int {
        // Count weekdays in [0, n) from 1970-01-01 (a Thursday) by whole weeks plus a remainder.
        func upTo(_ n: Int) -> Int {
            let weeks = n >= 0 ? n / 7 : (n - 6) / 7
            let rest = n - weeks * 7
            // Days 0..6 from a Thursday: Thu Fri Sat Sun Mon Tue Wed; weekdays among the first `rest`.
            let prefix = [0, 1, 2, 2, 2, 3, 4, 5]
            return weeks * 5 + prefix[rest]
        }
        return upTo(end + 1) - upTo(start + 1)
    }

    /// Working days after `start` up to and including `end` (0 when `end` is not after `start`):
    /// a referral on Friday completed the next Monday took 1 working day.
    public func workingDays(from start: CalendarDate, to end: CalendarDate) -> Int {
        let a = start.daysSinceEpoch
        let b = end.daysSinceEpoch
        guard b > a else { return 0 }
        let holidaysInRange = lowerBound(b + 1) - lowerBound(a + 1)
        return WorkingDayCalendar.weekdays(after: a, through: b) - holidaysInRange
    }

    /// The `n`th working day after `start`; nil past the year 9999.
    public func adding(workingDays n: Int, to start: CalendarDate) -> CalendarDate? {
        guard n > 0 else { return start }
        // Jump close with whole weeks, then step day by day.
        var day = start.daysSinceEpoch + max(0, (n / 5 - 1)) * 7
        var remaining = n - workingDays(from: start, to: CalendarDate(daysSinceEpoch: day))
        while remaining > 0 {
            day += 1
            if day > CalendarDate.maxDaysSinceEpoch { return nil }
            if isWorkingDay(CalendarDate(daysSinceEpoch: day)) { remaining -= 1 }
        }
        return CalendarDate(daysSinceEpoch: day)
    }
}

extension CalendarDate {
    /// 9999-12-31, the last day Readiness handles.
    static let maxDaysSinceEpoch = 2_932_896
}
