import ReadinessModel

/// What changed in a theme since the reporting committee last met, for the section committee
/// members read first.
public struct ChangesSinceMeeting: Sendable {
    /// What the changes were worked out from.
    public enum Basis: Sendable, Equatable {
        /// The data as it stood at the meeting, compared with the data now.
        case snapshot(Snapshot.Source)
        /// No snapshot of the meeting: the dates in the data now (completed, reported, due).
        case dates
    }

    /// The committee and the date of its last meeting before the as-at date, if any.
    public let committee: Committee?
    public let meeting: CalendarDate?
    public let basis: Basis
    /// Recommendations whose score changed since the meeting, in words.
    public let scoreChanges: [(reference: String, description: String)]
    /// Recommendations whose direction of travel changed (with a snapshot only).
    public let directionChanges: [(reference: String, description: String)]
    /// Actions in the plan now that the snapshot did not have.
    public let added: [ActionAssessment]
    /// Actions overdue now that were not overdue at the meeting.
    public let newlyOverdue: [ActionAssessment]
    /// Actions complete now that were not at the meeting.
    public let completed: [ActionAssessment]
    /// Actions whose due date in force moved since the meeting, with the date before.
    public let dueMoved: [(action: ActionAssessment, before: CalendarDate)]
    /// Follow-ups completed since the meeting.
    public let followUpsCompleted: [FollowUpAssessment]
    /// Follow-ups raised since: resolved at the meeting (or, with a snapshot, added since).
    public let followUpsRaised: [FollowUpAssessment]
    /// Audits reported to committee since the meeting.
    public let auditsReported: [AuditAssessment]
    /// Teams whose caseload per FTE crossed the threshold (`caseloads.threshold`) between the
    /// last month before the meeting and the latest month, with both figures; empty unless asked
    /// for (an internal build: a public one shows team caseloads only after disclosure control).
    public var caseloadCrossings: [CaseloadCrossing] = []

    /// A team's caseload per FTE on either side of the threshold, before the meeting and now.
    public struct CaseloadCrossing: Sendable, Equatable {
        public var team: String
        public var before: (month: CalendarMonth, caseload: Double)
        public var after: (month: CalendarMonth, caseload: Double)
        public var threshold: Double

        public static func == (a: Self, b: Self) -> Bool {
            a.team == b.team && a.before == b.before && a.after == b.after && a.threshold == b.threshold
        }

        /// Each team of `caseloads` whose caseload was on the other side of the threshold in the
        /// last month before the meeting's month than in the latest month.
        public static func all(_ caseloads: CaseloadSummary, meeting: CalendarDate) -> [CaseloadCrossing] {
            guard let latest = caseloads.month else { return [] }
            let meetingMonth = CalendarMonth(year: meeting.year, month: meeting.month)
            return caseloads.teams.compactMap { team in
                guard let month = team.months.map(\.month).filter({ $0 < meetingMonth }).max(),
                    month < latest, let before = caseloads.caseload(team, month),
                    let after = caseloads.caseload(team, latest),
                    (before > caseloads.rules.threshold) != (after > caseloads.rules.threshold)
                else { return nil }
                return CaseloadCrossing(
                    team: team.team, before: (month, before), after: (latest, after),
                    threshold: caseloads.rules.threshold)
            }
        }
    }

