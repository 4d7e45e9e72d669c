import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Each figure against values worked out by hand (docs/indicators.md gives the definitions).
@Suite("Indicators")
struct IndicatorTests {
    static let here = SourceLocation(file: "t", line: 1, column: 1)
    static func date(_ text: String) -> CalendarDate { WorkingDayTests.date(text) }

    // MARK: DfE workforce

    @Test("the DfE figures for England 2023 reproduce the published rates")
    func dfeEngland2023() {
        let england = WorkforceFigures(
            inPost: 33_119.1, leavers: 5_254.6, agency: 7_173.5, vacancies: 7_722.7, caseHolders: 21_111.4,
            cases: 337_055)
        #expect(england.turnoverRate.map { NumberFormat.decimal($0 * 100) } == "15.9")
        #expect(england.agencyRate.map { NumberFormat.decimal($0 * 100) } == "17.8")
        #expect(england.vacancyRate.map { NumberFormat.decimal($0 * 100) } == "18.9")
        #expect(england.caseload.map { NumberFormat.decimal($0) } == "16.0")
    }

    @Test("zero or missing denominators give no figure, never a division by zero")
    func zeroFTE() {
        let none = WorkforceFigures(inPost: 0, leavers: 1, agency: 0, vacancies: 0, caseHolders: 0, cases: 12)
        #expect(none.caseload == nil)
        #expect(none.turnoverRate == nil)
        #expect(none.agencyRate == nil)
        #expect(
            WorkforceFigures(inPost: nil, leavers: nil, agency: 2, vacancies: nil, caseHolders: 1, cases: 0).agencyRate
                == nil)
        #expect(
            WorkforceFigures(inPost: 8, leavers: nil, agency: 2, vacancies: 1, caseHolders: 10, cases: 0).caseload == 0)
    }

    // MARK: Caseloads

    static func snapshot(
        _ month: String, _ team: String, children: Int, fte: Double, agency: Double? = nil,
        inPost: Double? = nil, vacancy: Double? = nil, leavers: Double? = nil
    ) -> CaseloadSnapshot {
        CaseloadSnapshot(
            month: CalendarMonth.parse(month)!, team: team, serviceArea: "Help and protection",
            childrenAllocated: children,
            caseHoldingFTE: fte, inPostFTE: inPost, agencyFTE: agency, vacancyFTE: vacancy, leaversFTE: leavers,
            location: Self.here)
    }

    @Test("month-on-month change, 3-month mean, threshold and swings, across a year end")
    func caseloadTrend() throws {
        var rules = CaseloadRules()
        rules.threshold = 20
        rules.swing = 40
        let summary = CaseloadSummary(
            [
                Self.snapshot("2026-10", "A", children: 180, fte: 10),  // 18.0
                Self.snapshot("2026-11", "A", children: 200, fte: 10),  // 20.0, +20 children
                Self.snapshot("2026-12", "A", children: 150, fte: 12),  // 12.5, -50 children: a swing
                Self.snapshot("2027-01", "A", children: 252, fte: 12),  // 21.0, +102 children: a swing
                Self.snapshot("2026-12", "B", children: 90, fte: 0),  // zero FTE
            ], serviceAreas: nil, rules: rules)
        let a = try #require(summary.teams.first { $0.team == "A" })
        let b = try #require(summary.teams.first { $0.team == "B" })
        let dec = try #require(CalendarMonth.parse("2026-12"))
        let jan = try #require(CalendarMonth.parse("2027-01"))
        #expect(summary.month == jan)
        #expect(summary.caseload(a, dec) == 12.5)
        #expect(summary.monthOnMonth(a, dec) == -7.5)
        #expect(summary.monthOnMonth(a, jan) == 8.5)  // December to January
        #expect(summary.rollingMean(a, dec).map { NumberFormat.decimal($0) } == "16.8")  // (18 + 20 + 12.5) / 3
        #expect(summary.rollingMean(a, jan).map { NumberFormat.decimal($0) } == "17.8")  // (20 + 12.5 + 21) / 3
        #expect(summary.rollingMean(a, try #require(CalendarMonth.parse("2026-11"))) == nil)  // September missing
        #expect(summary.isAboveThreshold(a))  // 21.0 > 20
        #expect(summary.caseload(b, dec) == nil)
        #expect(!summary.isAboveThreshold(b))
        #expect(summary.swings.map { "\($0.team) \($0.month) \($0.change)" } == ["A 2026-12 -50", "A 2027-01 102"])
    }

    @Test("a caseload equal to the threshold is not above it; a gap month is no swing")
    func edges() throws {
        var rules = CaseloadRules()
        rules.threshold = 20
        rules.swing = 10
        let summary = CaseloadSummary(
            [
                Self.snapshot("2026-09", "A", children: 100, fte: 10),
                Self.snapshot("2026-11", "A", children: 200, fte: 10),
            ],
            serviceAreas: nil, rules: rules)
        let a = try #require(summary.teams.first)
        #expect(!summary.isAboveThreshold(a))
        #expect(summary.swings.isEmpty)
        #expect(summary.monthOnMonth(a, try #require(CalendarMonth.parse("2026-11"))) == nil)
    }

    @Test("an empty period: no caseload rows give no month and no figures")
    func noCaseloads() {
        let summary = CaseloadSummary([], serviceAreas: nil)
        #expect(summary.month == nil)
        #expect(summary.totals.caseload == nil)
        #expect(summary.swings.isEmpty)
        #expect(
            HTMLBlocks.caseloadTable(
                ProtectedCaseloads(summary, counts: PublishedCounts(policy: .none), scope: "all teams"), caption: "c"
            ).contains(
                "No caseload figures are recorded"))
    }

    @Test("team rates and turnover over 12 months of leavers")
    func rates() {
        var rows: [CaseloadSnapshot] = []
        for month in 1...12 {
            rows.append(
                Self.snapshot(
                    "2026-\(month < 10 ? "0" : "")\(month)", "A", children: 100, fte: 10, agency: 2, inPost: 8,
                    vacancy: 1,
                    leavers: 0.5))
        }
        let summary = CaseloadSummary(rows, serviceAreas: nil)
        let totals = summary.totals
        #expect(totals.agencyRate == 0.2)  // 2 / (2 + 8)
        #expect(totals.vacancyRate.map { NumberFormat.decimal($0 * 100) } == "11.1")  // 1 / (1 + 8)
        #expect(totals.turnoverRate == 0.75)  // 12 x 0.5 / 8
        let short = CaseloadSummary(Array(rows.dropFirst()), serviceAreas: nil)
        #expect(short.totals.turnoverRate == nil)  // only 11 months of leavers
    }

    // MARK: Audits

    static func audit(
        audited: (Int, Int, Int, Int), moderated: (Int, Int, Int, Int)?, agreed: Int?, due: String?,
        reported: String? = nil
    ) -> AuditOutcome {
        AuditOutcome(
            id: "AU", theme: "t", auditType: "Thematic", period: "Q1", casesAudited: 10,
            audited: GradeCounts(
                outstanding: audited.0, good: audited.1, requiresImprovement: audited.2, inadequate: audited.3),
            moderated: moderated.map {
                GradeCounts(outstanding: $0.0, good: $0.1, requiresImprovement: $0.2, inadequate: $0.3)
            }, keyLearning: nil, moderationAgreed: agreed, reportDue: due.map(date), reported: reported.map(date),
            location: Self.here)
    }

    @Test("good or better, agreement and net downgrade")
    func moderation() {
        let a = AuditAssessment(
            Self.audit(audited: (1, 5, 3, 1), moderated: (0, 4, 4, 2), agreed: 7, due: nil),
            asAt: Self.date("2026-11-20"),
            dueSoonDays: 28)
        #expect(a.auditedGoodOrBetter == 0.6)
        #expect(a.moderatedGoodOrBetter == 0.4)
        #expect(a.netDowngradePoints.map { NumberFormat.decimal($0) } == "20.0")
        #expect(a.agreementRate == 0.7)
        let unmoderated = AuditAssessment(
            Self.audit(audited: (0, 0, 0, 0), moderated: nil, agreed: nil, due: nil), asAt: Self.date("2026-11-20"),
            dueSoonDays: 28)
        #expect(unmoderated.auditedGoodOrBetter == nil)
        #expect(unmoderated.netDowngradePoints == nil)
        #expect(unmoderated.agreementRate == nil)
    }

    @Test(
        "report to committee: late, due soon, not yet due, reported",
        arguments: [
            ("2026-06-30", nil as String?, AuditAssessment.Report.late(days: 143)),
            ("2026-12-18", nil, .dueSoon(days: 28)),
            ("2026-12-19", nil, .notYetDue),
            ("2026-11-20", nil, .dueSoon(days: 0)),
            ("2026-06-30", "2026-06-25", .reported(WorkingDayTests.date("2026-06-25"))),
        ])
    func report(_ due: String, _ reported: String?, _ expected: AuditAssessment.Report) {
        let a = AuditAssessment(
            Self.audit(audited: (0, 1, 0, 0), moderated: nil, agreed: nil, due: due, reported: reported),
            asAt: Self.date("2026-11-20"), dueSoonDays: 28)
        #expect(a.report == expected)
    }

    // MARK: Actions and RAG

    static func action(status: ActionStatus, due: String, revised: [String] = []) -> Action {
        Action(
            id: "A1", recommendation: "R1", description: "d", owner: "o", originalDue: date(due),
            revisedDue: revised.map(date), status: status, score: nil, direction: nil, update: nil, updateDate: nil,
            evidence: [], location: Self.here)
    }

    @Test(
        "RAG under the default rules",
        arguments: [
            (ActionStatus.complete, "2026-01-01", ActionAssessment.Rating.complete, "blue", 0),
            (.inProgress, "2026-11-19", .overdue, "red", 1),
            (.inProgress, "2026-11-20", .dueSoon, "amber", 0),  // due today is not overdue
            (.inProgress, "2026-12-18", .dueSoon, "amber", 0),  // 28 days ahead
            (.inProgress, "2026-12-19", .onTrack, "green", 0),
            (.onHold, "2027-06-01", .onHold, "amber", 0),
            (.notStarted, "2024-11-20", .overdue, "red", 730),
        ])
    func rag(_ status: ActionStatus, _ due: String, _ rating: ActionAssessment.Rating, _ colour: String, _ days: Int) {
        let a = ActionAssessment(Self.action(status: status, due: due), asAt: Self.date("2026-11-20"))
        #expect(a.rating == rating)
        #expect(a.colour == colour)
        #expect(a.daysOverdue == days)
    }

    @Test("RAG under a council's own rules: green for complete, only in-progress rated")
    func ragRules() {
        var rules = RAGRules()
        rules.completeColour = "green"
        rules.rateOnlyInProgress = true
        rules.dueSoonDays = 7
        let asAt = Self.date("2026-11-20")
        #expect(
            ActionAssessment(Self.action(status: .complete, due: "2026-01-01"), asAt: asAt, rules: rules).colour
                == "green")
        #expect(
            ActionAssessment(Self.action(status: .notStarted, due: "2027-01-01"), asAt: asAt, rules: rules).rating
                == .notRated)
        #expect(
            ActionAssessment(Self.action(status: .notStarted, due: "2026-11-01"), asAt: asAt, rules: rules).rating
                == .overdue)
        #expect(
            ActionAssessment(Self.action(status: .inProgress, due: "2026-12-01"), asAt: asAt, rules: rules).rating
                == .onTrack)
    }

    @Test("a revised due date moves the deadline, and the slip is counted")
    func revised() {
        let a = ActionAssessment(
            Self.action(status: .inProgress, due: "2026-01-31", revised: ["2026-03-31", "2027-01-31"]),
            asAt: Self.date("2026-11-20"))
        #expect(a.rating == .onTrack)
        #expect(a.daysSlipped == 365)
    }

    // MARK: Score history

    @Test("change since the previous meeting, ignoring scores after the as-at date")
    func progress() {
        func record(_ d: String, _ score: Int) -> ProgressRecord {
            ProgressRecord(
                recommendation: "R1", date: Self.date(d), score: score, direction: .improving, location: Self.here)
        }
        let records = [record("2026-07-16", 4), record("2026-09-17", 3), record("2026-11-26", 2)]
        let p = RecommendationProgress("R1", records: records, asAt: Self.date("2026-11-20"))
        #expect(p.latest?.score == 3)
        #expect(p.change == -1)
        #expect(p.changeDescription == "better: 4 to 3 since 16 July 2026")
        let same = RecommendationProgress(
            "R1", records: [record("2026-07-16", 3), record("2026-09-17", 3)], asAt: Self.date("2026-11-20"))
        #expect(same.changeDescription == "no change: 3 since 16 July 2026")
        #expect(
            RecommendationProgress("R9", records: records, asAt: Self.date("2026-11-20")).changeDescription
                == "no score reported yet")
    }

    // MARK: Follow-ups

    @Test(
        "follow-up due dates, overdue and days taken",
        arguments: [
            ("10 working days", "2026-12-18", nil as String?, "2027-01-06", false),
            ("3 months", "2026-08-19", nil, "2026-11-19", true),
            ("3 months", "2026-08-20", nil, "2026-11-20", false),
        ])
    func followUps(_ due: String, _ meeting: String, _ completed: String?, _ expectedDue: String, _ overdue: Bool)
        throws
    {
        let followUp = FollowUp(
            id: "F", committee: "c", meetingDate: Self.date(meeting), minute: nil, resolution: "r", kind: .reportBack,
            due: try #require(FollowUpDue.parse(due)), owner: "o", status: completed == nil ? .open : .complete,
            theme: nil,
            completed: completed.map(Self.date), location: Self.here)
        let a = FollowUpAssessment(
            followUp, committees: [], calendar: WorkingDayTests.shipped, asAt: Self.date("2026-11-20"))
        #expect(a.dueDate?.iso == expectedDue)
        #expect(a.isOverdue == overdue)
    }
}
