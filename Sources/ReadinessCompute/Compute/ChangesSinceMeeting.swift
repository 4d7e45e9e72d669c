import ReadinessModel

/// What changed in a theme since the reporting committee last met, for the section committee
/// members read first.
public struct ChangesSinceMeeting: Sendable {
    /// The committee and the date of its last meeting before the as-at date, if any.
    public let committee: Committee?
    public let meeting: CalendarDate?
    /// Recommendations whose latest score is dated after the meeting and differs from the score
    /// in force at the meeting (or is the first score).
    public let scoreChanges: [(reference: String, description: String)]
    /// Actions whose due date fell between the meeting and the as-at date and are not complete.
    public let newlyOverdue: [ActionAssessment]
    /// Actions complete with a `Completed date` after the meeting (the update date when that
    /// row has no completed date).
    public let completed: [ActionAssessment]
    /// Follow-ups completed after the meeting.
    public let followUpsCompleted: [FollowUpAssessment]
    /// Follow-ups the meeting itself resolved.
    public let followUpsRaised: [FollowUpAssessment]
    /// Audits reported to committee after the meeting.
    public let auditsReported: [AuditAssessment]

    /// Works out the changes for one theme.
    public init(_ summary: ThemeSummary, committee: Committee?, asAt: CalendarDate) {
        self.committee = committee
        let meeting = committee?.meetings.last { $0 < asAt }
        self.meeting = meeting
        guard let meeting else {
            scoreChanges = []
            newlyOverdue = []
            completed = []
            followUpsCompleted = []
            followUpsRaised = []
            auditsReported = []
            return
        }
        scoreChanges = summary.recommendations.compactMap { rec in
            guard let progress = summary.progress[rec.reference],
                let description = ChangesSinceMeeting.scoreChange(progress, since: meeting)
            else { return nil }
            return (rec.reference, description)
        }
        newlyOverdue = summary.actions.filter {
            $0.rating == .overdue && $0.action.currentDue >= meeting
        }
        completed = summary.actions.filter {
            $0.rating == .complete && (($0.action.completed ?? $0.action.updateDate).map { $0 > meeting } ?? false)
        }
        followUpsCompleted = summary.followUps.filter { ($0.followUp.completed.map { $0 > meeting } ?? false) }
        followUpsRaised = summary.followUps.filter { $0.followUp.meetingDate == meeting }
        auditsReported = summary.audits.filter {
            if case .reported(let when) = $0.report { return when > meeting }
            return false
        }
    }

    /// How a recommendation's score changed after a meeting, in words; nil when no score is
    /// dated after the meeting or the latest equals the score in force at the meeting.
    static func scoreChange(_ progress: RecommendationProgress, since meeting: CalendarDate) -> String? {
        guard let latest = progress.latest, latest.date > meeting else { return nil }
        guard let before = progress.history.last(where: { $0.date <= meeting }) else {
            return "first scored \(latest.score) on \(latest.date.long)"
        }
        let since = "since the meeting on \(meeting.long)"
        if latest.score < before.score { return "better: \(before.score) to \(latest.score) \(since)" }
        if latest.score > before.score { return "worse: \(before.score) to \(latest.score) \(since)" }
        return nil
    }

    /// The changes as sentences.
    public var sentences: [String] {
        var out: [String] = []
        for change in scoreChanges { out.append("Recommendation \(change.reference): \(change.description).") }
        if !newlyOverdue.isEmpty {
            out.append(
                "\(count(newlyOverdue.count, "action")) became overdue: "
                    + newlyOverdue.map { "\($0.action.id) (due \($0.action.currentDue.long))" }.joined(separator: ", ")
                    + ".")
        }
        if !completed.isEmpty {
            out.append(
                "\(count(completed.count, "action")) completed: "
                    + completed.map { $0.action.id + late($0.daysLate) }.joined(separator: ", ")
                    + ".")
        }
        if !followUpsRaised.isEmpty {
            out.append(
                "The meeting asked for \(count(followUpsRaised.count, "follow-up")): "
                    + followUpsRaised.map(\.followUp.id).joined(separator: ", ") + ".")
        }
        if !followUpsCompleted.isEmpty {
            out.append(
                "\(count(followUpsCompleted.count, "follow-up")) done: "
                    + followUpsCompleted.map { $0.followUp.id + late($0.daysLate) }.joined(separator: ", ") + ".")
        }
        if !auditsReported.isEmpty {
            out.append(
                "\(count(auditsReported.count, "audit")) reported to committee: "
                    + auditsReported.map { $0.audit.id + late($0.reportDaysLate) }.joined(separator: ", ") + ".")
        }
        return out
    }

    /// " (12 days late)" when done late; nothing otherwise.
    private func late(_ days: Int?) -> String {
        days.map { " (\(count($0, "day")) late)" } ?? ""
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}

extension ChangesSinceMeeting {
    /// What each item of the list is and when it is listed: docs/indicators.md's "What changed
    /// since the last committee" table.
    package static let figures: [FigureDefinition] = [
        .init(
            "score change",
            #"the latest score is dated after the meeting and differs from the score in force at the meeting (the last one dated on or before it), e.g. "better: 3 to 2 since the meeting on 17 September 2026"; a first score after the meeting reads "first scored 4 on 20 October 2026". A score dated on the meeting day was reported at it and is not news."#,
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "action became overdue",
            "not complete, overdue, and its due date in force is on or after the meeting date (it became overdue the day after that date)",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "action completed",
            "complete and its `Completed date` is after the meeting; for a row with no `Completed date`, its `Update date` is used instead",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "follow-up raised", "resolved at the meeting", settings: ["reporting_committee"],
            templates: ["theme.changes.list"]),
        .init(
            "follow-up done", "its `Completed date` is after the meeting", settings: ["reporting_committee"],
            templates: ["theme.changes.list"]),
        .init(
            "audit reported", "its `Reported` date is after the meeting", settings: ["reporting_committee"],
            templates: ["theme.changes.list"]),
    ]
}
