/// `caseloads.csv`, declared once: monthly caseload and staffing, one row per team per month.
package enum CaseloadsFile {
    static let month = ColumnKey.month("Month", summary: "the month the figures are for")
    static let team = ColumnKey.text("Team", summary: "the team's name")
    static let serviceArea = ColumnKey.text(
        "Service area", aliases: ["Service"], summary: "e.g. `Children in care`; themes pick teams by service area")
    static let childrenAllocated = ColumnKey.wholeNumber(
        "Children allocated", in: 0...10_000_000, aliases: ["Children", "Cases"],
        summary: "children allocated to the team's workers")
    static let caseHoldingFTE = ColumnKey.decimal(
        "Case-holding FTE", aliases: ["Case holding FTE", "Caseholding FTE"], summary: "case-holding staff, e.g. `9.5`")
    static let inPostFTE = ColumnKey.decimal(
        "In-post FTE", aliases: ["In post FTE", "Permanent FTE"], required: false, summary: "permanent staff in post")
    static let agencyFTE = ColumnKey.decimal("Agency FTE", required: false, summary: "agency staff")
    static let vacancyFTE = ColumnKey.decimal(
        "Vacancy FTE", aliases: ["Vacancies", "Vacancies FTE"], required: false, summary: "vacant posts")
    static let leaversFTE = ColumnKey.decimal(
        "Leavers FTE", aliases: ["Leavers"], required: false, summary: "leavers in the month")

    /// The file's declaration.
    package static let declaration = DataFileDeclaration(
        "caseloads.csv", purpose: "monthly caseload and staffing per team", holdsProtectedCounts: true,
        columns: [
            month.column, team.column, serviceArea.column, childrenAllocated.column, caseHoldingFTE.column,
            inPostFTE.column, agencyFTE.column, vacancyFTE.column, leaversFTE.column,
        ])
}