    /// Works out the changes for one theme: against the snapshot of the meeting when there is
    /// one, from the dates in the data otherwise.
    public init(
        _ summary: ThemeSummary, committee: Committee?, asAt: CalendarDate, history: SnapshotHistory = .init(),
        rules: RAGRules = RAGRules()
    ) {
        self.committee = committee
        let meeting = committee?.meetings.last { $0 < asAt }
        self.meeting = meeting
        let snapshot = meeting.flatMap { history.snapshot(at: $0) }
        guard let meeting else {
            basis = .dates
            scoreChanges = []
            directionChanges = []
            added = []
            newlyOverdue = []
            completed = []
            dueMoved = []
            followUpsCompleted = []
            followUpsRaised = []
            auditsReported = []
            return
        }
        guard let snapshot else {
            basis = .dates
            scoreChanges = summary.recommendations.compactMap { rec in
                guard let progress = summary.progress[rec.reference],
                    let description = ChangesSinceMeeting.scoreChange(progress, since: meeting)
                else { return nil }
                return (rec.reference, description)
            }
            directionChanges = []
            added = []
            newlyOverdue = summary.actions.filter {
                $0.rating == .overdue && $0.action.currentDue >= meeting
            }
            completed = summary.actions.filter {
                $0.rating == .complete
                    && (($0.action.completed ?? $0.action.updateDate).map { $0 > meeting } ?? false)
            }
            dueMoved = []
            followUpsCompleted = summary.followUps.filter { ($0.followUp.completed.map { $0 > meeting } ?? false) }
            followUpsRaised = summary.followUps.filter { $0.followUp.meetingDate == meeting }
            auditsReported = summary.audits.filter {
                if case .reported(let when) = $0.report { return when > meeting }
                return false
            }
            return
        }
        basis = .snapshot(snapshot.source)
        let since = "since the meeting on \(meeting.long)"
        let before = PlanHistory.scores(in: snapshot)
        var scoreChanges: [(String, String)] = []
        var directionChanges: [(String, String)] = []
        for rec in summary.recommendations {
            guard let now = summary.progress[rec.reference]?.latest else { continue }
            guard let then = before[rec.reference] else {
                scoreChanges.append((rec.reference, "first scored \(now.score) \(since)"))
                continue
            }
            if now.score < then.score {
                scoreChanges.append((rec.reference, "better: \(then.score) to \(now.score) \(since)"))
            } else if now.score > then.score {
                scoreChanges.append((rec.reference, "worse: \(then.score) to \(now.score) \(since)"))
            }
            if let direction = now.direction, let was = then.direction, direction != was {
                directionChanges.append(
                    (rec.reference, "direction of travel from \(was.label) to \(direction.label)"))
            }
        }
        self.scoreChanges = scoreChanges
        self.directionChanges = directionChanges
        var then: [String: ActionAssessment] = [:]
        for action in snapshot.actions { then[action.id] = ActionAssessment(action, asAt: meeting, rules: rules) }
        added = summary.actions.filter { then[$0.action.id] == nil }
        newlyOverdue = summary.actions.filter { $0.rating == .overdue && then[$0.action.id]?.rating != .overdue }
        // An action added since that was already complete when added was not completed since.
        completed = summary.actions.filter { now in
            guard now.rating == .complete else { return false }
            guard let was = then[now.action.id] else { return now.action.completed.map { $0 > meeting } ?? true }
            return was.rating != .complete
        }
        dueMoved = summary.actions.compactMap { now in
            guard let was = then[now.action.id], was.action.currentDue != now.action.currentDue else { return nil }
            return (now, was.action.currentDue)
        }
        var followUpsThen: [String: FollowUp] = [:]
        for followUp in snapshot.followUps { followUpsThen[followUp.id] = followUp }
        followUpsRaised = summary.followUps.filter { followUpsThen[$0.followUp.id] == nil }
        followUpsCompleted = summary.followUps.filter {
            $0.followUp.status == .complete && followUpsThen[$0.followUp.id]?.status != .complete
        }
        var reportedThen: [String: Bool] = [:]
        for audit in snapshot.audits { reportedThen[audit.id] = audit.reported.map { $0 <= meeting } ?? false }
        auditsReported = summary.audits.filter {
            guard case .reported = $0.report else { return false }
            return reportedThen[$0.audit.id] != true
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
        for change in directionChanges { out.append("Recommendation \(change.reference): \(change.description).") }
        if !added.isEmpty {
            out.append(
                "\(count(added.count, "action")) added: " + added.map(\.action.id).joined(separator: ", ") + ".")
        }
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
        if !dueMoved.isEmpty {
            out.append(
                "\(count(dueMoved.count, "due date")) moved: "
                    + dueMoved.map {
                        "\($0.action.action.id) from \($0.before.long) to \($0.action.action.currentDue.long)"
                    }
                    .joined(separator: ", ") + ".")
        }
        if !followUpsRaised.isEmpty {
            out.append(
                (basis == .dates
                    ? "The meeting asked for \(count(followUpsRaised.count, "follow-up")): "
                    : "\(count(followUpsRaised.count, "follow-up")) raised: ")
                    + followUpsRaised.map {
                        $0.followUp.id + ($0.followUp.status == .withdrawn ? " (since withdrawn)" : "")
                    }
                    .joined(separator: ", ") + ".")
        }
        if !followUpsCompleted.isEmpty {
            out.append(
                "\(count(followUpsCompleted.count, "follow-up")) done: "
                    + followUpsCompleted.map { $0.followUp.id + late($0.daysLate) }.joined(separator: ", ") + ".")
        }
        for crossing in caseloadCrossings {
            let went =
                crossing.after.caseload > crossing.threshold
                ? "went above \(NumberFormat.decimal(crossing.threshold, places: 0)) children per FTE"
                : "came down to \(NumberFormat.decimal(crossing.threshold, places: 0)) children per FTE or fewer"
            out.append(
                "\(crossing.team)'s caseload \(went): \(NumberFormat.decimal(crossing.before.caseload, places: 1)) in \(crossing.before.month.long), \(NumberFormat.decimal(crossing.after.caseload, places: 1)) in \(crossing.after.month.long)."
            )
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

    private func count(_ n: Int, _ noun: String) -> String { Plural(noun, noun + "s").count(n) }
}

extension ChangesSinceMeeting {
    /// What each item of the list is and when it is listed: docs/indicators.md's "What changed
    /// since the last committee" table.
    package static let figures: [FigureDefinition] = [
        .init(
            "score change",
            #"with a snapshot of the meeting: the score now (the latest dated on or before the as-at date) differs from the score in the snapshot, e.g. "better: 3 to 2 since the meeting on 17 September 2026", or the snapshot had none ("first scored 4 since ..."). Without one: the latest score is dated after the meeting and differs from the last one dated on or before it. A score dated on the meeting day was reported at it and is not news."#,
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "direction changed", "with a snapshot only: the direction of travel now differs from the snapshot's",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "action added", "with a snapshot only: an action in actions.csv now that the snapshot did not have",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "action became overdue",
            "overdue now and, with a snapshot, not overdue as at the meeting date under the snapshot's data (or not in it); without one, its due date in force is on or after the meeting date",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "action completed",
            #"complete now and, with a snapshot, not complete in it (or not in it and completed after the meeting, or with no `Completed date`); without one, its `Completed date` (or, with none, its `Update date`) is after the meeting. "(12 days late)" when its `Completed date` is after its due date in force"#,
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "due date moved",
            "with a snapshot only: its due date in force now differs from the snapshot's, shown from and to",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "follow-up raised",
            "with a snapshot: in follow-ups.csv now and not in the snapshot (\"since withdrawn\" when its status is now withdrawn); without one: resolved at the meeting",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "follow-up done",
            "with a snapshot: complete now and not complete in the snapshot; without one: its `Completed date` is after the meeting",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "caseload crossed the threshold",
            "internal builds only: a team of the theme's service areas whose caseload per FTE (children allocated ÷ case-holding FTE) was on the other side of `caseloads.threshold` in the last month of caseloads.csv before the meeting's month than in the latest month, with both figures (a public build shows team caseloads only in its protected tables)",
            settings: ["caseloads.threshold", "reporting_committee"], templates: ["theme.changes.list"]),
        .init(
            "audit reported",
            "with a snapshot: reported now and not reported by the meeting in the snapshot; without one: its `Reported` date is after the meeting",
            settings: ["reporting_committee"], templates: ["theme.changes.list"]),
    ]
}
