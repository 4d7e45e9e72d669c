/// What changed in a theme since the reporting committee last met, for the section committee
/// members read first.
public struct ChangesSinceMeeting: Sendable {
    /// The committee and the date of its last meeting before the as-at date, if any.
    public let committee: Committee?
    public let meeting: CalendarDate?
    /// Recommendations whose latest score differs from the one before.
    public let scoreChanges: [(reference: String, description: String)]
    /// Actions whose due date fell between the meeting and the as-at date and are not complete.
    public let newlyOverdue: [ActionAssessment]
    /// Actions complete with an update dated on or after the meeting.
    public let completed: [ActionAssessment]
    /// Follow-ups completed on or after the meeting.
    public let followUpsCompleted: [FollowUpAssessment]
    /// Follow-ups the meeting itself resolved.
    public let followUpsRaised: [FollowUpAssessment]
    /// Audits reported to committee on or after the meeting.
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
            guard let progress = summary.progress[rec.reference], let change = progress.change, change != 0 else {
                return nil
            }
            return (rec.reference, progress.changeDescription)
        }
        newlyOverdue = summary.actions.filter {
            $0.rating == .overdue && $0.action.currentDue >= meeting
        }
        completed = summary.actions.filter {
            $0.rating == .complete && ($0.action.updateDate.map { $0 >= meeting } ?? false)
        }
        followUpsCompleted = summary.followUps.filter { ($0.followUp.completed.map { $0 >= meeting } ?? false) }
        followUpsRaised = summary.followUps.filter { $0.followUp.meetingDate == meeting }
        auditsReported = summary.audits.filter {
            if case .reported(let when) = $0.report { return when >= meeting }
            return false
        }
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
                "\(count(completed.count, "action")) completed: " + completed.map(\.action.id).joined(separator: ", ")
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
                    + followUpsCompleted.map(\.followUp.id).joined(separator: ", ") + ".")
        }
        if !auditsReported.isEmpty {
            out.append(
                "\(count(auditsReported.count, "audit")) reported to committee: "
                    + auditsReported.map(\.audit.id).joined(separator: ", ") + ".")
        }
        return out
    }

    private func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
