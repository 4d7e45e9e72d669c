/// The rule for one timeliness measure, applied to a child-level row's dates (as days since
/// 1970-01-01) as at a date. Definitions are in docs/indicators.md.
///
/// "Within N after X, as at the as-at date" holds when X is on or after a cutoff: the earliest day
/// whose deadline is not before the as-at date. Deadlines only move forward as X does, so the
/// cutoff is found once per measure by a binary search, and each row is one comparison.
///
/// A class, so the row loop reads a list's rules where they are: copying a struct of them for
/// every row (its measure's strings, the calendar's holidays) was a tenth of the child-level
/// time.
package final class TimelinessRules: Sendable {
    package let measure: TimelinessMeasure
    let asAt: Int
    let calendar: WorkingDayCalendar
    /// Earliest last date still within the standard as at the date.
    let cutoff: Int
    /// The same for children under 5 (health assessments), if set.
    let cutoffUnderFive: Int?
    /// For reviews: the earliest start date whose first review is not yet overdue.
    let firstCutoff: Int
    /// The earliest day within 6 months of the as-at date: for initial health assessments,
    /// before a review health assessment can have followed the initial one.
    let halfYearCutoff: Int
    /// Long-term stability: the latest start of care 2½ years before the as-at date, and the
    /// latest start of a placement 2 years before it.
    let longTermCareStart: Int
    let longTermPlacementStart: Int

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
        // Anchored on the last working day on or before the as-at date, so a weekend or bank
        // holiday counts as the working day before it.
        var anchor = asAt
        while !calendar.isWorkingDay(anchor), anchor.daysSinceEpoch > asAt.daysSinceEpoch - 14 {
            anchor = CalendarDate(daysSinceEpoch: anchor.daysSinceEpoch - 1)
        }
        halfYearCutoff = TimelinessRules.cutoff(Interval(6, .months), asAt: anchor, calendar: calendar)
        // X is at least N months before the as-at date when X plus N months is on or before it:
        // before the cutoff of the day after.
        let dayAfter = asAt.adding(days: 1)
        longTermCareStart = TimelinessRules.cutoff(Interval(30, .months), asAt: dayAfter, calendar: calendar) - 1
        longTermPlacementStart = TimelinessRules.cutoff(Interval(24, .months), asAt: dayAfter, calendar: calendar) - 1
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
    package func count(_ row: ChildRow, into counts: inout TimelinessResult.Counts) {
        var memo = DeadlineMemo()
        count(row, into: &counts, memo: &memo)
    }

    /// Counts one child-level row for the measure, its deadline looked up in `memo` (kept by the
    /// caller for every row of a list) or worked out and kept there.
    @inline(__always)
    package func count(_ row: borrowing ChildRow, into counts: inout TimelinessResult.Counts, memo: inout DeadlineMemo)
    {
        switch measure.check {
        case .assessments, .contacts, .earlyHelpAssessments, .conferences, .adoptions, .adopterApprovals:
            // Started by the as-at date: ended ones are in the population, within if ended by
            // the deadline; open ones already past it are counted apart.
            guard let start = row.start, start <= asAt else { return }
            let deadline = deadline(after: start, memo: &memo)
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
            if let agreed = row.frequency {
                // The child's own agreed frequency replaces the measure's standard.
                let deadline = Interval(code: agreed).lastDayWithin(
                    after: CalendarDate(daysSinceEpoch: last), calendar: calendar)
                if (deadline?.daysSinceEpoch ?? Int.max) >= asAt { counts.within += 1 }
            } else if last >= cutoff {
                counts.within += 1
            }
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
        case .initialHealthAssessments:
            // Children who entered care within 6 months and whose deadline has passed: the list's
            // last health assessment is their initial one when it falls between their entering
            // care and the deadline (a review assessment comes 6 months after the initial one
            // at the earliest).
            guard let start = row.start, start <= asAt, start >= halfYearCutoff else { return }
            let deadline = deadline(after: start, memo: &memo)
            guard asAt > deadline else { return }
            counts.population += 1
            guard let health = row.health, health <= asAt else {
                counts.noDate += 1
                return
            }
            if health >= start && health <= deadline { counts.within += 1 }
        case .cpPlanLength:
            // Within: the plan has not yet lasted the standard (2 years) as at the date, as the
            // DfE counts plans "2 years or more".
            guard isOpen(row), let start = row.start else { return }
            counts.population += 1
            if deadline(after: start, memo: &memo) > asAt { counts.within += 1 }
        case .cpFirstPlans:
            guard let start = row.start, start <= asAt, start >= cutoff else { return }
            counts.population += 1
            guard let previous = row.count else {
                counts.noDate += 1
                return
            }
            if previous == 0 { counts.within += 1 }
        case .referrals:
            guard let start = row.start, start <= asAt else { return }
            counts.population += 1
            guard let referrals = row.count else {
                counts.noDate += 1
                return
            }
            // The count includes this referral: 2 or more is a re-referral within 12 months.
            if referrals <= 1 { counts.within += 1 }
        case .placementStability:
            guard isOpen(row) else { return }
            counts.population += 1
            guard let placements = row.count else {
                counts.noDate += 1
                return
            }
            if placements < 3 { counts.within += 1 }
        case .longTermStability:
            // Under 16, looked after for 2½ years or more; within when the current placement
            // has lasted 2 years. An unknown age is not under 16.
            guard isOpen(row), let start = row.start, start <= longTermCareStart, let age = row.age, age < 16 else {
                return
            }
            counts.population += 1
            guard let placed = row.placementStart, placed <= asAt else {
                counts.noDate += 1
                return
            }
            if placed <= longTermPlacementStart { counts.within += 1 }
        case .cpSeenAlone:
            guard isOpen(row) else { return }
            answered(row.flag, into: &counts)
        case .careLeaversInTouch:
            answered(row.flag, into: &counts)
        case .careLeaversAccommodation:
            answered(row.flag2, into: &counts)
        case .careLeaversActivity:
            answered(row.flag3, into: &counts)
        case .pathwayPlans:
            counts.population += 1
            guard let review = row.review, review <= asAt else {
                counts.noDate += 1
                return
            }
            if review >= cutoff { counts.within += 1 }
        }
    }

    /// A yes-or-no answer counted: yes (1) is within, no (0) is not, and a blank or an answer
    /// that is neither (2: a care leaver who died) is in the last column. Every row is counted,
    /// so measures on one list count one population and no difference between them is a count
    /// left unprotected.
    @inline(__always)
    func answered(_ answer: Int?, into counts: inout TimelinessResult.Counts) {
        counts.population += 1
        guard let answer, answer != 2 else {
            counts.noDate += 1
            return
        }
        if answer == 1 { counts.within += 1 }
    }

    /// The day a row counts in a month of the measure's trend: when the episode ended (decided,
    /// completed, held, placed, approved) or, for referrals, plans started and entries to care,
    /// when it started. Nil for checks counted as at the date (visits, reviews), which a
    /// single list cannot give month by month.
    @inline(__always)
    package func trendDay(_ row: borrowing ChildRow) -> Int? {
        switch measure.check.trend {
        case .ended?: row.end
        case .started?: row.start
        case nil: nil
        }
    }

    /// The last day within the standard after `start`: from the memo when it holds it.
    @inline(__always)
    func deadline(after start: Int, memo: inout DeadlineMemo) -> Int {
        let index = start - memo.base
        guard index >= 0 && index < memo.days.count else {
            return Self.deadline(measure.standard, after: start, calendar: calendar)
        }
        if memo.days[index] == Int.min {
            memo.days[index] = Self.deadline(measure.standard, after: start, calendar: calendar)
        }
        return memo.days[index]
    }

    /// The last day within `standard` after `start` (`Int.max` past the year 9999).
    static func deadline(_ standard: Interval, after start: Int, calendar: WorkingDayCalendar) -> Int {
        standard.lastDayWithin(after: CalendarDate(daysSinceEpoch: start), calendar: calendar)?.daysSinceEpoch
            ?? Int.max
    }

    /// Started on or before the as-at date and not ended on or before it.
    @inline(__always)
    func isOpen(_ row: ChildRow) -> Bool {
        guard let start = row.start, start <= asAt else { return false }
        if let end = row.end, end <= asAt { return false }
        return true
    }
}
