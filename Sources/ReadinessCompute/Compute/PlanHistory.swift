import ReadinessModel

/// The plan over time: for the whole plan or one theme, its actions complete, overdue and open
/// and its recommendations' scores at each meeting that has a snapshot, and now.
public struct PlanHistory: Sendable {
    /// The plan at one date.
    public struct Point: Sendable, Equatable {
        /// The meeting, or nil for the as-at date.
        public var meeting: CalendarDate?
        /// The date the point is assessed at: the meeting, or the as-at date.
        public var date: CalendarDate
        public var complete: Int
        public var overdue: Int
        /// Neither complete nor overdue.
        public var open: Int
        /// Recommendations at each score, 1 (achieved) to 5.
        public var scores: [Int]
        /// Recommendations with no score then.
        public var unscored: Int

        public var actions: Int { complete + overdue + open }
    }

    /// Oldest first; the last is the as-at date.
    public let points: [Point]

    /// The history of the recommendations `inTheme` accepts (every one when nil).
    public init(
        _ data: ReadinessData, progress: [String: RecommendationProgress], asAt: CalendarDate, theme: String?
    ) {
        let rules = data.settings.rag
        func wanted(_ rec: Recommendation) -> Bool { theme == nil || rec.theme == theme }
        var points: [Point] = []
        for snapshot in data.history.snapshots {
            let references = Set(snapshot.recommendations.filter(wanted).map(\.reference))
            let scores = PlanHistory.scores(in: snapshot)
            points.append(
                PlanHistory.point(
                    meeting: snapshot.meeting, date: snapshot.meeting,
                    actions: snapshot.actions.filter { references.contains($0.recommendation) }, rules: rules,
                    scores: references.sorted().map { scores[$0]?.score }))
        }
        let references = Set(data.recommendations.filter(wanted).map(\.reference))
        points.append(
            PlanHistory.point(
                meeting: nil, date: asAt, actions: data.actions.filter { references.contains($0.recommendation) },
                rules: rules, scores: references.sorted().map { progress[$0]?.latest?.score }))
        self.points = points
    }

    static func point(
        meeting: CalendarDate?, date: CalendarDate, actions: [Action], rules: RAGRules, scores: [Int?]
    ) -> Point {
        var complete = 0
        var overdue = 0
        for action in actions {
            switch ActionAssessment(action, asAt: date, rules: rules).rating {
            case .complete: complete += 1
            case .overdue: overdue += 1
            default: break
            }
        }
        var counts = [0, 0, 0, 0, 0]
        var unscored = 0
        for score in scores {
            if let score, (1...5).contains(score) { counts[score - 1] += 1 } else { unscored += 1 }
        }
        return Point(
            meeting: meeting, date: date, complete: complete, overdue: overdue,
            open: actions.count - complete - overdue, scores: counts, unscored: unscored)
    }

    /// Each recommendation's score and direction as the snapshot gave them: from its
    /// progress-history file (the latest row dated on or before the meeting) when it has one,
    /// otherwise from its recommendations file.
    public static func scores(in snapshot: Snapshot) -> [String: (score: Int, direction: DirectionOfTravel?)] {
        var scores: [String: (score: Int, direction: DirectionOfTravel?)] = [:]
        if snapshot.hasProgressHistory {
            for record in snapshot.progress.filter({ $0.date <= snapshot.meeting }).sorted(by: { $0.date < $1.date }) {
                scores[record.recommendation] = (record.score, record.direction)
            }
        } else {
            for rec in snapshot.recommendations {
                if let score = rec.score { scores[rec.reference] = (score, rec.direction) }
            }
        }
        return scores
    }

    /// Each recommendation's scores over time when there is no progress-history.csv: its score in
    /// each snapshot, dated at the meeting, then its score in recommendations.csv now, dated at
    /// the as-at date.
    public static func derivedProgress(_ data: ReadinessData, asAt: CalendarDate) -> [ProgressRecord] {
        var records: [ProgressRecord] = []
        for snapshot in data.history.snapshots {
            for (reference, value) in scores(in: snapshot).sorted(by: { $0.key < $1.key }) {
                records.append(
                    ProgressRecord(
                        recommendation: reference, date: snapshot.meeting, score: value.score,
                        direction: value.direction,
                        location: SourceLocation(file: snapshot.source.description, line: 0, column: 0)))
            }
        }
        for rec in data.recommendations {
            guard let score = rec.score else { continue }
            records.append(
                ProgressRecord(
                    recommendation: rec.reference, date: asAt, score: score, direction: rec.direction,
                    location: rec.location))
        }
        return records
    }
}

extension PlanHistory {
    /// docs/indicators.md's "The plan over time" table.
    package static let figures: [FigureDefinition] = [
        .init(
            "actions complete, overdue and open at a meeting",
            "each action in the meeting's snapshot, assessed as at the meeting date by the same rules as today (overdue: not complete and its due date in force before the meeting); the last row is the as-at date, from the data now",
            templates: ["theme.history.table", "theme.history.chart", "plan_history.table", "plan_history.chart"]),
        .init(
            "recommendations by score at a meeting",
            "each recommendation in the snapshot with its score then: the latest row of the snapshot's progress-history.csv dated on or before the meeting, or, without that file, the `Score` column of its recommendations.csv",
            templates: ["theme.history.table", "plan_history.table"]),
    ]
}
