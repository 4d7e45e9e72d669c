/// The rule for each timeliness check, applied to one child-level row as at a date.
/// Definitions are in docs/indicators.md.
enum TimelinessRules {
    typealias H = ChildLevelLoader.Heading

    static func count(
        _ row: ChildRow, measure: TimelinessMeasure, asAt: CalendarDate, calendar: WorkingDayCalendar,
        into counts: inout TimelinessResult.Counts, log: inout DiagnosticLog
    ) {
        let standard = measure.standard
        switch measure.check {
        case .assessments:
            // Assessments started by the as-at date. Completed ones count in the population and
            // are within if authorised within the standard; open ones past it are counted apart.
            guard let start = row.date(H.assessmentStart, log: &log), start <= asAt else { return }
            if let end = row.date(H.assessmentEnd, log: &log), end <= asAt {
                counts.population += 1
                if standard.contains(end, after: start, calendar: calendar) { counts.within += 1 }
            } else if !standard.contains(asAt, after: start, calendar: calendar) {
                counts.openOverdue += 1
            }
        case .cinVisits:
            visit(row, start: H.cinStart, end: H.cinClosed, seen: H.cinSeen, measure, asAt, calendar, &counts, &log)
        case .cpVisits:
            visit(row, start: H.cpStart, end: H.cpEnd, seen: H.cpVisit, measure, asAt, calendar, &counts, &log)
        case .claVisits:
            visit(row, start: H.claStart, end: H.claEnd, seen: H.claVisit, measure, asAt, calendar, &counts, &log)
        case .cpReviews:
            review(
                row, start: H.cpStart, end: H.cpEnd, last: H.cpReview, first: Interval(3, .months), measure, asAt,
                calendar, &counts, &log)
        case .claReviews:
            review(
                row, start: H.claStart, end: H.claEnd, last: H.claReview, first: Interval(20, .workingDays), measure,
                asAt, calendar, &counts, &log)
        case .healthAssessments:
            guard isOpen(row, start: H.claStart, end: H.claEnd, asAt: asAt, log: &log) else { return }
            counts.population += 1
            var applicable = standard
            if let underFive = measure.standardUnderFive, let ageText = row.reader.text(H.age.name),
                let age = Int(ageText), age < 5
            {
                applicable = underFive
            }
            guard let last = row.date(H.claHealth, log: &log), last <= asAt else {
                counts.noDate += 1
                return
            }
            if applicable.contains(asAt, after: last, calendar: calendar) { counts.within += 1 }
        }
    }

    /// Whether the case was open on the as-at date: started on or before it, not ended before it.
    static func isOpen(
        _ row: ChildRow, start: CSVTable.Column, end: CSVTable.Column, asAt: CalendarDate, log: inout DiagnosticLog
    ) -> Bool {
        guard let started = row.date(start, log: &log), started <= asAt else { return false }
        if let ended = row.date(end, log: &log), ended <= asAt { return false }
        return true
    }

    /// Open cases seen within the standard as at the date.
    static func visit(
        _ row: ChildRow, start: CSVTable.Column, end: CSVTable.Column, seen: CSVTable.Column,
        _ measure: TimelinessMeasure, _ asAt: CalendarDate, _ calendar: WorkingDayCalendar,
        _ counts: inout TimelinessResult.Counts, _ log: inout DiagnosticLog
    ) {
        guard isOpen(row, start: start, end: end, asAt: asAt, log: &log) else { return }
        counts.population += 1
        guard let last = row.date(seen, log: &log), last <= asAt else {
            counts.noDate += 1
            return
        }
        if measure.standard.contains(asAt, after: last, calendar: calendar) { counts.within += 1 }
    }

    /// Open cases whose next review is not yet overdue: the first review is due `first` after
    /// the start, later ones the standard after the latest review.
    static func review(
        _ row: ChildRow, start: CSVTable.Column, end: CSVTable.Column, last: CSVTable.Column, first: Interval,
        _ measure: TimelinessMeasure, _ asAt: CalendarDate, _ calendar: WorkingDayCalendar,
        _ counts: inout TimelinessResult.Counts, _ log: inout DiagnosticLog
    ) {
        guard let started = row.date(start, log: &log), started <= asAt else { return }
        if let ended = row.date(end, log: &log), ended <= asAt { return }
        counts.population += 1
        if let latest = row.date(last, log: &log), latest <= asAt {
            if measure.standard.contains(asAt, after: latest, calendar: calendar) { counts.within += 1 }
        } else if (measure.standardUnderFive ?? first).contains(asAt, after: started, calendar: calendar) {
            counts.within += 1
        }
    }
}
