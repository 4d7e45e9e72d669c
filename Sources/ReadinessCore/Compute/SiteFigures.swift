/// Every figure the site shows, computed once from the data as at the build's date.
public struct SiteFigures: Sendable {
    /// The as-at date.
    public let asAt: CalendarDate
    /// Per theme, in the order themes.yaml lists them.
    public let themes: [ThemeSummary]
    /// All follow-ups, assessed, in file order.
    public let followUps: [FollowUpAssessment]
    /// Caseloads of all teams for the latest month.
    public let caseloads: CaseloadSummary

    /// Computes the figures.
    public init(_ data: ReadinessData, asAt: CalendarDate) {
        self.asAt = asAt
        let assessed = data.actions.map { ActionAssessment($0, asAt: asAt) }
        let byRecommendation = Dictionary(grouping: assessed, by: { $0.action.recommendation })
        let followUps = data.followUps.map { FollowUpAssessment($0, committees: data.committees, asAt: asAt) }
        self.followUps = followUps
        themes = data.themes.map { theme in
            let recommendations = data.recommendations.filter { $0.theme == theme.id }
            let references = Set(recommendations.map(\.reference))
            var latest: (Inspection, OfstedGrade)?
            for inspection in data.inspections.sorted(by: {
                ($0.published ?? $0.startDate ?? asAt) < ($1.published ?? $1.startDate ?? asAt)
            }) {
                if let judgement = inspection.judgements.first(where: { $0.theme == theme.id }) {
                    latest = (inspection, judgement.grade)
                }
            }
            return ThemeSummary(
                theme: theme, recommendations: recommendations,
                actionsByRecommendation: byRecommendation.filter { references.contains($0.key) },
                actions: assessed.filter { references.contains($0.action.recommendation) },
                audits: data.audits.filter { $0.theme == theme.id },
                followUps: followUps.filter { $0.followUp.theme == theme.id },
                latestJudgement: latest)
        }
        caseloads = CaseloadSummary(data.caseloads, serviceAreas: nil)
    }

    /// "N of M areas need immediate attention".
    public var areasNeedingImmediateAttention: Int {
        themes.filter { $0.readiness.status == .needsImmediateAttention }.count
    }
}
