/// Reads a date in every form a spreadsheet user types or exports, from UTF-8 bytes, without
/// allocating: `CalendarDate.parse` (every date cell and setting) and `CSVScanner.day` (the
/// child-level lists, a million rows) both read through it, so the two cannot disagree.
///
/// Accepted, after leading and trailing spaces:
/// - numbers: `2026-12-01` (also `2026/12/01`), `1/12/2026`, `01-12-2026`, `01.12.2026`, and
///   with a two-digit year `01/12/26`; always day first, as in the UK, never month first;
/// - month names, English, any case, in full or three letters (and `Sept`): `1 Dec 2026`,
///   `1st December 2026`, `01-Dec-2026`, `1-Dec-26`, `Dec 1, 2026`, with an optional weekday
///   first (`Tuesday, 1 December 2026`, which must be the right day);
/// - any of those with a time, as exports write date-times: `01/12/2026 00:00`,
///   `2026-12-01 14:30:00`, `2026-12-01T00:00:00.000Z`, `1/12/2026 2:30 PM`; the time is dropped;
/// - an Excel serial number in the 1900 date system (`46357`, `46357.5`), only from 18264
///   (1 January 1950) to 73050 (31 December 2099), so that a year or an id is not taken for a
///   date;
/// - a month without a day (`Sep-26`, `Sep 2026`, `September 2026`, `2026-09`, `09/2026`), given
///   back as a month for the caller to accept (as the month's last day) or refuse.
///
/// Two-digit years are windowed as Excel does: `00` to `29` are 2000 to 2029, `30` to `99` are
/// 1930 to 1999.
package enum DateReader {
    /// What the text reads as.
    package enum Reading: Equatable, Sendable {
        /// A day.
        case day(CalendarDate)
        /// A month without a day, such as `Sep-26`.
        case month(year: Int, month: Int)
        /// Not a date, and why.
        case failure(CalendarDate.ParseError)
    }

    /// The first and last Excel serials read as dates: 1 January 1950 and 31 December 2099.
    package static let serialRange = 18_264...73_050
    /// Days from Excel's day 0 of the 1900 system (30 December 1899, as serials from 61 count)
    /// to 1970-01-01.
    static let serialEpochOffset = 25_569

    /// Reads the bytes.
    package static func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Reading {
        // Most cells of a large list are `2026-11-22` or `22/11/2026`: read those at once.
        if bytes.count == 10, let date = tenBytes(bytes) { return .day(date) }
        var cursor = Cursor(bytes)
        guard cursor.i < cursor.end else { return .failure(.unrecognised) }
        var weekday: Int?
        if cursor.isLetter {
            let word = cursor.word()
            if let day = Names.weekday(bytes, word) {
                weekday = day
                if cursor.peek == UInt8(ascii: ",") || cursor.peek == UInt8(ascii: ".") { cursor.i += 1 }
                guard cursor.spaces() > 0 else { return .failure(.unrecognised) }
            } else {
                cursor.i = word.lowerBound
            }
        }
        let reading = cursor.isLetter ? cursor.monthFirst() : cursor.numberFirst()
        if let weekday, case .day(let date) = reading, date.isoWeekday != weekday { return .failure(.impossible) }
        if weekday != nil, case .month = reading { return .failure(.unrecognised) }
        return reading
    }

    /// `2026-11-22`, or `22/11/2026` (or with `-` or `.`), when it is a real day; nil for anything
    /// else, which the full reader then reads (and explains).
    @inline(__always)
    static func tenBytes(_ b: UnsafeBufferPointer<UInt8>) -> CalendarDate? {
        @inline(__always) func digit(_ k: Int) -> Int? {
            let d = Int(b[k]) - 0x30
            return d >= 0 && d <= 9 ? d : nil
        }
        @inline(__always) func two(_ k: Int) -> Int? {
            guard let a = digit(k), let c = digit(k + 1) else { return nil }
            return a * 10 + c
        }
        if b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") {
            guard let century = two(0), let decade = two(2), let month = two(5), let day = two(8) else { return nil }
            return CalendarDate(year: century * 100 + decade, month: month, day: day)
        }
        let separator = b[2]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: "."),
            b[5] == separator, let day = two(0), let month = two(3), let century = two(6), let decade = two(8)
        else { return nil }
        return CalendarDate(year: century * 100 + decade, month: month, day: day)
    }

    /// A two-digit year as Excel reads it.
    static func windowed(_ year: Int) -> Int { year < 30 ? 2000 + year : 1900 + year }

    /// A position in the bytes, between trimmed ends.
    struct Cursor {
        let b: UnsafeBufferPointer<UInt8>
        var i: Int
        var end: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            b = bytes
            i = 0
            end = bytes.count
            while i < end, Cursor.space(at: i, in: bytes, forward: true) > 0 {
                i += Cursor.space(at: i, in: bytes, forward: true)
            }
            while end > i, Cursor.space(at: end, in: bytes, forward: false) > 0 {
                end -= Cursor.space(at: end, in: bytes, forward: false)
            }
        }

        /// The width of a space at `at` (reading forward) or ending at `at` (backward): a space,
        /// tab, line break or no-break space (`C2 A0`); 0 if there is none.
        static func space(at: Int, in b: UnsafeBufferPointer<UInt8>, forward: Bool) -> Int {
            if forward {
                guard at < b.count else { return 0 }
                switch b[at] {
                case 0x20, 0x09, 0x0A, 0x0D: return 1
                case 0xC2 where at + 1 < b.count && b[at + 1] == 0xA0: return 2
                default: return 0
                }
            }
            guard at > 0 else { return 0 }
            switch b[at - 1] {
            case 0x20, 0x09, 0x0A, 0x0D: return 1
            case 0xA0 where at >= 2 && b[at - 2] == 0xC2: return 2
            default: return 0
            }
        }

        var peek: UInt8? { i < end ? b[i] : nil }
        var atEnd: Bool { i >= end }
        var isDigit: Bool { i < end && b[i] >= 0x30 && b[i] <= 0x39 }
        var isLetter: Bool { i < end && (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A }

        /// Skips spaces; how many bytes were skipped.
        mutating func spaces() -> Int {
            let start = i
            while i < end {
                let width = Cursor.space(at: i, in: b, forward: true)
                if width == 0 || i + width > end { break }
                i += width
            }
            return i - start
        }

        /// Reads digits: the value and how many (nil when there are none or more than nine).
        mutating func number() -> (value: Int, digits: Int)? {
            var value = 0
            var digits = 0
            while isDigit {
                if digits == 9 { return nil }
                value = value * 10 + Int(b[i] - 0x30)
                digits += 1
                i += 1
            }
            return digits == 0 ? nil : (value, digits)
        }

        /// Reads letters: their range.
        mutating func word() -> Range<Int> {
            let start = i
            while isLetter { i += 1 }
            return start..<i
        }

        /// Takes `byte` if it is next.
        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            i += 1
            return true
        }

        /// A separator between the parts of a date: `-`, `/`, `.` or spaces (any number), as one
        /// kind (spaces are `0x20`); nil if there is none.
        mutating func separator() -> UInt8? {
            if spaces() > 0 { return 0x20 }
            guard let byte = peek, byte == 0x2D || byte == 0x2F || byte == 0x2E else { return nil }
            i += 1
            return byte
        }

        /// Takes an ordinal suffix after a day: `st`, `nd`, `rd`, `th`, any case.
        mutating func ordinal() {
            guard i + 1 < end else { return }
            switch (b[i] | 0x20, b[i + 1] | 0x20) {
            case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68):
                i += 2
                if isLetter { i -= 2 }
            default: break
            }
        }

        /// A day from its parts, then the rest of the text, which may only be a time.
        mutating func day(_ year: Int, _ month: Int, _ day: Int) -> Reading {
            guard timeToEnd() else { return .failure(.unrecognised) }
            guard let date = CalendarDate(year: year, month: month, day: day) else { return .failure(.impossible) }
            return .day(date)
        }

        /// A month, which must end the text (a month has no time).
        func month(_ year: Int, _ month: Int) -> Reading {
            guard atEnd else { return .failure(.unrecognised) }
            guard (1...12).contains(month), (1...9999).contains(year) else { return .failure(.impossible) }
            return .month(year: year, month: month)
        }

        /// `2026-12-01`, `1/12/2026`, `1/12/26`, `1 Dec 2026`, `01-Dec-26`, `2026-09`, `09/2026`,
        /// or a serial.
        mutating func numberFirst() -> Reading {
            guard let first = number() else { return .failure(.unrecognised) }
            if atEnd { return serial(first.value) }
            // A serial with a fraction (the time of day): digits, a point, digits, the end.
            if peek == UInt8(ascii: "."), first.digits >= 3 {
                let mark = i
                i += 1
                if number() != nil, atEnd { return serial(first.value) }
                i = mark
            }
            if first.digits <= 2 { ordinal() }
            guard let separator = separator() else { return .failure(.unrecognised) }
            if isLetter {
                // 1 Dec 2026, 01-Dec-2026, 1-Dec-26.
                guard first.digits <= 2, let month = Names.month(b, word()) else { return .failure(.unrecognised) }
                // 1 Dec. 2026: an abbreviation's point.
                if separator != UInt8(ascii: "."), peek == UInt8(ascii: ".") { i += 1 }
                guard self.separator() == separator, let year = number(), year.digits == 4 || year.digits == 2 else {
                    return .failure(.unrecognised)
                }
                return day(year.digits == 2 ? DateReader.windowed(year.value) : year.value, month, first.value)
            }
            guard separator != 0x20, let second = number() else { return .failure(.unrecognised) }
            if first.digits == 4 {
                // 2026-12-01, 2026/12/01; 2026-09 is a month.
                guard second.digits <= 2 else { return .failure(.unrecognised) }
                if atEnd {
                    guard separator != UInt8(ascii: ".") else { return .failure(.unrecognised) }
                    return month(first.value, second.value)
                }
                guard take(separator), let third = number(), third.digits <= 2 else { return .failure(.unrecognised) }
                return day(first.value, second.value, third.value)
            }
            guard first.digits <= 2 else { return .failure(.unrecognised) }
            // 09/2026 is a month.
            if atEnd {
                guard second.digits == 4, separator != UInt8(ascii: ".") else { return .failure(.unrecognised) }
                return month(second.value, first.value)
            }
            guard second.digits <= 2, take(separator), let third = number(), third.digits == 4 || third.digits == 2
            else { return .failure(.unrecognised) }
            let year = third.digits == 2 ? DateReader.windowed(third.value) : third.value
            let reading = day(year, second.value, first.value)
            // 12/31/2026: a month of 13 or more that would be a day, written month first.
            if reading == .failure(.impossible), second.value > 12, first.value <= 12,
                CalendarDate(year: year, month: first.value, day: second.value) != nil
            {
                return .failure(.monthFirst)
            }
            return reading
        }

        /// `Dec 1, 2026`, `December 1st 2026`, `Sep-26`, `Sep 2026`, `September 2026`.
        mutating func monthFirst() -> Reading {
            guard let month = Names.month(b, word()) else { return .failure(.unrecognised) }
            if peek == UInt8(ascii: ".") { i += 1 }
            guard let separator = separator(), let next = number() else { return .failure(.unrecognised) }
            if atEnd {
                // A month: `Sep 2026`, `Sep-2026`, `Sep-26` (two digits only with a hyphen, as
                // Excel's mmm-yy writes it: `Dec 12` might be a day).
                if next.digits == 4 { return self.month(next.value, month) }
                if next.digits == 2, separator == UInt8(ascii: "-") {
                    return self.month(DateReader.windowed(next.value), month)
                }
                return .failure(.unrecognised)
            }
            guard separator == 0x20, next.digits <= 2 else { return .failure(.unrecognised) }
            ordinal()
            _ = take(UInt8(ascii: ","))
            guard spaces() > 0, let year = number(), year.digits == 4 else { return .failure(.unrecognised) }
            return day(year.value, month, next.value)
        }

        /// An Excel serial, within `serialRange`.
        func serial(_ value: Int) -> Reading {
            guard DateReader.serialRange.contains(value) else { return .failure(.serialOutOfRange) }
            return .day(CalendarDate(daysSinceEpoch: value - DateReader.serialEpochOffset))
        }

        /// Whether the rest is nothing, or a time of day: ` 14:30`, ` 14:30:00`, `T14:30:00.000Z`,
        /// ` 2:30 PM`, `+01:00` after it.
        mutating func timeToEnd() -> Bool {
            if atEnd { return true }
            if !take(UInt8(ascii: "T")) && !take(UInt8(ascii: "t")) && spaces() == 0 { return false }
            guard let hour = number(), hour.digits <= 2, take(UInt8(ascii: ":")), let minute = number(),
                minute.digits == 2, minute.value <= 59
            else { return false }
            if take(UInt8(ascii: ":")) {
                guard let second = number(), second.digits == 2, second.value <= 60 else { return false }
                if take(UInt8(ascii: ".")) || take(UInt8(ascii: ",")) {
                    guard isDigit else { return false }
                    while isDigit { i += 1 }
                }
            }
            let spaced = spaces() > 0
            if isLetter {
                let word = word()
                let first = b[word.lowerBound] | 0x20
                if word.count == 2, first == 0x61 || first == 0x70, b[word.lowerBound + 1] | 0x20 == 0x6D {
                    // 2:30 PM
                    return atEnd && (1...12).contains(hour.value)
                }
                // Z: the time is in UTC.
                return word.count == 1 && first == 0x7A && !spaced && atEnd && hour.value <= 23
            }
            guard hour.value <= 23 else { return false }
            if !spaced, let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                // A UTC offset: the date written is the day meant.
                i += 1
                guard let offset = number(), offset.digits == 2 || offset.digits == 4 else { return false }
                if offset.digits == 2, take(UInt8(ascii: ":")) {
                    guard let minutes = number(), minutes.digits == 2 else { return false }
                }
            }
            return atEnd
        }
    }

    /// Month and weekday names, English, matched in any case without allocating.
    enum Names {
        static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

        /// The month (1-12) a word names: in full, in three letters, or `Sept`.
        static func month(_ b: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
            guard word.count >= 3 else { return nil }
            // The first three letters, lower case, as one number: a switch, not a loop of strings.
            let start = word.lowerBound
            let key = Int(b[start] | 0x20) << 16 | Int(b[start + 1] | 0x20) << 8 | Int(b[start + 2] | 0x20)
            let month: Int
            switch key {
            case 0x6A616E: month = 1  // jan
            case 0x666562: month = 2  // feb
            case 0x6D6172: month = 3  // mar
            case 0x617072: month = 4  // apr
            case 0x6D6179: month = 5  // may
            case 0x6A756E: month = 6  // jun
            case 0x6A756C: month = 7  // jul
            case 0x617567: month = 8  // aug
            case 0x736570: month = 9  // sep
            case 0x6F6374: month = 10  // oct
            case 0x6E6F76: month = 11  // nov
            case 0x646563: month = 12  // dec
            default: return nil
            }
            if word.count == 3 { return month }
            if month == 9, word.count == 4, b[start + 3] | 0x20 == UInt8(ascii: "t") { return 9 }
            return matches(b, word, CalendarDate.monthNames[month - 1], abbreviable: false) ? month : nil
        }

        /// The ISO weekday (1 Monday ... 7 Sunday) a word names, in full or in three letters.
        static func weekday(_ b: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Int? {
            for (index, name) in weekdays.enumerated() where matches(b, word, name, abbreviable: true) {
                return index + 1
            }
            return nil
        }

        /// Whether the word is the name, or (when `abbreviable`) its first three letters.
        static func matches(_ b: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ name: String, abbreviable: Bool)
            -> Bool
        {
            let length = name.utf8.count
            guard word.count == length || (abbreviable && word.count == 3) else { return false }
            var k = word.lowerBound
            for byte in name.utf8 {
                if k == word.upperBound { return true }
                if b[k] | 0x20 != byte | 0x20 { return false }
                k += 1
            }
            return true
        }
    }
}
