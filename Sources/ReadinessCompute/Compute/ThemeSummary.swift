import ReadinessModel

/// The figures for one theme as at a date: what a committee asks first.
public struct ThemeSummary: Sendable {
    /// The theme.
    public let theme: Theme
    /// Its recommendations, in file order.
    public let recommendations: [Recommendation]
    /// Each recommendation's actions, assessed.
    public let actionsByRecommendation: [String: [ActionAssessment]]
    /// All its actions, assessed, in file order.
    public let actions: [ActionAssessment]
    /// Each recommendation's reported score history.
    public let progress: [String: RecommendationProgress]
    /// Its audits, assessed.
    public let audits: [AuditAssessment]
    /// Its follow-ups, assessed.
    public let followUps: [FollowUpAssessment]
    /// Caseloads of its teams.
    public let caseloads: CaseloadSummary
    /// Its timeliness measures.
    public let timeliness: [TimelinessResult]
    /// The team indicators its page shows (`TeamIndicator`), in declaration order.
    public let indicators: [TeamIndicatorResult]
    /// The latest grade given to it, with the inspection.
    public let latestJudgement: (inspection: Inspection, grade: OfstedGrade)?

    /// Whether a recommendation is achieved as at the date: its latest score is 1, or it has
    /// actions and every one of them is complete.
    public func isAchieved(_ rec: Recommendation) -> Bool {
        if progress[rec.reference]?.latest?.score == 1 { return true }
        let list = actionsByRecommendation[rec.reference] ?? []
        return !list.isEmpty && list.allSatisfy { $0.rating == .complete }
    }

    /// Whether a recommendation needs immediate attention today: Ofsted gave it that priority
    /// and it is not yet achieved.
    public func needsImmediateAttention(_ rec: Recommendation) -> Bool {
        rec.priority == .immediate && !isAchieved(rec)
    }

    /// Recommendations needing immediate attention today (immediate priority, not achieved).
    public var immediateCount: Int { recommendations.filter(needsImmediateAttention).count }
    /// Immediate-attention recommendations, not achieved, with no actions to answer them.
    public var immediateWithoutActions: [Recommendation] {
        recommendations.filter { needsImmediateAttention($0) && (actionsByRecommendation[$0.reference] ?? []).isEmpty }
    }
    /// Actions complete.
    public var completeCount: Int { actions.filter { $0.rating == .complete }.count }
    /// Actions overdue.
    public var overdueCount: Int { actions.filter { $0.rating == .overdue }.count }
    /// Share of actions complete, e.g. `40%`; nil with no actions.
    public var percentComplete: String? {
        NumberFormat.percent(Double(completeCount), of: Double(actions.count))
    }

    /// Share of a recommendation's actions complete, e.g. `67%`; nil with no actions.
    public func percentComplete(_ reference: String) -> String? {
        let list = actionsByRecommendation[reference] ?? []
        return NumberFormat.percent(Double(list.filter { $0.rating == .complete }.count), of: Double(list.count))
    }

    /// How many actions have each score 1 to 5 (index 0 is score 1), and how many are unscored.
    public var scoreSpread: (counts: [Int], unscored: Int) {
        var counts = [0, 0, 0, 0, 0]
        var unscored = 0
        for a in actions {
            if let score = a.action.score { counts[score - 1] += 1 } else { unscored += 1 }
        }
        return (counts, unscored)
    }

    /// Actions whose due date has been moved, latest slip first.
    public var movedActions: [ActionAssessment] {
        actions.filter { $0.daysSlipped != 0 }.sorted {
            ($0.daysSlipped, $1.action.id) > ($1.daysSlipped, $0.action.id)
        }
    }

    /// Recommendations needing immediate attention today with at least one overdue action.
    public var immediateWithOverdue: [Recommendation] {
        recommendations.filter { rec in
            needsImmediateAttention(rec)
                && (actionsByRecommendation[rec.reference] ?? []).contains { $0.rating == .overdue }
        }
    }

    /// Audits whose report to committee is late.
    public var lateAuditReports: [AuditAssessment] {
        audits.filter { if case .late = $0.report { return true } else { return false } }
    }

