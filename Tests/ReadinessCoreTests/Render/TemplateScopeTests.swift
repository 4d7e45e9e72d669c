import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Each tag's name is checked against the names declared for where it stands.
@Suite("Template names by scope")
struct TemplateScopeTests {
    /// The errors the check gives a page body, on a theme page or a page made once.
    func errors(_ text: String, perTheme: Bool = true, partials: [String: String] = [:]) -> [String] {
        var log = DiagnosticLog()
        let scanned = partials.mapValues { (tags: MustacheTags.scan($0), path: "partial.md") }
        TemplateSchema.check(
            MustacheTags.scan(text), path: "t.md", at: .page(perTheme: perTheme, partials: scanned), log: &log)
        return log.errors.map(\.description)
    }

    static let docs = "the names are listed in docs/templates.md"

    @Test(
        "a name from another scope, or none, is an error at its tag",
        arguments: [
            (
                "{{theme.council}}",
                "t.md:1:1: error: '{{theme.council}}' names 'council', which a theme does not have; \(docs)"
            ),
            (
                "x {{site.grade}}",
                "t.md:1:3: error: '{{site.grade}}' names 'grade', which `site` does not have; \(docs)"
            ),
            (
                "{{theme.nmae}}",
                "t.md:1:1: error: '{{theme.nmae}}' names 'nmae', which a theme does not have; did you mean 'name'? The names are listed in docs/templates.md"
            ),
            (
                "{{#themes}}\n{{#actions}}{{id}} {{council}}{{/actions}}{{/themes}}",
                "t.md:2:20: error: '{{council}}' names 'council', which is not a name here: it belongs to `site`; use it inside a section that opens one, such as {{#themes}}...{{/themes}}; \(docs)"
            ),
            (
                "{{reference}}",
                "t.md:1:1: error: '{{reference}}' names 'reference', which is not a name here: it belongs to a recommendation; use it inside a section that opens one, such as {{#themes}}...{{/themes}}; \(docs)"
            ),
            (
                "{{theme.name.first}}",
                "t.md:1:1: error: '{{theme.name.first}}' names 'first' inside 'name', which is text, not a group of names; a list is read with a section: {{#name}}...{{/name}}"
            ),
            (
                "{{#theme.counts}}{{recommendations}}{{council}}{{/theme.counts}}",
                "t.md:1:37: error: '{{council}}' names 'council', which is not a name here: it belongs to `site`; use it inside a section that opens one, such as {{#themes}}...{{/themes}}; \(docs)"
            ),
            (
                "{{zzzzzzzz}}", "t.md:1:1: error: '{{zzzzzzzz}}' names 'zzzzzzzz', which templates do not have; \(docs)"
            ),
        ])
    func wrongScope(_ text: String, _ expected: String) {
        #expect(errors(text) == [expected])
    }

    @Test(
        "names resolve through the sections open around them",
        arguments: [
            "{{#themes}}{{name}} {{readiness_tag}} {{site.council}} {{headline}}{{/themes}}",
            "{{#site}}{{council}}{{/site}}",
            "{{#theme.recommendations}}{{reference}}{{#actions}}{{id}} {{reference}}{{/actions}}{{/theme.recommendations}}",
            "{{#theme.reasons}}{{.}}{{/theme.reasons}}",
            "{{#theme.grade}}Graded {{theme.grade}} by {{theme.graded_by}}{{/theme.grade}}",
            "{{^theme.actions}}None{{/theme.actions}} {{#inspections}}{{#judgements}}{{area}}: {{grade}}{{/judgements}}{{/inspections}}",
            "{{#follow_ups.items}}{{id}} {{status}}{{/follow_ups.items}} {{#timeliness}}{{name}} {{table}}{{/timeliness}}",
            "{{page.title}} {{root}} {{theme.changes.list}} {{#theme.changes}}{{meeting}}{{/theme.changes}}",
        ])
    func resolves(_ text: String) {
        #expect(errors(text).isEmpty)
    }

