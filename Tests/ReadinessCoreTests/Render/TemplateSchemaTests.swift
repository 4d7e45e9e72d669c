import Testing

@testable import ReadinessCore

@Suite("Template names")
struct TemplateSchemaTests {
    /// Every object key in a value tree.
    func keys(_ value: TemplateValue, into set: inout Set<String>) {
        switch value {
        case .object(let fields):
            for (key, child) in fields {
                set.insert(key)
                keys(child, into: &set)
            }
        case .list(let items): for item in items { keys(item, into: &set) }
        default: break
        }
    }

    @Test("the schema holds every name the sample site's values have")
    func schemaIsComplete() throws {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let data = try #require(
            DataLoader.load(
                from: Support.packageRoot.appendingPathComponent("data").path, asAtOverride: nil, log: &log,
                ledger: &ledger))
        let asAt = try #require(data.settings.asAt)
        let figures = SiteFigures(data, asAt: asAt)
        let context = SiteContext(
            data: data, figures: figures, audience: .internal, policy: .none,
            provenance: Provenance(inputs: 1, asAt: asAt, audience: .internal))
        let values = context.values(pageLinks: [:])
        var names: Set<String> = []
        keys(.object(values.root), into: &names)
        for theme in values.themes.values { keys(theme, into: &names) }
        #expect(names.subtracting(TemplateSchema.names).isEmpty, "missing: \(names.subtracting(TemplateSchema.names))")
        #expect(names.count > 100)
    }

    @Test(
        "a misspelt name is an error at its tag, with a suggestion",
        arguments: [
            (
                "# {{theme.nmae}}",
                "t.md:1:3: error: '{{theme.nmae}}' names 'nmae', which templates do not have; did you mean 'name'? The names are listed in docs/templates.md"
            ),
            (
                "x\n{{#theme.recomendations}}{{/theme.recomendations}}",
                "t.md:2:1: error: '{{#theme.recomendations}}' names 'recomendations', which templates do not have; did you mean 'recommendations'? The names are listed in docs/templates.md"
            ),
            (
                "{{{zzzzzzzz}}}",
                "t.md:1:1: error: '{{{zzzzzzzz}}}' names 'zzzzzzzz', which templates do not have; the names are listed in docs/templates.md"
            ),
        ])
    func misspelt(_ text: String, _ expected: String) {
        var log = DiagnosticLog()
        TemplateSchema.check(text, path: "t.md", log: &log)
        #expect(log.errors.map(\.description) == [expected])
    }

    @Test("known names, partials, comments and closing tags pass")
    func fine() {
        var log = DiagnosticLog()
        TemplateSchema.check(
            "{{theme.name}} {{> partial}} {{! any words }} {{#theme.actions}}{{id}}{{/theme.actions}} {{.}}",
            path: "t.md",
            log: &log)
        #expect(log.all.isEmpty)
    }
}
