import ReadinessModel

/// `comparators.csv`, declared once: the published figures each measure is read against.
enum ComparatorsFile {
    static let measure = ColumnKey.text(
        "Measure", aliases: ["Indicator", "Figure"],
        summary:
            "a timeliness check's id (`referrals`), a measure's `name` from settings.yaml, or a workforce figure: `caseload`, `agency rate`, `vacancy rate`, `turnover rate`"
    )
    static let area = ColumnKey<ComparatorFigure.Area>.vocabulary(
        "Area", aliases: ["Comparator", "Compared with"], summary: "whose figure it is")
    static let year = ColumnKey.text(
        "Year", aliases: ["Period"], summary: "the year as published, such as `2024-25` or `2025`; the latest is shown")
    static let value = ColumnKey.text(
        "Value", aliases: ["Figure value", "Rate"],
        summary:
            "the figure as published: a percentage (`22.4` or `22.4%`) for a share or rate, a number for a caseload")
    static let source = ColumnKey.text(
        "Source", aliases: ["Publication"], summary: "where the figure comes from, shown beside it")
    static let status = ColumnKey<ComparatorFigure.Status>.vocabulary(
        "Status", required: false,
        summary: "blank for a published figure; `Illustrative` marks a made-up one on every page that shows it")

    /// The file's declaration.
    static let declaration = DataFileDeclaration(
        "comparators.csv",
        purpose: "published figures (England, region, statistical neighbours) that measures are read against",
        columns: [measure.column, area.column, year.column, value.column, source.column, status.column])
}
