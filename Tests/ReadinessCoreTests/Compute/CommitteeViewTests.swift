import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// What a committee reads: changes since its last meeting, lateness kept once done, and which
/// recommendations need immediate attention today. As at Friday 20 November 2026; the committee
/// last met on Thursday 17 September 2026. Expected values worked out by hand.
@Suite("Committee view")
struct CommitteeViewTests {
    static func date(_ text: String) -> CalendarDate { WorkingDayTests.date(text) }
    static let here = SourceLocation(file: "f", line: 1, column: 1)
    static let asAt = date("2026-11-20")
    static let committee = Committee(
        id: "c", name: "Scrutiny", meetings: [date("2026-07-16"), date("2026-09-17"), date("2026-11-26")],
        location: here)

    static func record(_ d: String, _ score: Int) -> ProgressRecord {
        ProgressRecord(recommendation: "R1", date: date(d), score: score, direction: nil, location: here)
    }

    static func action(
        _ id: String = "A1", status: ActionStatus, due: String = "2026-06-30", completed: String? = nil,
        updated: String? = nil
    ) -> Action {
        Action(
            id: id, recommendation: "R1", description: "d", owner: "o", originalDue: date(due), revisedDue: [],
            status: status, score: nil, direction: nil, update: nil, updateDate: updated.map(date),
            completed: completed.map(date), evidence: [], location: here)
    }

    /// A theme with one recommendation, its actions and score history.
    static func summary(
        priority: RecommendationPriority = .immediate, actions: [Action], scores: [ProgressRecord] = [],
        followUps: [FollowUpAssessment] = [], audits: [AuditAssessment] = []
    ) -> ThemeSummary {
        let assessed = actions.map { ActionAssessment($0, asAt: asAt) }
        return ThemeSummary(
            theme: Theme(
                id: "t", framework: "f", name: "Theme", shortName: "Theme", summary: nil, serviceAreas: [],
                location: here),
            recommendations: [
                Recommendation(
                    reference: "R1", inspection: "i", theme: "t", text: "r", priority: priority, location: here)
            ],
            actionsByRecommendation: assessed.isEmpty ? [:] : ["R1": assessed], actions: assessed,
            progress: ["R1": RecommendationProgress("R1", records: scores, asAt: asAt)], audits: audits,
            followUps: followUps, caseloads: CaseloadSummary([], serviceAreas: nil), timeliness: [], indicators: [],
            latestJudgement: nil)
    }

    // MARK: Changes since the last meeting

    @Test(
        "a score change is news only when dated after the meeting, and is told against the score at it",
        arguments: [
            ([record("2026-07-16", 4), record("2026-09-17", 3)], nil as String?),  // reported at the meeting
            (
                [record("2026-07-16", 4), record("2026-09-17", 3), record("2026-10-20", 2)],
                "better: 3 to 2 since the meeting on 17 September 2026"
            ),
            (
                [record("2026-07-16", 2), record("2026-10-01", 3)],
                "worse: 2 to 3 since the meeting on 17 September 2026"
            ),
            ([record("2026-09-17", 3), record("2026-10-20", 3)], nil),  // the same score again
            ([record("2026-10-20", 4)], "first scored 4 on 20 October 2026"),
            ([record("2026-09-17", 3), record("2026-11-26", 1)], nil),  // after the as-at date
        ])
    func scoreChanges(_ scores: [ProgressRecord], _ expected: String?) {
        let changes = ChangesSinceMeeting(
            Self.summary(actions: [], scores: scores), committee: Self.committee, asAt: Self.asAt)
        #expect(changes.meeting == Self.date("2026-09-17"))
        #expect(changes.scoreChanges.first?.description == expected)
        #expect(changes.scoreChanges.count == (expected == nil ? 0 : 1))
    }

    @Test(
        "an action counts as completed since the meeting by its Completed date, else its update date",
        arguments: [
            (ActionStatus.complete, "2026-09-17" as String?, "2026-10-01" as String?, false),  // on the meeting day
            (.complete, "2026-09-18", nil, true),
            (.complete, "2026-09-10", "2026-10-05", false),  // updated later, but done before the meeting
            (.complete, nil, "2026-10-05", true),  // no completed date: the update date stands in
            (.complete, nil, "2026-09-17", false),
            (.inProgress, nil, "2026-10-05", false),
        ])
    func completedSince(_ status: ActionStatus, _ completed: String?, _ updated: String?, _ expected: Bool) {
        let summary = Self.summary(
            actions: [Self.action(status: status, due: "2026-12-31", completed: completed, updated: updated)])
        let changes = ChangesSinceMeeting(summary, committee: Self.committee, asAt: Self.asAt)
        #expect(changes.completed.map(\.action.id) == (expected ? ["A1"] : []))
    }

    @Test(
        "follow-ups done and audits reported count when strictly after the meeting",
        arguments: [("2026-09-17", false), ("2026-09-18", true), ("2026-09-16", false)])
    func followUpsAndAudits(_ when: String, _ expected: Bool) {
        let followUp = FollowUpAssessment(
            WorkingDayDefinitionTests.followUp(
                meeting: "2026-07-16", due: Interval(2, .months), status: .complete, completed: when),
            committees: [], calendar: WorkingDayTests.shipped, asAt: Self.asAt)
        let audit = AuditAssessment(
            IndicatorTests.audit(audited: (0, 1, 0, 0), moderated: nil, agreed: nil, due: "2026-09-17", reported: when),
            asAt: Self.asAt, dueSoonDays: 28)
        let changes = ChangesSinceMeeting(
            Self.summary(actions: [], followUps: [followUp], audits: [audit]), committee: Self.committee,
            asAt: Self.asAt)
        #expect(changes.followUpsCompleted.count == (expected ? 1 : 0))
        #expect(changes.auditsReported.count == (expected ? 1 : 0))
    }

