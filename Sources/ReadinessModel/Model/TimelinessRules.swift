/// The rule for one timeliness measure, applied to a child-level row's dates (as days since
/// 1970-01-01) as at a date. Definitions are in docs/indicators.md.
///
/// "Within N after X, as at the as-at date" holds when X is on or after a cutoff: the earliest day
/// whose deadline is not before the as-at date. Deadlines only move forward as X does, so the
/// cutoff is found once per measure by a binary search, and each row is one comparison.
package struct TimelinessRules: Sendable {
    let measure: TimelinessMeasure
    let asAt: Int
    let calendar: WorkingDayCalendar
    /// Earliest last date still within the standard as at the date.
    let cutoff: Int
    /// The same for children under 5 (health assessments), if set.
    let cutoffUnderFive: Int?
    /// For reviews: the earliest start date whose first review is not yet overdue.
    let firstCutoff: Int

    package init(measure: TimelinessMeasure, asAt: CalendarDate, calendar: WorkingDayCalendar) {
        self.measure = measure
        self.asAt = asAt.daysSinceEpoch
        self.calendar = calendar
        cutoff = TimelinessRules.cutoff(measure.standard, asAt: asAt, calendar: calendar)
        cutoffUnderFive = measure.standardUnderFive.map { TimelinessRules.cutoff($0, asAt: asAt, calendar: calendar) }
        let first: Interval =
            measure.standardUnderFive
            ?? (measure.check == .claReviews ? Interval(20, .workingDays) : Interval(3, .months))
        firstCutoff = TimelinessRules.cutoff(first, asAt: asAt, calendar: calendar)
    }

    /// The earliest day whose last day within the interval is on or after the as-at date.
    static func cutoff(_ interval: Interval, asAt: CalendarDate, calendar: WorkingDayCalendar) -> Int {
        let target = asAt.daysSinceEpoch
        let span: Int
        switch interval.unit {
        case .days: span = interval.count
        case .weeks: span = interval.count * 7
        case .months: span = interval.count * 31 + 31
        case .workingDays: span = interval.count * 2 + 42
        }
        var low = target - span - 1  // its deadline is before the as-at date
        var high = target  // its deadline is on or after it
        while high - low > 1 {
            let mid = low + (high - low) / 2
            let deadline = interval.lastDayWithin(after: CalendarDate(daysSinceEpoch: mid), calendar: calendar)
            if let deadline, deadline.daysSinceEpoch >= target { high = mid } else { low = mid }
        }
        return high
    }

    /// Counts one child-level row for the measure.
    @inline(__always)
    package func count(_ row: ChildRow, into counts: inout TimelinessResult.Counts) {
        switch measure.check {
        case .assessments:
            // Started by the as-at date: completed ones are in the population, within if
            // authorised by the deadline; open ones already past it are counted apart.
            guard let start = row.start, start <= asAt else { return }
            let deadline =
                measure.standard.lastDayWithin(after: CalendarDate(daysSinceEpoch: start), calendar: calendar)?
                .daysSinceEpoch ?? Int.max
            if let end = row.end, end <= asAt {
                counts.population += 1
                if end <= deadline { counts.within += 1 }
            } else if asAt > deadline {
                counts.openOverdue += 1
            }
        case .cinVisits, .cpVisits, .claVisits:
            guard isOpen(row) else { return }
            counts.population += 1
            guard let last = row.lastSeen, last <= asAt else {
                counts.noDate += 1
                return
            }
            if last >= cutoff { counts.within += 1 }
        case .cpReviews, .claReviews:
            guard isOpen(row), let start = row.start else { return }
            counts.population += 1
            if let review = row.review, review <= asAt {
                if review >= cutoff { counts.within += 1 }
            } else if start >= firstCutoff {
                counts.within += 1
            }
        case .healthAssessments:
            guard isOpen(row) else { return }
            counts.population += 1
            var applicable = cutoff
            if let underFive = cutoffUnderFive, let age = row.age, age < 5 { applicable = underFive }
            guard let last = row.health, last <= asAt else {
                counts.noDate += 1
                return
            }
            if last >= applicable { counts.within += 1 }
        }
    }

    /// Started on or before the as-at date and not ended on or before it.
    @inline(__always)
    func isOpen(_ row: ChildRow) -> Bool {
        guard let start = row.start, start <= asAt else { return false }
        if let end = row.end, end <= asAt { return false }
        return true
    }
}

extension TimelinessMeasure.Check {
    /// docs/indicators.md's "Timeliness" table: each check, the Annex A list it reads (`list`),
    /// the population it counts and when a child is within, as `TimelinessRules.count` works it.
    package static var figures: [FigureDefinition] { allCases.map(\.figure) }

    /// This check's row of the table.
    package var figure: FigureDefinition {
        let (population, within, settings) = definition
        return FigureDefinition(
            "`\(rawValue)`", details: [String(list), population], within,
            settings: ["timeliness.check", "timeliness.standard"] + settings,
            templates: ["timeliness.share", "timeliness.table"])
    }

    /// The population counted, when a child in it is within the standard, and any settings
    /// besides the check and its standard.
    private var definition: (population: String, within: String, settings: [String]) {
        switch self {
        case .assessments:
            (
                "assessments started and authorised on or before the as-at date",
                "`Assessment Authorised Date` is within the standard (e.g. 45 working days) of `Assessment Start Date`, as defined above (to the eve of the 46th working day). Assessments still open and already past the standard as at the date are counted apart.",
                []
            )
        case .cinVisits:
            (
                "open children in need (`CIN Start Date`, `CIN Closure Date`)",
                "the as-at date is within the standard of `Date Child Was Last Seen`", []
            )
        case .cpVisits:
            (
                "open child protection plans (`Child Protection Plan Start Date`, optional `Child Protection Plan End Date`)",
                "the as-at date is within the standard of `Date of the Last Statutory Visit`", []
            )
        case .cpReviews:
            (
                "open child protection plans",
                "the as-at date is within the standard (e.g. 6 months) of `Date of latest review conference`; before the first review, within 3 months of the plan's start (or `standard_under_5` if set)",
                ["timeliness.standard_under_5"]
            )
        case .claVisits:
            (
                "open children in care (`Date Started to be Looked After`, optional `Date Ceased to be Looked After`)",
                "the as-at date is within the standard of `Date of Last Social Work Visit`", []
            )
        case .claReviews:
            (
                "open children in care",
                "the as-at date is within the standard of `Date of Latest Statutory Review`; before the first review, within 20 working days of becoming looked after (or `standard_under_5` if set)",
                ["timeliness.standard_under_5"]
            )
        case .healthAssessments:
            (
                "open children in care",
                "the as-at date is within the standard of `Date of Last Health Assessment`; `standard_under_5` applies when `Age of Child (Years)` is under 5",
                ["timeliness.standard_under_5"]
            )
        }
    }
}
