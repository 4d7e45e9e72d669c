import ReadinessModel

/// `recommendations.csv`, declared once: each inspection's recommendations.
enum RecommendationsFile {
    static let reference = ColumnKey.identifier(
        "Reference", aliases: ["Ref", "ID"], summary: "the recommendation's reference, e.g. `R3`")
    static let inspection = ColumnKey.reference(
        "Inspection", to: "inspections.yaml", field: "id", summary: "the inspection that made it")
    static let theme = ColumnKey.reference(
        "Theme", to: "themes.yaml", field: "id", aliases: ["Judgement area"], summary: "the theme it belongs to")
    static let text = ColumnKey.text("Recommendation", aliases: ["Text"], summary: "the recommendation's words")
    static let priority = ColumnKey<RecommendationPriority>.vocabulary(
        "Priority", required: false, summary: "how urgent it is; blank means Standard")
    static let score = ColumnKey.wholeNumber(
        "Score", in: 1...5, aliases: ["Progress score"], required: false,
        summary:
            "its progress score now, 1 (achieved) to 5 (a long way to go); with snapshots, scores over time come from this column when there is no progress-history.csv"
    )
    static let direction = ColumnKey<DirectionOfTravel>.vocabulary(
        "Direction of travel", aliases: ["Direction", "DoT"], required: false, summary: "its direction of travel now")

    /// The file's declaration.
    static let declaration = DataFileDeclaration(
        "recommendations.csv", purpose: "each inspection's recommendations",
        columns: [
            reference.column, inspection.column, theme.column, text.column, priority.column, score.column,
            direction.column,
        ])
}
