import ReadinessModel

/// `progress-history.csv`, declared once: each recommendation's score at each committee meeting.
enum ProgressHistoryFile {
    static let recommendation = ColumnKey.reference(
        "Recommendation", to: "recommendations.csv", field: "Reference", aliases: ["Reference"],
        summary: "the recommendation scored")
    static let date = ColumnKey.date("Date", aliases: ["Meeting date", "Reported"], summary: "the meeting date")
    static let score = ColumnKey.wholeNumber(
        "Score", in: 1...5, aliases: ["Progress score"], summary: "1 (achieved) to 5 (a long way to go)")
    static let direction = ColumnKey<DirectionOfTravel>.vocabulary(
        "Direction", aliases: ["Direction of travel", "DoT"], required: false, summary: "the direction of travel")

    /// The file's declaration.
    static let declaration = DataFileDeclaration(
        "progress-history.csv", purpose: "each recommendation's score at each committee meeting",
        columns: [recommendation.column, date.column, score.column, direction.column])
}
