import ReadinessModel

/// docs/indicators.md's reference tables, made from the `FigureDefinition`s declared beside the
/// computations, so the doc cannot drift from what is worked out. Each table sits between
/// `<!-- figures: <id> -->` and `<!-- end figures -->`; the prose between tables is written by
/// hand. `FigureReferenceTests` fails when the doc differs and rewrites it when
/// `RECORD_SNAPSHOTS` is set. (The team indicators' table is `IndicatorReference`'s.)
package enum FigureReference {
    /// One marked table: its marker's id, its column headings and its rows.
    package struct Table: Sendable {
        package let id: String
        package let headings: [String]
        package let rows: [FigureDefinition]
    }

    static let closeMarker = "<!-- end figures -->"
    static let openPrefix = "<!-- figures: "
    static let openSuffix = " -->"

    /// Every table, in the doc's order.
    package static let tables: [Table] = [
        Table(
            id: "actions", headings: ["figure", "definition"],
            rows: ActionAssessment.figures + ThemeSummary.actionFigures),
        Table(id: "rag", headings: ["rating", "colour", "when"], rows: ActionAssessment.Rating.figures),
        Table(
            id: "recommendations", headings: ["figure", "definition"],
            rows: RecommendationProgress.figures + ThemeSummary.recommendationFigures),
        Table(id: "changes", headings: ["item", "listed when"], rows: ChangesSinceMeeting.figures),
        Table(id: "history", headings: ["figure", "definition"], rows: PlanHistory.figures),
        Table(id: "audits", headings: ["figure", "definition"], rows: AuditAssessment.figures),
        Table(
            id: "caseloads", headings: ["figure", "definition"],
            rows: WorkforceFigures.figures + CaseloadSummary.figures),
        Table(
            id: "follow-ups", headings: ["figure", "definition"],
            rows: FollowUpSchedule.figures + FollowUpAssessment.figures),
        Table(
            id: "timeliness", headings: ["check", "list", "population", "within the standard when"],
            rows: TimelinessMeasure.Check.figures),
    ]

    /// The opening marker of a table.
    static func openMarker(_ id: String) -> String { openPrefix + id + openSuffix }

    /// The id an opening marker names, if the line is one.
    static func markedID(_ line: String) -> String? {
        guard line.hasPrefix(openPrefix), line.hasSuffix(openSuffix),
            line.count >= openPrefix.count + openSuffix.count
        else { return nil }
        return String(line.dropFirst(openPrefix.count).dropLast(openSuffix.count))
    }

    /// The ids the document's opening markers name, in order.
    static func markers(in document: String) -> [String] {
        document.split(separator: "\n", omittingEmptySubsequences: false).compactMap { markedID(String($0)) }
    }

    /// A table in Markdown: headings, rule, one row per figure.
    static func markdown(_ table: Table) -> String {
        var lines = [row(table.headings), row(table.headings.map { _ in "---" })]
        lines += table.rows.map { row($0.cells) }
        return lines.joined(separator: "\n")
    }

    /// A Markdown table row; a `|` in a cell is escaped.
    static func row(_ cells: [String]) -> String {
        "|" + cells.map { $0.isEmpty ? " " : " \($0.replacingAll("|", with: "\\|")) " }.joined(separator: "|") + "|"
    }

    /// The document with each marked table replaced by the generated one. A marker naming no
    /// table, or with no closing marker after it, is left as it is (a test reports it).
    static func updating(_ document: String, tables: [Table] = tables) -> String {
        let byID = Dictionary(tables.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return MarkedSections.updating(document, close: closeMarker) { line in
            markedID(line).flatMap { byID[$0] }.map(markdown)
        }
    }
}
