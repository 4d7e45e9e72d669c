import ReadinessModel

/// Reads `inspections.yaml`: the inspections and visits, with the grades given.
enum InspectionsLoader {
    static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> [Inspection] {
        guard let root = YAMLMappingReader(yaml, what: "inspections.yaml", log: &log) else { return [] }
        root.rejectUnknownKeys(["inspections"], log: &log)
        var inspections: [Inspection] = []
        for item in ThemesLoader.list(root, "inspections", log: &log) {
            guard let map = YAMLMappingReader(item, what: "each inspection", log: &log) else { continue }
            map.rejectUnknownKeys(["id", "framework", "kind", "title", "start", "published", "judgements"], log: &log)
            guard let id = map.string("id", required: true, log: &log),
                let framework = map.string("framework", required: true, log: &log)
            else { continue }
            let kind = map.string("kind", log: &log) ?? "Inspection"
            var judgements: [Inspection.Judgement] = []
            if let value = map.value("judgements") {
                if let entries = value.entries {
                    for entry in entries {
                        guard let text = entry.value.scalar, let grade = OfstedGrade.match(text) else {
                            log.error(
                                "the grade for '\(entry.key)' is not one of: "
                                    + OfstedGrade.allCases.map(\.label).joined(separator: ", "),
                                at: entry.value.location)
                            continue
                        }
                        judgements.append(.init(theme: entry.key, grade: grade, location: entry.keyLocation))
                    }
                } else {
                    log.error("'judgements' should be lines of 'theme-id: grade'", at: value.location)
                }
            }
            inspections.append(
                Inspection(
                    id: id, framework: framework, kind: kind, title: map.string("title", log: &log) ?? kind,
                    startDate: map.date("start", log: &log), published: map.date("published", log: &log),
                    judgements: judgements, location: item.location))
        }
        IdentifierRules.reportDuplicates(inspections, id: \.id, location: \.location, what: "inspection", log: &log)
        return inspections
    }
}
