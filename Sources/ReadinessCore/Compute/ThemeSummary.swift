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
    /// Its audits.
    public let audits: [AuditOutcome]
    /// Its follow-ups, assessed.
    public let followUps: [FollowUpAssessment]
    /// The latest grade given to it, with the inspection.
    public let latestJudgement: (inspection: Inspection, grade: OfstedGrade)?

    /// Recommendations needing immediate attention.
    public var immediateCount: Int { recommendations.filter { $0.priority == .immediate }.count }
    /// Actions complete.
    public var completeCount: Int { actions.filter { $0.rating == .complete }.count }
    /// Actions overdue.
    public var overdueCount: Int { actions.filter { $0.rating == .overdue }.count }
    /// Share of actions complete, e.g. `40%`; nil with no actions.
    public var percentComplete: String? {
        NumberFormat.percent(Double(completeCount), of: Double(actions.count))
    }

    /// Immediate-attention recommendations with at least one overdue action.
    public var immediateWithOverdue: [Recommendation] {
        recommendations.filter { rec in
            rec.priority == .immediate
                && (actionsByRecommendation[rec.reference] ?? []).contains { $0.rating == .overdue }
        }
    }

    /// A readiness status in words, with the reasons behind it.
    public var readiness: (status: ReadinessStatus, reasons: [String]) {
        var reasons: [String] = []
        let urgent = immediateWithOverdue
        if !urgent.isEmpty {
            reasons.append(
                "\(urgent.count) of \(immediateCount) immediate-attention recommendation\(immediateCount == 1 ? " has" : "s have") overdue actions"
            )
        }
        if overdueCount > 0 { reasons.append("\(overdueCount) of \(actions.count) actions are overdue") }
        let lateFollowUps = followUps.filter { $0.isOverdue }.count
        if lateFollowUps > 0 {
            reasons.append("\(lateFollowUps) committee follow-up\(lateFollowUps == 1 ? " is" : "s are") overdue")
        }
        if !urgent.isEmpty { return (.needsImmediateAttention, reasons) }
        if !reasons.isEmpty { return (.needsAttention, reasons) }
        if actions.isEmpty { return (.noPlan, ["no actions are recorded for this theme"]) }
        return (.onTrack, ["no actions or follow-ups are overdue"])
    }
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
