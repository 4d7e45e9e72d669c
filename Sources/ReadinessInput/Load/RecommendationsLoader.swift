import ReadinessModel

/// Reads `recommendations.csv` (declared in `RecommendationsFile`).
enum RecommendationsLoader {
    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [Recommendation] {
        typealias File = RecommendationsFile
        var result: [Recommendation] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let reference = row.read(File.reference, log: &log)
            let inspection = row.read(File.inspection, log: &log)
            let theme = row.read(File.theme, log: &log)
            let text = row.read(File.text, log: &log)
            let priority = row.read(File.priority, log: &log)
            let score = row.read(File.score, log: &log)
            let direction = row.read(File.direction, log: &log)
            guard let reference, let inspection, let theme, let text else { continue }
            var recommendation = Recommendation(
                reference: reference, inspection: inspection, theme: theme, text: text,
                priority: priority ?? .standard, location: row.location(of: File.reference))
            recommendation.score = score
            recommendation.direction = direction
            result.append(recommendation)
        }
        IdentifierRules.reportDuplicates(
            result, id: \.reference, location: \.location, what: "recommendation", log: &log)
        return result
    }
}
