import ReadinessModel

/// `follow-ups.csv`, declared once: what committees resolved and asked to have brought back.
enum FollowUpsFile {
    static let id = ColumnKey.identifier("ID", aliases: ["Ref"], summary: "the follow-up's id")
    static let committee = ColumnKey.reference(
        "Committee", to: "committees.yaml", field: "id",
        summary: "the committee, by its `id` or `name` (one of these is needed for `next meeting`), or any name")
    static let meetingDate = ColumnKey.date(
        "Meeting date", aliases: ["Meeting"], summary: "the date of the meeting that resolved it")
    static let minute = ColumnKey.text(
        "Minute", aliases: ["Minute reference", "Minute ref"], required: false, summary: "the minute reference")
    static let resolution = ColumnKey.text("Resolution", summary: "the resolution's words")
    static let kind = ColumnKey<FollowUpKind>.vocabulary("Kind", aliases: ["Type"], summary: "what was asked for")
    static let due = ColumnKey.followUpDue(
        "Due", aliases: ["Due date", "Report back"], summary: "when it is due back")
    static let owner = ColumnKey.text("Owner", aliases: ["Owner role", "Lead"], summary: "a role")
    static let status = ColumnKey<FollowUpStatus>.vocabulary("Status", summary: "whether it has been done")
    static let theme = ColumnKey.reference(
        "Theme", to: "themes.yaml", field: "id", required: false, summary: "to show it on that theme's page")
    static let completed = ColumnKey.date(
        "Completed date", aliases: ["Completed", "Date completed"], required: false, summary: "when it was done")

    /// The file's declaration.
    static let declaration = DataFileDeclaration(
        "follow-ups.csv", purpose: "what committees resolved and asked to have brought back",
        columns: [
            id.column, committee.column, meetingDate.column, minute.column, resolution.column, kind.column,
            due.column, owner.column, status.column, theme.column, completed.column,
        ])
}
