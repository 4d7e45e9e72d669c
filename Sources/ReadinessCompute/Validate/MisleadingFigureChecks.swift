import ReadinessModel

/// Warnings about data that would make a published figure mislead: a caseload with no one to
/// hold the cases, a report due on a day its committee does not meet, an urgent recommendation
/// with no plan.
enum MisleadingFigureChecks {
    /// Runs every check.
    static func check(
        _ data: ReadinessData, asAt: CalendarDate, folded: inout FoldedConsequences, log: inout DiagnosticLog
    ) {
        caseHolders(data, log: &log)
        meetingDates(data, log: &log)
        unplannedImmediate(data, asAt: asAt, folded: &folded, log: &log)
    }

    /// A team with children allocated but no case-holding FTE: its caseload is `z` and its
    /// children vanish from the per-worker figure.
    static func caseHolders(_ data: ReadinessData, log: inout DiagnosticLog) {
        for row in data.caseloads where row.childrenAllocated > 0 && row.caseHoldingFTE == 0 {
            log.warning(
                "team '\(row.team)' has \(row.childrenAllocated) children allocated in \(row.month.long) but no case-holding FTE",
                at: row.location,
                hint: "record who holds these cases; with zero FTE the caseload is shown as 'z' (not applicable)")
        }
    }

    /// Reports back to committee (not withdrawn) due on a day their committee does not meet, and
    /// audit reports due on a day no committee meets: "overdue" and "late" would then count days
    /// when nothing could have been reported.
    static func meetingDates(_ data: ReadinessData, log: inout DiagnosticLog) {
        for followUp in data.followUps where followUp.kind == .reportBack && followUp.status != .withdrawn {
            if case .nextMeeting = followUp.due { continue }
            guard let committee = data.committees.first(where: { $0.id == followUp.committee }),
                let due = FollowUpSchedule.dueDate(followUp, committees: data.committees, calendar: data.calendar)
            else { continue }
            warnIfNotMeeting(
                due, committee: committee, what: "follow-up \(followUp.id)", at: followUp.location,
                log: &log)
        }
        // audits.csv names no committee: a report may go to any committee in committees.yaml.
        let meetings = data.committees.flatMap { c in c.meetings.map { (date: $0, committee: c) } }
        for audit in data.audits {
            guard let due = audit.reportDue, !meetings.isEmpty, !meetings.contains(where: { $0.date == due }),
                let nearest = nearestMeeting(to: due, in: meetings.map(\.date)),
                let committee = meetings.first(where: { $0.date == nearest })?.committee
            else { continue }
            log.warning(
                "audit \(audit.id)'s report is due \(due.long), when no committee meets; the nearest meeting is \(committee.name) on \(nearest.long)",
                at: audit.location,
                hint: "set 'Report due' to a meeting date in committees.yaml, so 'late' means the meeting was missed")
        }
    }

    static func warnIfNotMeeting(
        _ due: CalendarDate, committee: Committee, what: String, at location: SourceLocation,
        log: inout DiagnosticLog
    ) {
        guard !committee.meetings.isEmpty, !committee.meetings.contains(due) else { return }
        guard let nearest = nearestMeeting(to: due, in: committee.meetings) else { return }
        log.warning(
            "\(what) is due \(due.long), when \(committee.name) does not meet; the nearest meeting is \(nearest.long)",
            at: location,
            hint: "set the due date to a meeting date in committees.yaml (or 'next meeting'), so 'overdue' means missed"
        )
    }

    /// The meeting closest to a date; the later one when two are equally close.
    static func nearestMeeting(to date: CalendarDate, in meetings: [CalendarDate]) -> CalendarDate? {
        meetings.min {
            let a = abs(date.days(until: $0))
            let b = abs(date.days(until: $1))
            return a != b ? a < b : $0 > $1
        }
    }

    /// An immediate-attention recommendation, not yet achieved, with no action to answer it.
    /// An action dropped because of an error may be the plan: that is folded under its cause.
    static func unplannedImmediate(
        _ data: ReadinessData, asAt: CalendarDate, folded: inout FoldedConsequences, log: inout DiagnosticLog
    ) {
        let planned = Set(data.actions.map(\.recommendation))
        for rec in data.recommendations where rec.priority == .immediate && !planned.contains(rec.reference) {
            let progress = RecommendationProgress(rec.reference, records: data.progress, asAt: asAt)
            if progress.latest?.score == 1 { continue }
            if folded.fold(
                FoldedConsequences.Phrase(
                    "recommendation needing immediate attention has no actions but those that did not load",
                    "recommendations needing immediate attention have no actions but those that did not load"),
                at: rec.location, naming: rec.reference, of: .actionRecommendation, severity: .warning)
            {
                continue
            }
            log.warning(
                "recommendation \(rec.reference) needs immediate attention but has no actions", at: rec.location,
                hint: "add its actions to actions.csv; until then its theme shows as needing immediate attention")
        }
    }
}
