/// `audits.csv`, declared once: case-file audit outcomes before and after moderation.
enum AuditsFile {
    /// The four grade counts of an audit under one prefix (`Audited`, `Moderated`).
    struct GradeColumns: Sendable {
        let outstanding: ColumnKey<Int>
        let good: ColumnKey<Int>
        let requiresImprovement: ColumnKey<Int>
        let inadequate: ColumnKey<Int>

        init(prefix: String, required: Bool, summary: String) {
            func grade(_ name: String) -> ColumnKey<Int> {
                .wholeNumber("\(prefix) \(name)", in: 0...1_000_000, required: required, summary: summary)
            }
            outstanding = grade("outstanding")
            good = grade("good")
            requiresImprovement = grade("requires improvement")
            inadequate = grade("inadequate")
        }

        /// The four, best grade first.
        var all: [ColumnKey<Int>] { [outstanding, good, requiresImprovement, inadequate] }
    }

    static let id = ColumnKey.identifier("ID", aliases: ["Audit ID"], summary: "the audit's id")
    static let theme = ColumnKey.reference("Theme", to: "themes.yaml", field: "id", summary: "the theme audited")
    static let auditType = ColumnKey.text(
        "Audit type", aliases: ["Type"], summary: "e.g. `Thematic`, `Multi-agency`, `Dip sample`")
    static let period = ColumnKey.text(
        "Period", summary: "the period audited, as you write it, e.g. `April to June 2026`")
    static let casesAudited = ColumnKey.wholeNumber(
        "Cases audited", in: 0...1_000_000, aliases: ["Cases"], summary: "how many case files were audited")
    static let audited = GradeColumns(
        prefix: "Audited", required: true, summary: "cases given the grade by the auditors")
    static let moderated = GradeColumns(
        prefix: "Moderated", required: false,
        summary: "cases with the grade after moderation; leave all four blank if not yet moderated")
    static let keyLearning = ColumnKey.text(
        "Key learning", aliases: ["Learning"], required: false, summary: "what the audit taught")
    static let moderationAgreed = ColumnKey.wholeNumber(
        "Moderation agreed", in: 0...1_000_000, aliases: ["Agreed at moderation", "Cases agreed"], required: false,
        summary: "cases where the moderator agreed the auditor's grade")
    static let reportDue = ColumnKey.date(
        "Report due", aliases: ["Due at committee", "Report back due"], required: false,
        summary: "the date it is due back at committee")
    static let reported = ColumnKey.date(
        "Reported", aliases: ["Reported to committee", "Date reported"], required: false,
        summary: "the date it was reported to committee")

    /// The file's declaration.
    static let declaration = DataFileDeclaration(
        "audits.csv", purpose: "case-file audit outcomes, before and after moderation", holdsProtectedCounts: true,
        columns: [id.column, theme.column, auditType.column, period.column, casesAudited.column]
            + audited.all.map(\.column) + moderated.all.map(\.column)
            + [keyLearning.column, moderationAgreed.column, reportDue.column, reported.column])
}