    /// A readiness status in words, with the reasons behind it.
    public var readiness: (status: ReadinessStatus, reasons: [String]) {
        var reasons: [String] = []
        let urgent = immediateWithOverdue
        if !urgent.isEmpty {
            reasons.append(
                Plural.share(
                    urgent.count, of: immediateCount,
                    Plural("immediate-attention recommendation", "immediate-attention recommendations"), .hasHave)
                    + " overdue actions"
            )
        }
        let unplanned = immediateWithoutActions
        if !unplanned.isEmpty {
            let refs = unplanned.map(\.reference).joined(separator: ", ")
            reasons.append(
                unplanned.count == 1
                    ? "immediate-attention recommendation \(refs) has no actions"
                    : "immediate-attention recommendations \(refs) have no actions")
        }
        if overdueCount > 0 {
            reasons.append(Plural.share(overdueCount, of: actions.count, .action, .isAre) + " overdue")
        }
        let lateFollowUps = followUps.filter { $0.isOverdue }.count
        if lateFollowUps > 0 {
            reasons.append("\(Plural.followUp.count(lateFollowUps)) \(Plural.isAre(lateFollowUps)) overdue")
        }
        let lateAudits = lateAuditReports.count
        if lateAudits > 0 {
            reasons.append("\(Plural.auditReport.count(lateAudits)) \(Plural.isAre(lateAudits)) late to committee")
        }
        for result in indicators where result.total.within < result.total.population {
            reasons.append(result.reason)
        }
        if !urgent.isEmpty || !unplanned.isEmpty { return (.needsImmediateAttention, reasons) }
        if !reasons.isEmpty { return (.needsAttention, reasons) }
        if actions.isEmpty { return (.noPlan, ["no actions are recorded for this theme"]) }
        return (.onTrack, ["no actions, follow-ups or audit reports are overdue"])
    }
}

extension ThemeSummary {
    /// The theme's figures about its actions: the last rows of docs/indicators.md's "Actions"
    /// table, after `ActionAssessment.figures`.
    package static let actionFigures: [FigureDefinition] = [
        .init(
            "% complete", "complete actions ÷ all actions, per recommendation and per theme",
            templates: ["theme.counts.percent_complete", "theme.recommendations.percent_complete"]),
        .init(
            "score spread", "the number of actions with each score 1 to 5, and how many are not scored",
            templates: ["theme.score_spread_table"]),
    ]

    /// What `isAchieved` and `needsImmediateAttention` mean: the last rows of docs/indicators.md's
    /// "Recommendations" table, after `RecommendationProgress.figures`.
    package static let recommendationFigures: [FigureDefinition] = [
        .init(
            "achieved", "the latest score is 1, or the recommendation has actions and all of them are complete",
            templates: ["theme.recommendations.achieved"]),
        .init(
            "needs immediate attention",
            #"Ofsted's priority is `Immediate attention` *and* it is not achieved. Ofsted's priority is shown as written; an achieved one is marked "achieved, so no longer counted as needing it" and is left out of every "need immediate attention" count."#,
            templates: ["theme.recommendations.needs_immediate_attention", "theme.counts.immediate"]),
        .init(
            "unplanned",
            "needs immediate attention and has no actions: a reason on its theme (which then needs immediate attention) and a build warning at its row in recommendations.csv",
            templates: ["theme.reasons"]),
    ]
}

/// How ready a theme is, in words.
public enum ReadinessStatus: String, Sendable {
    case needsImmediateAttention, needsAttention, onTrack, noPlan

    /// The words shown on the tag.
    public var label: String {
        switch self {
        case .needsImmediateAttention: "Needs immediate attention"
        case .needsAttention: "Needs attention"
        case .onTrack: "On track"
        case .noPlan: "No actions recorded"
        }
    }

    /// The tag colour.
    public var colour: String {
        switch self {
        case .needsImmediateAttention: "red"
        case .needsAttention: "amber"
        case .onTrack: "green"
        case .noPlan: "grey"
        }
    }
}
