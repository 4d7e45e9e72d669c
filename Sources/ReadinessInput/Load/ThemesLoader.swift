import ReadinessModel

/// Reads `themes.yaml`: the frameworks and their judgement areas or themes, through the keys
/// `ThemesFile` declares.
enum ThemesLoader {
    static func load(_ yaml: YAMLValue, log: inout DiagnosticLog) -> ([Framework], [Theme]) {
        guard let root = YAMLSection(yaml, file: ThemesFile.declaration, log: &log) else { return ([], []) }
        typealias F = ThemesFile.Framework
        typealias T = ThemesFile.Theme
        var frameworks: [Framework] = []
        for item in root.items(ThemesFile.frameworks, log: &log) {
            guard let map = item.open(log: &log) else { continue }
            guard let id = map.read(F.id, log: &log) else { continue }
            let name = map.read(F.name, log: &log) ?? id
            frameworks.append(
                Framework(id: id, name: name, title: map.read(F.title, log: &log) ?? name, location: item.location))
        }
        var themes: [Theme] = []
        for item in root.items(ThemesFile.themes, log: &log) {
            guard let map = item.open(log: &log) else { continue }
            // Every required key is reported missing before the id's form is checked.
            guard let idText = map.text(T.id, log: &log),
                let framework = map.read(T.framework, log: &log),
                let name = map.read(T.name, log: &log)
            else { continue }
            guard let id = idText.value(log: &log) else { continue }
            if !frameworks.contains(where: { $0.id == framework }) {
                log.error(
                    "framework '\(framework)' is not defined", at: map.location(of: T.framework),
                    hint: "add it under 'frameworks:' or use one of: " + frameworks.map(\.id).joined(separator: ", "))
            }
            themes.append(
                Theme(
                    id: id, framework: framework, name: name, shortName: map.read(T.shortName, log: &log) ?? name,
                    summary: map.read(T.summary, log: &log), serviceAreas: map.read(T.serviceAreas, log: &log) ?? [],
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
}
