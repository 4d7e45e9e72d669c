import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Working days with the shipped England and Wales bank holidays. Expected values were worked
/// out by hand with a calendar.
@Suite("Working days")
struct WorkingDayTests {
    static func date(_ text: String) -> CalendarDate {
        guard case .success(let d) = CalendarDate.parse(text) else { return CalendarDate(daysSinceEpoch: 0) }
        return d
    }

    /// The shipped calendar, read as the build reads it.
    static let shipped: WorkingDayCalendar = {
        var log = DiagnosticLog()
        let path = Support.packageRoot.appendingPathComponent("data/bank-holidays.csv").path
        let table = FileAccess.readText(path, log: &log).flatMap {
            CSVTable.read($0, as: BankHolidaysFile.declaration, log: &log)
        }
        return WorkingDayCalendar(bankHolidays: table.map { BankHolidaysLoader.load($0, log: &log) } ?? [])
    }()

    @Test(
        "working days after the start, up to and including the end",
        arguments: [
            ("2026-11-20", "2026-11-23", 1),  // Friday to Monday
            ("2026-11-21", "2026-11-23", 1),  // Saturday to Monday
            ("2026-11-20", "2026-11-20", 0),  // the same day
            ("2026-11-23", "2026-11-20", 0),  // end before start
            ("2026-12-24", "2026-12-29", 1),  // Christmas Friday, Boxing Day substitute Monday 28th
            ("2026-04-02", "2026-04-07", 1),  // Good Friday 3rd, Easter Monday 6th
            ("2022-06-01", "2022-06-06", 1),  // spring bank holiday and Platinum Jubilee, 2nd and 3rd
            ("2022-09-16", "2022-09-20", 1),  // the State Funeral, Monday 19th
            ("2024-02-28", "2024-03-01", 2),  // across a leap day
            ("2026-09-01", "2026-11-03", 45),  // no bank holidays in between
            // 4,173 weekdays after 1 January 2015, less 130 weekday bank holidays (checked with Python).
            ("2015-01-01", "2030-12-31", 4043),
        ])
    func counts(_ start: String, _ end: String, _ expected: Int) {
        #expect(Self.shipped.workingDays(from: Self.date(start), to: Self.date(end)) == expected)
    }

    @Test(
        "adding working days skips weekends and bank holidays",
        arguments: [
            ("2026-11-20", 45, "2027-01-27"),  // over Christmas: 25 and 28 December and 1 January are off
            ("2026-12-18", 10, "2027-01-06"),
            ("2026-11-20", 1, "2026-11-23"),
            ("2026-04-02", 1, "2026-04-07"),
            ("2026-11-20", 0, "2026-11-20"),
        ])
    func adding(_ start: String, _ n: Int, _ expected: String) {
        #expect(Self.shipped.adding(workingDays: n, to: Self.date(start))?.iso == expected)
    }

    @Test("with no bank holidays only weekends are off")
    func weekendsOnly() {
        let calendar = WorkingDayCalendar(bankHolidays: [])
        #expect(calendar.adding(workingDays: 45, to: Self.date("2026-11-20"))?.iso == "2027-01-22")
        #expect(calendar.workingDays(from: Self.date("2026-12-24"), to: Self.date("2026-12-29")) == 3)
        #expect(calendar.coveredYears == nil)
    }

    @Test("the shipped list covers 2015 to 2030, with the special days")
    func shippedList() {
        #expect(Self.shipped.coveredYears == 2015...2030)
        for special in ["2020-05-08", "2022-06-03", "2022-09-19", "2023-05-08"] {
            #expect(!Self.shipped.isWorkingDay(Self.date(special)), "\(special)")
        }
        #expect(Self.shipped.isWorkingDay(Self.date("2020-05-04")))  // early May moved to VE day in 2020
    }

    @Test(
        "intervals are read as councils write them",
        arguments: [
            ("45 working days", Interval(45, .workingDays)), ("4 weeks", Interval(4, .weeks)),
            ("three months", Interval(3, .months)), ("10 days", Interval(10, .days)), ("1 year", Interval(12, .months)),
            ("a month", Interval(1, .months)), ("20 Working Days", Interval(20, .workingDays)),
            ("6-weeks", Interval(6, .weeks)),
        ])
    func intervals(_ text: String, _ expected: Interval) {
        #expect(Interval.parse(text) == expected)
    }

    @Test("unreadable intervals", arguments: ["45", "weeks", "0 days", "-3 months", "3 fortnights", "soon", ""])
    func badIntervals(_ text: String) {
        #expect(Interval.parse(text) == nil)
    }

    @Test(
        "within an interval: on the deadline counts, the day after does not",
        arguments: [
            ("2026-10-23", "4 weeks", "2026-11-20", true), ("2026-10-22", "4 weeks", "2026-11-20", false),
            ("2026-01-31", "1 month", "2026-02-28", true), ("2026-01-31", "1 month", "2026-03-01", false),
            ("2026-11-06", "10 working days", "2026-11-20", true),
            ("2026-11-05", "10 working days", "2026-11-20", false),
        ])
    func within(_ start: String, _ interval: String, _ end: String, _ expected: Bool) throws {
        let i = try #require(Interval.parse(interval))
        #expect(i.contains(Self.date(end), after: Self.date(start), calendar: Self.shipped) == expected)
    }
}
