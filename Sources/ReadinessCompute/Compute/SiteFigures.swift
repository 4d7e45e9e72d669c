import ReadinessModel

/// Every figure the site shows, computed once from the data as at the build's date.
public struct SiteFigures: Sendable {
    /// The as-at date.
    public let asAt: CalendarDate
    /// Per theme, in the order themes.yaml lists them.
    public let themes: [ThemeSummary]
    /// All follow-ups, assessed, in file order.
    public let followUps: [FollowUpAssessment]
    /// All audits, assessed, in file order.
    public let audits: [AuditAssessment]
    /// Caseloads of all teams.
    public let caseloads: CaseloadSummary
    /// Timeliness measures, all of them.
    public let timeliness: [TimelinessResult]

    /// Computes the figures.
    public init(_ data: ReadinessData, asAt: CalendarDate) {
        self.asAt = asAt
        let rules = data.settings.rag
        let assessed = data.actions.map { ActionAssessment($0, asAt: asAt, rules: rules) }
        let byRecommendation = Dictionary(grouping: assessed, by: { $0.action.recommendation })
        let followUps = data.followUps.map {
            FollowUpAssessment($0, committees: data.committees, calendar: data.calendar, asAt: asAt)
        }
        let audits = data.audits.map {
            AuditAssessment($0, asAt: asAt, dueSoonDays: data.settings.auditDueSoonDays)
        }
        self.followUps = followUps
        self.audits = audits
        timeliness = data.timeliness
        // Without progress-history.csv, scores over time come from the snapshots.
        let records = data.progress.isEmpty ? PlanHistory.derivedProgress(data, asAt: asAt) : data.progress
        // Months after the as-at date are not yet held (the loader warns of them).
        let heldCaseloads = data.caseloads.filter { $0.month <= CalendarMonth(asAt) }
        themes = data.themes.map { theme in
            let recommendations = data.recommendations.filter { $0.theme == theme.id }
            let references = Set(recommendations.map(\.reference))
            var latest: (Inspection, OfstedGrade)?
            let inspections = data.inspections.sorted {
                ($0.published ?? $0.startDate ?? asAt) < ($1.published ?? $1.startDate ?? asAt)
            }
            for inspection in inspections {
                if let judgement = inspection.judgements.first(where: { $0.theme == theme.id }) {
                    latest = (inspection, judgement.grade)
                }
            }
            var progress: [String: RecommendationProgress] = [:]
            for reference in references {
                progress[reference] = RecommendationProgress(reference, records: records, asAt: asAt)
            }
            return ThemeSummary(
                theme: theme, recommendations: recommendations,
                actionsByRecommendation: byRecommendation.filter { references.contains($0.key) },
                actions: assessed.filter { references.contains($0.action.recommendation) },
                progress: progress,
                audits: audits.filter { $0.audit.theme == theme.id },
                followUps: followUps.filter { $0.followUp.theme == theme.id },
                caseloads: CaseloadSummary(
                    heldCaseloads, serviceAreas: theme.caseloadAreas, rules: data.settings.caseloadRules),
                timeliness: data.timeliness.filter { $0.measure.theme == theme.id },
                indicators: data.indicators.filter { $0.setting.theme == theme.id }.map {
                    Self.teams(of: $0, areas: theme.caseloadAreas, caseloads: heldCaseloads)
                },
                latestJudgement: latest)
        }
        caseloads = CaseloadSummary(heldCaseloads, serviceAreas: nil, rules: data.settings.caseloadRules)
    }

    /// A team indicator for a theme's teams: those caseloads.csv puts in its service areas, or
    /// every team when the theme takes all.
    static func teams(
        of result: TeamIndicatorResult, areas: [String]?, caseloads: [CaseloadSnapshot]
    ) -> TeamIndicatorResult {
        guard let areas else { return result }
        let wanted = Set(areas.map(TextKey.normalise))
        let inAreas = Set(
            caseloads.filter { wanted.contains(TextKey.normalise($0.serviceArea)) }.map { TextKey.normalise($0.team) })
        return result.keeping { inAreas.contains(TextKey.normalise($0)) }
    }

    /// How many areas need immediate attention, for "N of M areas need immediate attention".
    public var areasNeedingImmediateAttention: Int {
        themes.filter { $0.readiness.status == .needsImmediateAttention }.count
    }

    /// "2 of 5 areas need immediate attention", "1 of 5 areas needs immediate attention".
    public var immediateAttentionSentence: String {
        Plural.share(areasNeedingImmediateAttention, of: themes.count, .area, .needs) + " immediate attention"
    }
}
