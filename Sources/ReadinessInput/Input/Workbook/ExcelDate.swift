import ReadinessModel

/// Converts Excel's serial date numbers into dates and times, in either of its date systems.
///
/// In the 1900 system (the usual one) serial 1 is 1900-01-01 and Excel counts a 29 February
/// 1900 that never was (serial 60), so serials from 61 on are one day ahead of the calendar;
/// in the 1904 system (old Mac workbooks, `date1904="1"`) serial 0 is 1904-01-01. The fraction
/// is the time of day.
enum ExcelDate {
    /// The days (since 1970-01-01) a date cell may be: 1 January 1950 to 31 December 2099, the
    /// range a serial in a General cell is read as a date in (`DateReader.serialRange`). A date
    /// cell outside it is a number shown as a date (a year typed into a date column is 1905; a
    /// formula's 0 shows as 00/01/1900), so it is read as that number, and refused as one.
    static let plausibleDays =
        (DateReader.serialRange.lowerBound - 25_569)...(DateReader.serialRange.upperBound - 25_569)

    /// The day (days since 1970-01-01) and minute of the day of a serial; nil for serial 60 in
    /// the 1900 system (the 29 February 1900 that never was), for negative serials and for
    /// serials past 9999-12-31.
    static func moment(serial: Double, date1904: Bool) -> (day: Int, minute: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        // Rounded to the second, as Excel shows it (a time typed as 14:30 is stored as
        // 0.6041666...), then the seconds dropped, as a date or an h:mm format shows them:
        // 23:59:40 is still that day, at 23:59.
        var whole = serial.rounded(.down)
        var second = Int(((serial - whole) * 86_400).rounded())
        if second >= 86_400 {
            whole += 1
            second -= 86_400
        }
        let minute = second / 60
        let serialDay = Int(whole)
        let day: Int
        if date1904 {
            day = serialDay - 24_107
        } else if serialDay == 60 {
            return nil
        } else if serialDay < 60 {
            day = serialDay - 25_568
        } else {
            day = serialDay - 25_569
        }
        return (day, minute)
    }

    /// The text the cell parsers read: `2026-12-01`, `2026-12-01 14:30` when there is a time of
    /// day, `14:30` for a time alone (`timeOnly`).
    static func text(day: Int, minute: Int, timeOnly: Bool) -> String {
        let time = String(format2: minute / 60) + ":" + String(format2: minute % 60)
        if timeOnly { return time }
        let date = CalendarDate(daysSinceEpoch: day).iso
        return minute == 0 ? date : date + " " + time
    }
}

extension String {
    /// Two digits, zero-padded.
    fileprivate init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
