import ReadinessModel

/// The names a layout has besides every page's, declared once.
enum LayoutFields {
    /// What a layout's own values are made from: the page it wraps and the site's navigation.
    struct Input {
        /// The page's HTML.
        let body: String
        let path: String
        let title: String
        let council: String
        let asAt: CalendarDate
        /// Every page in the navigation: its title and path.
        let navigation: [(title: String, path: String)]
        /// The council's logo, if the settings give one that could be read.
        var logo: SiteLogo? = nil
        /// The council's own colours.
        var brand = BrandColours()
        /// Whether pages load the table tools, `assets/tables.js` (internal builds that have it).
        var tableTools = false

        var prefix: String { SitePath.rootPrefix(for: path) }
    }

    static let all: [TemplateDeclaration<Input>] = [
        .init("content", .block, "the page's HTML") { .html($0.body, isBlock: true) },
        .init("stylesheet", .text, "the path to `assets/style.css` from this page") {
            .text($0.prefix + "assets/style.css")
        },
        .init(
            "print_style", .block,
            "the `<style>` that puts the council, the page, the as-at date and page numbers on every printed page; place it in `<head>`"
        ) { .html(PrintStyle.header(council: $0.council, page: $0.title, asAt: $0.asAt), isBlock: true) },
        .init(
            "brand_style", .block,
            "the `<style>` that sets the council's colours (`brand:` in settings.yaml) as the stylesheet's custom properties; place it in `<head>` after the stylesheet"
        ) { .html(brandStyle($0.brand), isBlock: false) },
        .init(
            "logo", .block,
            "the council's logo (`logo:` in settings.yaml) as an `<img>`, linked from this page; empty when there is none"
        ) { input in
            guard let logo = input.logo else { return .html("", isBlock: false) }
            let alt = Escaping.html(logo.alt ?? input.council)
            let src = Escaping.html(input.prefix + logo.outputPath)
            return .html("<img class=\"site-header__logo\" src=\"\(src)\" alt=\"\(alt)\">", isBlock: false)
        },
        .init(
            "scripts", .block,
            "the `<script>` that lets readers filter and sort tables (`assets/tables.js`) on internal builds; "
                + "nothing on public builds; place it in `<head>`"
        ) { input in
            .html(
                input.tableTools ? "<script src=\"\(input.prefix)\(TableTools.script)\" defer></script>\n" : "",
                isBlock: true)
        },
        .init("nav", .list(.navItem), "the pages in the navigation") { input in
            .list(
                input.navigation.map {
                    navItem.object(for: (entry: $0, prefix: input.prefix, current: input.path))
                })
        },
    ]

    /// `<style>:root { --brand: #1d70b8; }</style>`, or nothing when the settings give no
    /// colours. Each value is `#rrggbb`, made from parsed digits, so it can carry nothing else.
    static func brandStyle(_ brand: BrandColours) -> String {
        let properties = brand.properties
        guard !properties.isEmpty else { return "" }
        return "<style>:root { " + properties.map { "\($0.name): \($0.value);" }.joined(separator: " ") + " }</style>"
    }

    static let navItem: [TemplateDeclaration<(entry: (title: String, path: String), prefix: String, current: String)>] =
        [
            .init("title", .text, "the page's title in the navigation") { .text($0.entry.title) },
            .init("href", .text, "the link to it from this page") { .text($0.prefix + $0.entry.path) },
            .init("current", .flag, "whether it is this page") { .bool($0.entry.path == $0.current) },
        ]
}
