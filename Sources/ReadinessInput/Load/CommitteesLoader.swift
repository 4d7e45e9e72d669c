import ReadinessModel

/// Reads `committees.yaml`: the committees and their meeting dates.
enum CommitteesLoader {
    static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> [Committee] {
        guard let root = YAMLMappingReader(yaml, what: "committees.yaml", log: &log) else { return [] }
        root.rejectUnknownKeys(["committees"], log: &log)
        var committees: [Committee] = []
        for item in ThemesLoader.list(root, "committees", log: &log) {
            guard let map = YAMLMappingReader(item, what: "each committee", log: &log) else { continue }
            map.rejectUnknownKeys(["id", "name", "meetings"], log: &log)
            guard let id = map.string("id", required: true, log: &log) else { continue }
            var meetings: [CalendarDate] = []
            for (index, text) in map.strings("meetings", log: &log).enumerated() {
                let at = map.value("meetings")?.items?[index].location ?? item.location
                if let date = CellParser.date(text, column: "meetings", at: at, log: &log) { meetings.append(date) }
            }
            committees.append(
                Committee(
                    id: id, name: map.string("name", log: &log) ?? id, meetings: meetings.sorted(),
                    location: item.location))
        }
        IdentifierRules.reportDuplicates(committees, id: \.id, location: \.location, what: "committee", log: &log)
        return committees
    }
}
