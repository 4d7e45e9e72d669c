import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("Template names")
struct TemplateSchemaTests {
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