    // MARK: Lateness once done

    @Test(
        "an action completed after its due date stays late, by so many days",
        arguments: [
            (ActionStatus.complete, "2026-07-12" as String?, 12 as Int?),
            (.complete, "2026-06-30", nil),  // on the due date
            (.complete, "2026-05-01", nil),
            (.complete, nil, nil),  // no completed date: lateness unknown, not guessed from the update date
            (.inProgress, nil, nil),
        ])
    func actionLate(_ status: ActionStatus, _ completed: String?, _ days: Int?) {
        let a = ActionAssessment(
            Self.action(status: status, due: "2026-06-30", completed: completed, updated: "2026-10-01"),
            asAt: Self.asAt)
        #expect(a.daysLate == days)
    }

    @Test(
        "a follow-up done after it was due stays late",
        arguments: [
            (FollowUpDue.date(date("2026-09-01")), "2026-06-11", "2026-09-10", 9 as Int?, "Completed late"),
            (.date(date("2026-09-01")), "2026-06-11", "2026-09-01", nil, "Complete"),
            // 10 working days from Thursday 10 December 2026: due Thursday 24 December; done Monday
            // 28th (a bank holiday) is on time, Tuesday 29th is 5 days late.
            (.after(Interval(10, .workingDays)), "2026-12-10", "2026-12-28", nil, "Complete"),
            (.after(Interval(10, .workingDays)), "2026-12-10", "2026-12-29", 5, "Completed late"),
        ])
    func followUpLate(_ due: FollowUpDue, _ meeting: String, _ completed: String, _ days: Int?, _ label: String) {
        let followUp = FollowUp(
            id: "F", committee: "c", meetingDate: Self.date(meeting), minute: nil, resolution: "r", kind: .reportBack,
            due: due, owner: "o", status: .complete, theme: nil, completed: Self.date(completed), location: Self.here)
        let a = FollowUpAssessment(
            followUp, committees: [], calendar: WorkingDayTests.shipped, asAt: Self.date("2027-01-31"))
        #expect(a.daysLate == days)
        #expect(a.statusLabel == label)
    }

    @Test(
        "an audit reported to committee after its report was due stays late",
        arguments: [
            ("2026-09-17" as String?, 63 as Int?), ("2026-07-16", nil), ("2026-07-01", nil), (nil, nil),
        ])
    func auditLate(_ reported: String?, _ days: Int?) {
        let a = AuditAssessment(
            IndicatorTests.audit(
                audited: (0, 1, 0, 0), moderated: nil, agreed: nil, due: "2026-07-16", reported: reported),
            asAt: Self.asAt, dueSoonDays: 28)
        #expect(a.reportDaysLate == days)
    }

    // MARK: Priority and state

    @Test(
        "immediate attention is Ofsted's priority less what is achieved; an unplanned one is flagged",
        arguments: [
            // priority, latest score, action statuses (due 30 June, so open ones are overdue),
            // needs immediate attention now, readiness
            (
                RecommendationPriority.immediate, 1 as Int?, [ActionStatus.inProgress], false,
                ReadinessStatus.needsAttention
            ),
            (.immediate, 3, [.complete, .complete], false, .onTrack),
            (.immediate, 3, [.complete, .inProgress], true, .needsImmediateAttention),
            (.immediate, nil, [], true, .needsImmediateAttention),
            (.immediate, 1, [], false, .noPlan),
            (.high, 4, [.inProgress], false, .needsAttention),
        ])
    func immediate(
        _ priority: RecommendationPriority, _ score: Int?, _ statuses: [ActionStatus], _ needs: Bool,
        _ readiness: ReadinessStatus
    ) {
        let actions = statuses.enumerated().map {
            Self.action("A\($0.offset)", status: $0.element, updated: "2026-10-01")
        }
        let summary = Self.summary(
            priority: priority, actions: actions, scores: score.map { [Self.record("2026-09-17", $0)] } ?? [])
        #expect(summary.needsImmediateAttention(summary.recommendations[0]) == needs)
        #expect(summary.immediateCount == (needs ? 1 : 0))
        #expect(summary.readiness.status == readiness)
        let flagged = summary.readiness.reasons.contains("immediate-attention recommendation R1 has no actions")
        #expect(flagged == (needs && statuses.isEmpty))
    }
}

extension CommitteeViewTests {
    @Test("the sentences say when something was done late")
    func lateInSentences() {
        let summary = Self.summary(actions: [
            Self.action("A1", status: .complete, due: "2026-09-20", completed: "2026-10-02"),
            Self.action("A2", status: .complete, due: "2026-12-01", completed: "2026-10-02"),
        ])
        let sentences = ChangesSinceMeeting(summary, committee: Self.committee, asAt: Self.asAt).sentences
        #expect(sentences == ["2 actions completed: A1 (12 days late), A2."])
    }
}
