import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(
        "reads ISO and UK day-first dates",
        arguments: [
            ("2026-11-22", "2026-11-22"), ("22/11/2026", "2026-11-22"), ("1/2/2026", "2026-02-01"),
            (" 22-11-2026 ", "2026-11-22"), ("22.11.2026", "2026-11-22"), ("29/02/2024", "2024-02-29"),
            ("0001-01-01", "0001-01-01"), ("9999-12-31", "9999-12-31"),
        ])
    func reads(_ text: String, _ iso: String) {
        #expect((try? CalendarDate.parse(text).get())?.iso == iso)
    }

    @Test(
        "impossible dates are told apart from unreadable ones",
        arguments: [
            ("31/02/2026", CalendarDate.ParseError.impossible), ("29/02/2025", .impossible),
            ("00/01/2026", .impossible),
            ("2026-13-01", .impossible), ("0000-01-01", .impossible), ("2026-02-30", .impossible),
            ("11/22/26", .monthFirst), ("next week", .unrecognised), ("", .unrecognised), ("2026-1-1x", .unrecognised),
            ("12/2026", .monthWithoutDay),
        ])
    func refuses(_ text: String, _ error: CalendarDate.ParseError) {
        #expect(CalendarDate.parse(text) == .failure(error))
    }

    @Test(
        "adding months clamps to the month's end",
        arguments: [
            ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2026-03-31", -1, "2026-02-28"),
            ("2026-11-20", 3, "2027-02-20"), ("2026-08-31", 6, "2027-02-28"), ("2026-05-15", 12, "2027-05-15"),
        ])
    func addingMonths(_ start: String, _ months: Int, _ expected: String) throws {
        let date = try CalendarDate.parse(start).get()
        #expect(date.adding(months: months)?.iso == expected)
    }

    @Test("day counts and weekdays across leap years")
    func arithmetic() throws {
        let a = try CalendarDate.parse("2024-02-28").get()
        let b = try CalendarDate.parse("2024-03-01").get()
        #expect(a.days(until: b) == 2)
        #expect(CalendarDate(daysSinceEpoch: 0).iso == "1970-01-01")
        #expect(try CalendarDate.parse("2026-11-22").get().isoWeekday == 7)  // a Sunday
        #expect(try CalendarDate.parse("2000-01-01").get().isoWeekday == 6)  // a Saturday
        #expect(CalendarDate(daysSinceEpoch: b.daysSinceEpoch) == b)
    }

    @Test(
        "months read in the forms spreadsheets use",
        arguments: [
            ("2026-11", "2026-11"), ("11/2026", "2026-11"), ("Nov 2026", "2026-11"), ("November 2026", "2026-11"),
            ("01/11/2026", "2026-11"), ("Sept 2026", "2026-09"),
        ])
    func months(_ text: String, _ expected: String) {
        #expect(CalendarMonth.parse(text)?.description == expected)
    }
}

@Suite("Number formats")
struct NumberFormatTests {
    @Test(
        "one decimal place, halves away from zero, no locale",
        arguments: [
            (16.0, "16.0"), (15.95, "16.0"), (0.05, "0.1"), (17.84, "17.8"), (0, "0.0"), (1234.56, "1234.6"),
            (-2.25, "-2.3"),
        ])
    func decimals(_ value: Double, _ expected: String) {
        #expect(NumberFormat.decimal(value) == expected)
    }

    @Test("percentages; a zero denominator gives none")
    func percentages() {
        #expect(NumberFormat.percent(1, of: 3) == "33%")
        #expect(NumberFormat.percent(2, of: 3) == "67%")
        #expect(NumberFormat.percent(1, of: 0) == nil)
        #expect(NumberFormat.grouped(337055) == "337,055")
    }

    @Test(
        "trims spaces, tabs, line breaks and no-break spaces at either end, and nothing else",
        arguments: [
            ("a", "a"), (" a ", "a"), ("a\u{A0}", "a"), ("\u{A0}a", "a"), ("\ta\n", "a"), ("\u{A0}a\u{A0}", "a"),
            ("a\r\n", "a\r\n"),
            ("\r\na", "\r\na"), ("é", "é"), (" é ", "é"), ("a \u{301}", "a \u{301}"), ("\u{2003}a", "\u{2003}a"),
            ("", ""), ("   ", ""), ("a b", "a b"), ("\u{C2}a", "\u{C2}a"), ("à", "à"),
        ])
    func trims(_ text: String, _ trimmed: String) {
        #expect(text.trimmingSpaces == trimmed)
        #expect(text[...].trimmingSpaces == trimmed)
    }
}