    @Test("theme exists only on pages made per theme")
    func themeOnlyOnThemePages() {
        #expect(
            errors("# {{theme.name}}", perTheme: false) == [
                "t.md:1:3: error: '{{theme.name}}' names 'theme', which only pages made per theme have; add 'each: theme' to the page's front matter, or use {{#themes}}...{{/themes}}"
            ])
        #expect(errors("{{#themes}}{{name}}{{/themes}}", perTheme: false).isEmpty)
    }

    @Test("a partial is checked where it is included, at its own file and line")
    func partialsWhereIncluded() {
        let partials = ["row": "\n{{short_name}}: {{readiness}}"]
        #expect(errors("{{#themes}}{{> row}}{{/themes}}", partials: partials).isEmpty)
        #expect(
            errors("{{> row}}", partials: partials) == [
                "partial.md:2:1: error: '{{short_name}}' names 'short_name', which is not a name here: it belongs to a theme; use it inside a section that opens one, such as {{#themes}}...{{/themes}}; \(Self.docs)",
                "partial.md:2:17: error: '{{readiness}}' names 'readiness', which is not a name here: it belongs to a theme; use it inside a section that opens one, such as {{#themes}}...{{/themes}}; \(Self.docs)",
            ])
    }

    @Test("titles and output paths may use only the names made before the figures")
    func frontMatter() {
        var log = DiagnosticLog()
        TemplateSchema.check(
            MustacheTags.scan("{{theme.short_name}} {{site.council}} {{theme.readiness}}"), path: "t.md",
            at: .frontMatter(perTheme: true), log: &log)
        #expect(
            log.errors.map(\.description) == [
                "t.md:1:39: error: '{{theme.readiness}}' names 'readiness', which titles and output paths cannot use; they are made before the figures: use the site's names and a theme's id, name, short_name, summary, framework or framework_title"
            ])
    }

    @Test("a page's wrong name fails the build at its line, through a partial too")
    func throughTheBuild() throws {
        let folder = try Support.copy(Support.basic)
        let templates = folder.appendingPathComponent("site-templates")
        try "---\neach: theme\n---\n# {{theme.name}}\n\n{{> extra}}\n".write(
            to: templates.appendingPathComponent("pages/theme.md"), atomically: true, encoding: .utf8)
        try "Council: {{theme.council}}\n".write(
            to: templates.appendingPathComponent("partials/extra.md"), atomically: true, encoding: .utf8)
        let result = try Support.render(folder)
        let path = templates.appendingPathComponent("partials/extra.md").path
        #expect(
            result.diagnostics.errors.map(\.description) == [
                "\(path):1:10: error: '{{theme.council}}' names 'council', which a theme does not have; \(Self.docs)"
            ])
    }

    /// Every name of a value tree, by the scope the catalogue says it is in.
    func check(_ value: TemplateValue, scope: TemplateScope, missing: inout Set<String>) {
        guard case .object(let fields) = value else { return }
        for (name, child) in fields {
            guard let field = TemplateCatalogue.field(name, in: scope) else {
                missing.insert("\(scope).\(name)")
                continue
            }
            switch (field.kind, child) {
            case (.object(let inner), _): check(child, scope: inner, missing: &missing)
            case (.list(let inner), .list(let items)):
                for item in items { check(item, scope: inner, missing: &missing) }
            default: break
            }
        }
    }

    @Test("every value the sample's context holds is declared in its scope, and every declared name is made")
    func catalogueMatchesValues() throws {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let data = try #require(
            DataLoader.load(
                from: Support.packageRoot.appendingPathComponent("data").path, asAtOverride: nil, log: &log,
                ledger: &ledger))
        let asAt = try #require(data.settings.asAt)
        let context = SiteContext(
            data: data, figures: SiteFigures(data, asAt: asAt), audience: .internal, policy: .none,
            provenance: Provenance(inputs: 1, asAt: asAt, audience: .internal))
        let values = context.values(pageLinks: [:])
        var missing: Set<String> = []
        check(.object(values.root), scope: .page, missing: &missing)
        for theme in values.themes.values { check(theme, scope: .theme, missing: &missing) }
        #expect(missing.isEmpty, "made but not declared: \(missing)")
        let made = Set(values.root.keys)
        let declared = Set(SiteFields.page.map(\.field.name))
        #expect(made == declared)
        // Every theme makes every name, except an indicator's, which only the theme that shows
        // it makes: across the sample's themes, every declared name is made.
        let themeKeys = values.themes.values.map { value -> Set<String> in
            if case .object(let fields) = value { return Set(fields.keys) } else { return [] }
        }
        let indicatorNames = Set(ThemeFields.indicatorFields.map(\.field.name))
        for keys in themeKeys {
            #expect(
                keys.subtracting(indicatorNames) == Set(ThemeFields.all.map(\.field.name)).subtracting(indicatorNames))
        }
        #expect(themeKeys.reduce(into: Set<String>()) { $0.formUnion($1) } == Set(ThemeFields.all.map(\.field.name)))
    }

    @Test("docs/templates.md's reference is the catalogue's (RECORD_SNAPSHOTS=1 rewrites it)")
    func docsMatch() throws {
        let url = Support.packageRoot.appendingPathComponent("docs/templates.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        let begin = "<!-- reference: made from the declarations; RECORD_SNAPSHOTS=1 swift test rewrites it -->\n"
        let end = "<!-- end reference -->"
        let start = try #require(text.range(of: begin))
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        let current = String(text[start.upperBound..<stop.lowerBound])
        let wanted = "\n" + TemplateCatalogue.reference()
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil, current != wanted {
            try (String(text[..<start.upperBound]) + wanted + String(text[stop.lowerBound...])).write(
                to: url, atomically: true, encoding: .utf8)
        }
        #expect(current == wanted, "docs/templates.md's reference differs from the declarations")
    }
}
