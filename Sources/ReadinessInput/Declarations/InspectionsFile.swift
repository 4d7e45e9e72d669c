import ReadinessModel

/// `inspections.yaml`, declared once: the inspections and visits, with the grades given.
package enum InspectionsFile {
    /// Each item of `inspections:`.
    enum Inspection {
        static let id = YAMLKey.identifier("id", summary: "the inspection's id, used by recommendations.csv")
        static let framework = YAMLKey.reference(
            "framework", to: "themes.yaml's `frameworks`", required: true, summary: "the framework inspected under")
        static let kind = YAMLKey.text(
            "kind",
            summary: "e.g. `Standard inspection`, `Short inspection`, `Focused visit`, `Monitoring visit`, `JTAI`"
        ).defaulting(to: "Inspection")
        static let title = YAMLKey.text("title", summary: "its title on pages").documentingDefault("the `kind`")
        static let start = YAMLKey.date("start", summary: "the first day of the inspection or visit")
        static let published = YAMLKey.date("published", summary: "the day its report was published")
        static let judgements = YAMLKey<[ReadinessModel.Inspection.Judgement]>.themeGrades(
            "judgements",
            summary: "the grade given for each judgement area; `overall` is overall effectiveness; JTAIs have none")
    }

    static let inspections = YAMLListKey(
        "inspections", what: "each inspection",
        keys: [
            Inspection.id.declaration, Inspection.framework.declaration, Inspection.kind.declaration,
            Inspection.title.declaration, Inspection.start.declaration, Inspection.published.declaration,
            Inspection.judgements.declaration,
        ],
        summary: "the inspections and visits")

    /// The file's declaration.
    package static let declaration = YAMLFileDeclaration(
        "inspections.yaml", purpose: "inspections and visits, with the grades given",
        keys: [inspections.declaration])
}

extension YAMLKey where Value == [Inspection.Judgement] {
    /// Lines of `theme-id: grade`, each grade matched loosely; none when the key is left out.
    static func themeGrades(_ name: String, summary: String) -> Self {
        let kind = YAMLKeyDeclaration.Kind.themeGrades(
            OfstedGrade.allCases.map { DataColumn.VocabularyWord(label: $0.label, synonyms: $0.synonyms) })
        return Self(YAMLKeyDeclaration(name, kind: kind, summary: summary)) { map, key, log in
            guard let value = map.value(key.name) else { return [] }
            guard let entries = value.entries else {
                log.error("'\(key.name)' should be lines of 'theme-id: grade'", at: value.location)
                return []
            }
            var judgements: [Inspection.Judgement] = []
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
            return judgements
        }
    }
}
