import ReadinessModel

/// Reads `inspections.yaml`: the inspections and visits, with the grades given, through the keys
/// `InspectionsFile` declares.
enum InspectionsLoader {
    static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> [Inspection] {
        guard let root = YAMLSection(yaml, file: InspectionsFile.declaration, log: &log) else { return [] }
        typealias I = InspectionsFile.Inspection
        var inspections: [Inspection] = []
        for item in root.items(InspectionsFile.inspections, log: &log) {
            guard let map = item.open(log: &log) else { continue }
            guard let id = map.read(I.id, log: &log), let framework = map.read(I.framework, log: &log) else { continue }
            let kind = map.read(I.kind, log: &log)
            let judgements = map.read(I.judgements, log: &log) ?? []
            inspections.append(
                Inspection(
                    id: id, framework: framework, kind: kind, title: map.read(I.title, log: &log) ?? kind,
                    startDate: map.read(I.start, log: &log), published: map.read(I.published, log: &log),
                    judgements: judgements, location: item.location))
        }
        IdentifierRules.reportDuplicates(inspections, id: \.id, location: \.location, what: "inspection", log: &log)
        return inspections
    }
}
