/// Tables about timeliness against the council's standards.
extension HTMLBlocks {
    /// One measure per team: how many, how many within the standard, and the share.
    static func timelinessTable(_ result: TimelinessResult) -> String {
        let assessments = result.measure.check == .assessments
        var columns: [HTMLTable.Column] = [
            .init(heading: "Team"),
            .init(heading: assessments ? "Assessments completed" : "Children", numeric: true),
            .init(heading: "Within \(result.measure.standard)", numeric: true),
            .init(heading: "Share within", numeric: true),
        ]
        columns.append(
            assessments
                ? .init(heading: "Still open past \(result.measure.standard)", numeric: true)
                : .init(heading: "No date recorded", numeric: true))
        var table = HTMLTable(caption: result.measure.name, columns: columns, rowHeaders: true)
        func row(_ name: String, _ c: TimelinessResult.Counts) -> [String] {
            [
                Escaping.html(name), NumberFormat.grouped(c.population), NumberFormat.grouped(c.within), rate(c.rate),
                NumberFormat.grouped(assessments ? c.openOverdue : c.noDate),
            ]
        }
        table.rows = result.teams.map { row($0.team, $0.counts) }
        table.footer = row("All teams", result.total)
        return table.html
    }
}
