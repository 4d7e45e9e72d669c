import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Every form of date a spreadsheet user types or exports, read by both readers: the text one
/// (`CalendarDate.parse`, every declared column and setting) and the byte one (`CSVScanner.day`,
/// the child-level lists). Both must give the same answer for every case.
@Suite("Date forms")
struct DateFormTests {
    /// What a text reads as.
    enum Expected: Sendable, CustomStringConvertible {
        /// This day, in every column.
        case day(String)
        /// A month without a day: this last day where a column takes a month, refused elsewhere.
        case month(lastDay: String)
        /// Refused, in every column.
        case error(CalendarDate.ParseError)

        var description: String {
            switch self {
            case .day(let iso): iso
            case .month(let iso): "month ending \(iso)"
            case .error(let error): "\(error)"
            }
        }
    }

    static let cases: [(String, Expected)] = [
        // Numbers, day first.
        ("2026-11-22", .day("2026-11-22")), ("22/11/2026", .day("2026-11-22")), ("1/2/2026", .day("2026-02-01")),
        (" 22-11-2026 ", .day("2026-11-22")), ("22.11.2026", .day("2026-11-22")), ("29/02/2024", .day("2024-02-29")),
        ("0001-01-01", .day("0001-01-01")), ("9999-12-31", .day("9999-12-31")), ("2026-1-5", .day("2026-01-05")),
        ("2026/12/01", .day("2026-12-01")), ("\u{A0}01/12/2026\u{A0}", .day("2026-12-01")),
        // Two-digit years, windowed as Excel does.
        ("01/12/26", .day("2026-12-01")), ("1/12/29", .day("2029-12-01")), ("1/12/30", .day("1930-12-01")),
        ("31/12/99", .day("1999-12-31")), ("01-12-00", .day("2000-12-01")),
        // Month names.
        ("1 Dec 2026", .day("2026-12-01")), ("1 December 2026", .day("2026-12-01")),
        ("01-Dec-2026", .day("2026-12-01")), ("1-Dec-26", .day("2026-12-01")), ("30-Sep-26", .day("2026-09-30")),
        ("30-SEP-26", .day("2026-09-30")), ("30 sept 2026", .day("2026-09-30")), ("Dec 1, 2026", .day("2026-12-01")),
        ("December 1 2026", .day("2026-12-01")), ("1st December 2026", .day("2026-12-01")),
        ("22nd Nov 2026", .day("2026-11-22")), ("3rd May 2026", .day("2026-05-03")),
        ("1 Dec. 2026", .day("2026-12-01")),
        ("Tuesday, 1 December 2026", .day("2026-12-01")), ("Tue 1 Dec 2026", .day("2026-12-01")),
        ("Monday, 1 December 2026", .error(.impossible)), ("30-Feb-26", .error(.impossible)),
        ("1 Decem 2026", .error(.unrecognised)), ("1 Dec 226", .error(.unrecognised)), ("Dec 1", .error(.unrecognised)),
        ("Dec 1, 26", .error(.unrecognised)), ("1/Dec-2026", .error(.unrecognised)),
        // Date-times: the time is dropped.
        ("01/12/2026 00:00", .day("2026-12-01")), ("01/12/2026 00:00:00", .day("2026-12-01")),
        ("2026-12-01 00:00:00", .day("2026-12-01")), ("2026-12-01T00:00:00", .day("2026-12-01")),
        ("2026-12-01T23:59:59Z", .day("2026-12-01")), ("2026-12-01T10:00:00.123Z", .day("2026-12-01")),
        ("2026-12-01T10:00:00+01:00", .day("2026-12-01")), ("1/12/2026 2:30 PM", .day("2026-12-01")),
        ("1 Dec 2026 14:30", .day("2026-12-01")), ("01/12/2026 24:00", .error(.unrecognised)),
        ("01/12/2026 10:60", .error(.unrecognised)), ("01/12/2026 13:00 PM", .error(.unrecognised)),
        ("01/12/2026 noon", .error(.unrecognised)), ("2026-12-01T", .error(.unrecognised)),
        ("31/02/2026 00:00", .error(.impossible)),
        // Excel serials in the 1900 system, from 1 Jan 1950 to 31 Dec 2099 only.
        ("46357", .day("2026-12-01")), ("46357.5", .day("2026-12-01")), ("18264", .day("1950-01-01")),
        ("73050", .day("2099-12-31")), ("18263", .error(.serialOutOfRange)), ("73051", .error(.serialOutOfRange)),
        ("2026", .error(.serialOutOfRange)), ("60", .error(.serialOutOfRange)), ("1234567890", .error(.unrecognised)),
        // Months without a day: the last day, only where a column takes a month.
        ("Sep-26", .month(lastDay: "2026-09-30")), ("Sep 2026", .month(lastDay: "2026-09-30")),
        ("September 2026", .month(lastDay: "2026-09-30")), ("2026-09", .month(lastDay: "2026-09-30")),
        ("09/2026", .month(lastDay: "2026-09-30")), ("Feb-24", .month(lastDay: "2024-02-29")),
        ("Sept-2026", .month(lastDay: "2026-09-30")), ("12/2026", .month(lastDay: "2026-12-31")),
        ("Sep 26", .error(.unrecognised)), ("2026-13", .error(.impossible)), ("13/2026", .error(.impossible)),
        // Ambiguous or impossible stays refused.
        ("31/02/2026", .error(.impossible)), ("29/02/2025", .error(.impossible)), ("00/01/2026", .error(.impossible)),
        ("2026-13-01", .error(.impossible)), ("0000-01-01", .error(.impossible)), ("2026-02-30", .error(.impossible)),
        ("12/31/2026", .error(.monthFirst)), ("11/22/26", .error(.monthFirst)), ("13/13/2026", .error(.impossible)),
        ("next week", .error(.unrecognised)), ("22/11-2026", .error(.unrecognised)),
        ("1 12 2026", .error(.unrecognised)),
        ("2026-11-22x", .error(.unrecognised)), ("22/11/202", .error(.unrecognised)), ("-", .error(.unrecognised)),
        ("22/11", .error(.unrecognised)),
    ]

