import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// "Within N working days of X" holds while `workingDays(from: X, to: day) <= N`: met on the Nth
/// working day, and still met on a weekend or bank holiday straight after it; missed on the
/// (N+1)th. Dates were checked against a printed calendar and the shipped bank holidays.
@Suite("Working days: the statutory meaning")
struct WorkingDayDefinitionTests {
    static let calendar = WorkingDayTests.shipped
    static func date(_ text: String) -> CalendarDate { WorkingDayTests.date(text) }

    @Test(
        "an assessment authorised on the days around its 45th working day",
        arguments: [
            // Thursday 23 July 2026; the summer bank holiday (31 August) falls inside, so the
            // 45th working day is Friday 25 September and the 46th Monday 28 September.
            ("2026-07-23", "2026-09-25", true),  // the 45th working day
            ("2026-07-23", "2026-09-26", true),  // the Saturday after it
            ("2026-07-23", "2026-09-27", true),  // the Sunday after it
            ("2026-07-23", "2026-09-28", false),  // the 46th working day
            // Thursday 29 January 2026: the 45th working day is Thursday 2 April, then Good
            // Friday and Easter Monday; the 46th is Tuesday 7 April.
            ("2026-01-29", "2026-04-02", true),
            ("2026-01-29", "2026-04-03", true),  // Good Friday
            ("2026-01-29", "2026-04-06", true),  // Easter Monday
            ("2026-01-29", "2026-04-07", false),  // the 46th working day
            // Thursday 3 September 2026, no bank holidays: 45th Thursday 5 November, 46th Friday 6th.
            ("2026-09-03", "2026-11-05", true),
            ("2026-09-03", "2026-11-06", false),
        ])
    func assessment(_ start: String, _ authorised: String, _ within: Bool) {
        let standard = Interval(45, .workingDays)
        #expect(standard.contains(Self.date(authorised), after: Self.date(start), calendar: Self.calendar) == within)
        // The same answer by the counting definition.
        #expect(
            (Self.calendar.workingDays(from: Self.date(start), to: Self.date(authorised)) <= 45) == within)
        // And as the timeliness measure counts it, as at 20 November 2026.
        let measure = TimelinessMeasure(
            check: .assessments, name: "m", standard: standard, standardUnderFive: nil, theme: nil,
            location: SourceLocation(file: "s", line: 1, column: 1))
        let rules = TimelinessRules(measure: measure, asAt: Self.date("2026-11-20"), calendar: Self.calendar)
        var counts = TimelinessResult.Counts()
        rules.count(
            ChildRow(start: Self.date(start).daysSinceEpoch, end: Self.date(authorised).daysSinceEpoch),
            into: &counts)
        #expect(counts == TimelinessResult.Counts(population: 1, within: within ? 1 : 0, noDate: 0, openOverdue: 0))
    }

    @Test(
        "the last day within and the date shown as due",
        arguments: [
            ("2026-07-23", 45, "2026-09-27", "2026-09-25"),
            ("2026-01-29", 45, "2026-04-06", "2026-04-02"),
            ("2026-12-10", 10, "2026-12-28", "2026-12-24"),  // Christmas, Boxing Day moved to Monday 28th
            ("2026-11-20", 1, "2026-11-23", "2026-11-23"),  // Friday: Monday is the 1st working day, Tuesday the 2nd
        ])
    func lastDay(_ start: String, _ n: Int, _ lastWithin: String, _ due: String) {
        let interval = Interval(n, .workingDays)
        #expect(interval.lastDayWithin(after: Self.date(start), calendar: Self.calendar)?.iso == lastWithin)
        #expect(interval.dueDate(after: Self.date(start), calendar: Self.calendar)?.iso == due)
    }

    @Test("calendar days, weeks and months keep their meaning: the deadline day is within")
    func calendarUnits() {
        let start = Self.date("2026-01-31")
        #expect(Interval(1, .months).lastDayWithin(after: start, calendar: Self.calendar)?.iso == "2026-02-28")
        #expect(Interval(2, .weeks).lastDayWithin(after: start, calendar: Self.calendar)?.iso == "2026-02-14")
        #expect(Interval(10, .days).lastDayWithin(after: start, calendar: Self.calendar)?.iso == "2026-02-10")
    }

    @Test(
        "a follow-up due in 10 working days: due on the 10th, overdue from the 11th",
        arguments: [
            // Meeting Thursday 10 December 2026: the 10th working day is Thursday 24 December,
            // the 11th Tuesday 29 December (25th Christmas, 28th Boxing Day substitute).
            ("2026-12-24", false, 0),
            ("2026-12-25", false, 0),
            ("2026-12-26", false, 0),
            ("2026-12-28", false, 0),
            ("2026-12-29", true, 5),
        ])
    func followUp(_ asAt: String, _ overdue: Bool, _ days: Int) {
        let item = FollowUpAssessment(
            Self.followUp(meeting: "2026-12-10", due: Interval(10, .workingDays)), committees: [],
            calendar: Self.calendar, asAt: Self.date(asAt))
        #expect(item.dueDate?.iso == "2026-12-24")
        #expect(item.isOverdue == overdue)
        #expect(item.daysOverdue == days)
    }

    static func followUp(
        meeting: String, due: Interval, status: FollowUpStatus = .open, completed: String? = nil
    ) -> FollowUp {
        FollowUp(
            id: "F", committee: "c", meetingDate: date(meeting), minute: nil, resolution: "r", kind: .email,
            due: .after(due), owner: "o", status: status, theme: nil, completed: completed.map(date),
            location: SourceLocation(file: "f", line: 1, column: 1))
    }

    // MARK: Properties, over seeded random data

    /// Every Saturday, Sunday and bank holiday from 2025 to 2027, with the last working day before it.
    static let daysOff: [(day: CalendarDate, before: CalendarDate)] = {
        var out: [(CalendarDate, CalendarDate)] = []
        var last = date("2024-12-31")
        for n in date("2025-01-01").daysSinceEpoch...date("2027-12-31").daysSinceEpoch {
            let d = CalendarDate(daysSinceEpoch: n)
            if calendar.isWorkingDay(d) { last = d } else { out.append((d, last)) }
        }
        return out
    }()

    /// A random working day within `spread` days before (or a little after) `around`.
    static func workingDay(near around: CalendarDate, spread: Int, _ random: inout SeededRandom) -> Int {
        var day = around.daysSinceEpoch - random.int(-10...spread)
        while !calendar.isWorkingDay(CalendarDate(daysSinceEpoch: day)) { day -= 1 }
        return day
    }

    @Test("within N working days is exactly: working days after the start, up to the day, at most N")
    func definitionHolds() {
        var random = SeededRandom(state: 11)
        for _ in 0..<20_000 {
            let start = CalendarDate(daysSinceEpoch: Self.date("2025-01-01").daysSinceEpoch + random.int(0...1000))
            let end = start.adding(days: random.int(-5...120))
            let n = random.int(1...60)
            #expect(
                Interval(n, .workingDays).contains(end, after: start, calendar: Self.calendar)
                    == (Self.calendar.workingDays(from: start, to: end) <= n),
                "\(start.iso) \(end.iso) \(n)")
        }
    }

    @Test(
        "timeliness as at a day off equals timeliness as at the working day before it",
        arguments: [
            (TimelinessMeasure.Check.assessments, 45, nil as Int?),
            (.cinVisits, 20, nil), (.cpVisits, 10, nil), (.claVisits, 30, nil),
            (.claReviews, 65, nil), (.healthAssessments, 40, 20), (.contacts, 1, nil), (.earlyHelpAssessments, 45, nil),
            (.conferences, 15, nil), (.cpPlanLength, 500, nil), (.cpFirstPlans, 250, nil),
            (.initialHealthAssessments, 20, nil), (.pathwayPlans, 130, nil), (.adoptions, 300, nil),
            (.adopterApprovals, 130, nil), (.referrals, 1, nil), (.cpSeenAlone, 1, nil), (.placementStability, 1, nil),
            (.careLeaversInTouch, 1, nil), (.careLeaversAccommodation, 1, nil), (.careLeaversActivity, 1, nil),
        ])
    func timelinessOnDaysOff(_ check: TimelinessMeasure.Check, _ n: Int, _ underFive: Int?) {
        let measure = TimelinessMeasure(
            check: check, name: "m", standard: Interval(n, .workingDays),
            standardUnderFive: underFive.map { Interval($0, .workingDays) }, theme: nil,
            location: SourceLocation(file: "s", line: 1, column: 1))
        var random = SeededRandom(state: UInt64(n * 7 + check.rawValue.count))
        var differences = 0
        for off in Self.daysOff {
            // A fresh data set for each day off: dates fall on working days, as recorded events do.
            var rows: [ChildRow] = []
            for _ in 0..<40 {
                let start = Self.workingDay(near: off.day, spread: 200, &random)
                var row = ChildRow(start: start)
                if random.int(0...3) > 0 { row.end = Self.workingDay(near: off.day, spread: 60, &random) }
                if ![.assessments, .contacts, .earlyHelpAssessments, .conferences, .adoptions, .adopterApprovals]
                    .contains(check),
                    row.end.map({ $0 <= off.day.daysSinceEpoch }) == true,
                    random.int(0...1) == 0
                {
                    row.end = nil  // most cases stay open
                }
                for field in [ChildRowField.lastSeen, .review, .health] where random.int(0...4) > 0 {
                    row[field] = max(start, Self.workingDay(near: off.day, spread: 120, &random))
                }
                row.age = random.int(0...17)
                row.count = random.int(0...4) == 0 ? nil : random.int(0...4)
                for field in [ChildRowField.flag, .flag2, .flag3] {
                    row[field] = random.int(0...3) == 3 ? nil : random.int(0...2)
                }
                rows.append(row)
            }
            let onDayOff = TimelinessRules(measure: measure, asAt: off.day, calendar: Self.calendar)
            let onWorkingDay = TimelinessRules(measure: measure, asAt: off.before, calendar: Self.calendar)
            var a = TimelinessResult.Counts()
            var b = TimelinessResult.Counts()
            for row in rows {
                onDayOff.count(row, into: &a)
                onWorkingDay.count(row, into: &b)
            }
            if a != b { differences += 1 }
            #expect(a == b, "\(check.rawValue) as at \(off.day.iso) and \(off.before.iso)")
        }
        #expect(differences == 0)
    }

    @Test("a follow-up due in N working days is overdue on a day off exactly when it was on the working day before")
    func followUpsOnDaysOff() {
        var random = SeededRandom(state: 2026)
        for off in Self.daysOff {
            for _ in 0..<10 {
                let meeting = off.day.adding(days: -random.int(0...60))
                let item = Self.followUp(meeting: meeting.iso, due: Interval(random.int(1...30), .workingDays))
                let onDayOff = FollowUpAssessment(item, committees: [], calendar: Self.calendar, asAt: off.day)
                let before = FollowUpAssessment(item, committees: [], calendar: Self.calendar, asAt: off.before)
                #expect(onDayOff.isOverdue == before.isOverdue, "\(meeting.iso) \(item.due) as at \(off.day.iso)")
            }
        }
    }
}
