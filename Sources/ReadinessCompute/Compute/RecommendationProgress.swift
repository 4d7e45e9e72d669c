import ReadinessModel

/// A recommendation's reported scores over time, and how the latest moved from the one before.
public struct RecommendationProgress: Sendable, Equatable {
    /// The scores reported on or before the as-at date, oldest first.
    public let history: [ProgressRecord]

    /// Picks a recommendation's records on or before the as-at date.
    public init(_ reference: String, records: [ProgressRecord], asAt: CalendarDate) {
        history = records.filter { $0.recommendation == reference && $0.date <= asAt }.sorted { $0.date < $1.date }
    }

    /// The latest score.
    public var latest: ProgressRecord? { history.last }
    /// The score reported at the meeting before the latest.
    public var previous: ProgressRecord? { history.count >= 2 ? history[history.count - 2] : nil }

    /// Latest less previous: negative is better, since 1 is achieved and 5 a long way to go.
    public var change: Int? {
        guard let latest, let previous else { return nil }
        return latest.score - previous.score
    }

    /// The change in words, e.g. "better: 4 to 3 since 17 September 2026".
    public var changeDescription: String {
        guard let latest else { return "no score reported yet" }
        guard let previous, let change else { return "first scored \(latest.score) on \(latest.date.long)" }
        let since = "since \(previous.date.long)"
        if change < 0 { return "better: \(previous.score) to \(latest.score) \(since)" }
        if change > 0 { return "worse: \(previous.score) to \(latest.score) \(since)" }
        return "no change: \(latest.score) \(since)"
    }

    /// Whether the direction of travel changed since the previous meeting.
    public var directionChanged: Bool {
        guard let latest, let previous else { return false }
        return latest.direction != previous.direction
    }
}

extension RecommendationProgress {
    /// What a recommendation's score and its change mean: the first rows of docs/indicators.md's
    /// "Recommendations" table (`ThemeSummary.recommendationFigures` adds the rest).
    package static let figures: [FigureDefinition] = [
        .init(
            "score", "the latest score in `progress-history.csv` dated on or before the as-at date",
            templates: ["theme.recommendations.score"]),
        .init(
            "change",
            #"latest score minus the one reported before it. Lower is better (1 achieved, 5 a long way to go), so a fall from 4 to 3 reads "better: 4 to 3 since 17 September 2026". A score can sit at 3 for months and still be "Improving": the direction of travel is shown as reported."#,
            templates: ["theme.recommendations.change", "theme.recommendations.direction"]),
    ]
}
