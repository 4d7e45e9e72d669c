import ReadinessModel

/// `actions.csv`, declared once: the action plan, one row per action.
package enum ActionsFile {
    static let id = ColumnKey.identifier("ID", aliases: ["Action ID", "Ref"], summary: "the action's id, e.g. `A12`")
    static let recommendation = ColumnKey.reference(
        "Recommendation", to: "recommendations.csv", field: "Reference", aliases: ["Recommendation reference"],
        summary: "the recommendation the action answers")
    static let action = ColumnKey.text("Action", aliases: ["Description"], summary: "what will be done")
    static let owner = ColumnKey.text(
        "Owner", aliases: ["Owner role", "Lead"], summary: "a role, e.g. `Head of Service, Front Door`")
    static let due = ColumnKey.date(
        "Due date", aliases: ["Due", "Original due date"], monthAsLastDay: true,
        summary: "the due date first agreed")
    static let revisedDue = ColumnKey.dates(
        "Revised due dates", aliases: ["Revised due date", "Revised due"], required: false, monthAsLastDay: true,
        summary:
            "in the order they were agreed; the last one written is the date now in force, even when it is earlier than the one before"
    )
    static let status = ColumnKey<ActionStatus>.vocabulary("Status", summary: "where the action stands")
    static let score = ColumnKey.wholeNumber(
        "Score", in: 1...5, aliases: ["Progress score", "Progress"], required: false,
        summary: "1 (achieved) to 5 (a long way to go)")
    static let direction = ColumnKey<DirectionOfTravel>.vocabulary(
        "Direction", aliases: ["Direction of travel", "DoT"], required: false, summary: "the direction of travel")
    static let update = ColumnKey.text(
        "Latest update", aliases: ["Update", "Progress update"], required: false,
        summary: "the latest progress update; line breaks are kept")
    static let updateDate = ColumnKey.date(
        "Update date", aliases: ["Updated", "Date of update"], required: false, summary: "the date of that update")
    static let evidence = ColumnKey.evidenceLinks(
        "Evidence", aliases: ["Evidence links"], required: false, summary: "links to the evidence of progress")
    static let completed = ColumnKey.date(
        "Completed date", aliases: ["Date completed", "Completed on", "Completion date"], required: false,
        summary: "the date a complete action was completed")

    /// The file's declaration.
    package static let declaration = DataFileDeclaration(
        "actions.csv", purpose: "the action plan",
        columns: [
            id.column, recommendation.column, action.column, owner.column, due.column, revisedDue.column,
            status.column, score.column, direction.column, update.column, updateDate.column, evidence.column,
            completed.column,
        ])
}
