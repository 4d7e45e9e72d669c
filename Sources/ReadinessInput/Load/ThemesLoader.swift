import ReadinessModel

/// Reads `themes.yaml`: the frameworks and their judgement areas or themes.
enum ThemesLoader {
    static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> ([Framework], [Theme]) {
        guard let root = YAMLMappingReader(yaml, what: "themes.yaml", log: &log) else { return ([], []) }
        root.rejectUnknownKeys(["frameworks", "themes"], log: &log)
        var frameworks: [Framework] = []
        for item in list(root, "frameworks", log: &log) {
            guard let map = YAMLMappingReader(item, what: "each framework", log: &log) else { continue }
            map.rejectUnknownKeys(["id", "name", "title"], log: &log)
            guard let id = map.string("id", required: true, log: &log) else { continue }
            let name = map.string("name", log: &log) ?? id
            frameworks.append(
                Framework(id: id, name: name, title: map.string("title", log: &log) ?? name, location: item.location))
        }
        var themes: [Theme] = []
        for item in list(root, "themes", log: &log) {
            guard let map = YAMLMappingReader(item, what: "each theme", log: &log) else { continue }
            map.rejectUnknownKeys(["id", "framework", "name", "short_name", "summary", "service_areas"], log: &log)
            guard let id = map.string("id", required: true, log: &log),
                let framework = map.string("framework", required: true, log: &log),
                let name = map.string("name", required: true, log: &log)
            else { continue }
            if !IdentifierRules.isSlug(id) {
                log.error(
                    "theme id '\(id)' can hold only lower-case letters, digits and hyphens",
                    at: map.value("id")?.location ?? item.location,
                    hint: "it becomes the page's file name, e.g. 'children-in-care'")
                continue
            }
            if !frameworks.contains(where: { $0.id == framework }) {
                log.error(
                    "framework '\(framework)' is not defined", at: map.value("framework")?.location ?? item.location,
                    hint: "add it under 'frameworks:' or use one of: " + frameworks.map(\.id).joined(separator: ", "))
            }
            themes.append(
                Theme(
                    id: id, framework: framework, name: name, shortName: map.string("short_name", log: &log) ?? name,
                    summary: map.string("summary", log: &log), serviceAreas: map.strings("service_areas", log: &log),
                    location: item.location))
        }
        if themes.isEmpty {
            log.error(
                "no themes are defined", at: yaml.location, hint: "list the judgement areas and themes under 'themes:'")
        }
        IdentifierRules.reportDuplicates(frameworks, id: \.id, location: \.location, what: "framework", log: &log)
        IdentifierRules.reportDuplicates(themes, id: \.id, location: \.location, what: "theme", log: &log)
        return (frameworks, themes)
    }

    /// The items of a list-valued key, reporting a value that is not a list.
    static func list(_ map: YAMLMappingReader, _ key: String, log: inout DiagnosticLog) -> [YAMLValue] {
        guard let value = map.value(key) else { return [] }
        guard let items = value.items else {
            log.error("'\(key)' should be a list of entries, each starting with '- '", at: value.location)
            return []
        }
        return items
    }
}
