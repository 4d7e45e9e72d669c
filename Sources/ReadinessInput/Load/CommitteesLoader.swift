import ReadinessModel

/// Reads `committees.yaml`: the committees and their meeting dates, through the keys
/// `CommitteesFile` declares.
package enum CommitteesLoader {
    package static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> [Committee] {
        guard let root = YAMLSection(yaml, file: CommitteesFile.declaration, log: &log) else { return [] }
        typealias C = CommitteesFile.Committee
        var committees: [Committee] = []
        for item in root.items(CommitteesFile.committees, log: &log) {
            guard let map = item.open(log: &log) else { continue }
            guard let id = map.read(C.id, log: &log) else { continue }
            let meetings = map.read(C.meetings, log: &log) ?? []
            committees.append(
                Committee(
                    id: id, name: map.read(C.name, log: &log) ?? id, meetings: meetings.sorted(),
                    location: item.location))
        }
        IdentifierRules.reportDuplicates(committees, id: \.id, location: \.location, what: "committee", log: &log)
        return committees
    }
}