    /// The answer of both readers, as text, with months refused or read as their last day.
    static func answers(_ text: String, monthAsLastDay: Bool) -> (parse: String, scan: String) {
        let parsed = CalendarDate.parse(text, monthAsLastDay: monthAsLastDay).map(\.iso)
        let scanned = CSVScanner.day(Array(text.utf8)[...], monthAsLastDay: monthAsLastDay)?
            .map { CalendarDate(daysSinceEpoch: $0).iso }
        func show(_ result: Result<String, CalendarDate.ParseError>?) -> String {
            switch result {
            case .success(let iso)?: iso
            case .failure(let error)?: "\(error)"
            case nil: "blank"
            }
        }
        return (show(parsed), show(scanned))
    }

    @Test("both readers read every form the same way", arguments: cases)
    func bothReaders(_ text: String, _ expected: Expected) {
        for monthAsLastDay in [false, true] {
            let want: String
            switch expected {
            case .day(let iso): want = iso
            case .month(let lastDay): want = monthAsLastDay ? lastDay : "\(CalendarDate.ParseError.monthWithoutDay)"
            case .error(let error): want = "\(error)"
            }
            let got = Self.answers(text, monthAsLastDay: monthAsLastDay)
            #expect(got.parse == want, "parse '\(text)', months \(monthAsLastDay)")
            #expect(got.scan == want, "scan '\(text)', months \(monthAsLastDay)")
        }
    }

    @Test("every day from 1950 to 2099, written in each form, reads back as itself in both readers")
    func everyForm() {
        let first = CalendarDate(year: 1950, month: 1, day: 1)!.daysSinceEpoch
        let last = CalendarDate(year: 2099, month: 12, day: 31)!.daysSinceEpoch
        var checked = 0
        for days in stride(from: first, through: last, by: 13) {
            let date = CalendarDate(daysSinceEpoch: days)
            let name = CalendarDate.monthNames[date.month - 1]
            let yy = (date.year % 100 < 10 ? "0" : "") + String(date.year % 100)
            let dd = (date.day < 10 ? "0" : "") + String(date.day)
            let mm = (date.month < 10 ? "0" : "") + String(date.month)
            let weekday = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][
                date.isoWeekday - 1]
            var forms = [
                date.iso, "\(date.day)/\(date.month)/\(date.year)", "\(dd)-\(mm)-\(date.year)",
                "\(dd).\(mm).\(date.year)",
                "\(date.day) \(name) \(date.year)", "\(dd)-\(name.prefix(3))-\(date.year)",
                "\(name.prefix(3).uppercased()) \(date.day), \(date.year)",
                "\(weekday), \(date.day) \(name) \(date.year)",
                "\(dd)/\(mm)/\(date.year) 00:00", "\(date.iso) 23:59:59", "\(date.iso)T12:00:00.000Z",
                String(days + 25_569), "\(days + 25_569).75",
            ]
            // Two-digit years read back only within Excel's window.
            if (1930...2029).contains(date.year) {
                forms += ["\(dd)/\(mm)/\(yy)", "\(date.day)-\(name.prefix(3))-\(yy)"]
            }
            for form in forms {
                let got = Self.answers(form, monthAsLastDay: false)
                #expect(got.parse == date.iso && got.scan == date.iso, "'\(form)'")
                checked += 1
            }
        }
        #expect(checked > 50_000)
    }

    @Test("a blank cell is blank to the scanner, unreadable to the text reader")
    func blank() {
        #expect(CSVScanner.day([][...]) == nil)
        #expect(CalendarDate.parse("") == .failure(.unrecognised))
        #expect(CalendarDate.parse("   ") == .failure(.unrecognised))
    }
}
