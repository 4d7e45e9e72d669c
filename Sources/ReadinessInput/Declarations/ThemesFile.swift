import ReadinessModel

/// `themes.yaml`, declared once: the inspection frameworks and their judgement areas or themes.
package enum ThemesFile {
    /// Each item of `frameworks:`.
    enum Framework {
        static let id = YAMLKey.identifier("id", summary: "the framework's id, e.g. `ilacs`")
        static let name = YAMLKey.text("name", summary: "its short name, e.g. `ILACS`").documentingDefault("the `id`")
        static let title = YAMLKey.text("title", summary: "its full title").documentingDefault("the `name`")
    }

    /// Each item of `themes:`.
    enum Theme {
        static let id = YAMLKey.slug(
            "id", of: "theme", summary: "the theme's id; it becomes the page's file name, e.g. `children-in-care`")
        static let framework = YAMLKey.reference(
            "framework", to: "`frameworks` above", required: true, summary: "the framework it belongs to")
        static let name = YAMLKey.text(
            "name", required: true, summary: "its full name, e.g. the judgement area's words in the framework")
        static let shortName = YAMLKey.text("short_name", summary: "the name for navigation and captions")
            .documentingDefault("the `name`")
        static let summary = YAMLKey.text("summary", summary: "one line shown under the theme's name")
        static let serviceAreas = YAMLKey.textList(
            "service_areas",
            summary:
                "the caseload teams shown on its page, by service area (as in caseloads.csv); `all` for every team")
    }

    static let frameworks = YAMLListKey(
        "frameworks", what: "each framework",
        keys: [Framework.id.declaration, Framework.name.declaration, Framework.title.declaration],
        summary: "the inspection frameworks")
    static let themes = YAMLListKey(
        "themes", what: "each theme", required: true,
        keys: [
            Theme.id.declaration, Theme.framework.declaration, Theme.name.declaration, Theme.shortName.declaration,
            Theme.summary.declaration, Theme.serviceAreas.declaration,
        ],
        summary: "the judgement areas or themes, at least one; each gets its own readiness page")

    /// The file's declaration.
    package static let declaration = YAMLFileDeclaration(
        "themes.yaml", purpose: "the inspection frameworks and their judgement areas or themes", required: true,
        keys: [frameworks.declaration, themes.declaration])
}
