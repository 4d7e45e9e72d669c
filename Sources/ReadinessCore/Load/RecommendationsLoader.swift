/// Reads `recommendations.csv`.
enum RecommendationsLoader {
    static let columns: [CSVTable.Column] = [
        .init("Reference", aliases: ["Ref", "ID"]),
        .init("Inspection"),
        .init("Theme", aliases: ["Judgement area"]),
        .init("Recommendation", aliases: ["Text"]),
        .init("Priority", required: false),
    ]

    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [Recommendation] {
        var result: [Recommendation] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let reference = row.required("Reference", log: &log)
            let inspection = row.required("Inspection", log: &log)
            let theme = row.required("Theme", log: &log)
            let text = row.required("Recommendation", log: &log)
            let priority = row.choice("Priority", as: RecommendationPriority.self, required: false, log: &log)
            guard let reference, let inspection, let theme, let text else { continue }
            result.append(
                Recommendation(
                    reference: reference, inspection: inspection, theme: theme, text: text,
                    priority: priority ?? .standard, location: row.location(of: "Reference")))
        }
        IdentifierRules.reportDuplicates(
            result, id: \.reference, location: \.location, what: "recommendation", log: &log)
        return result
    }
}
