import Mustache
import ReadinessInput
import ReadinessModel

/// A Markdown page template from `site-templates/pages/`, with its front matter read.
public struct PageTemplate: Sendable {
    /// What a page is made for.
    public enum Repeat: String, Sendable {
        /// One page.
        case once
        /// One page per theme (`each: theme`).
        case theme
    }

    /// The template's name (its file name without `.md`).
    public let name: String
    /// Its path, for diagnostics.
    public let path: String
    /// The title, which may hold Mustache tags.
    let title: FrontText
    /// The layout that wraps it.
    public let layout: String
    /// Once, or once per theme.
    public let repeats: Repeat
    /// Where its output goes; may hold Mustache tags such as `{{theme.id}}`.
    let output: FrontText
    /// Title in the navigation, if not the page title.
    let navigationTitle: FrontText?
    /// Whether the page is listed in the navigation.
    public let inNavigation: Bool
    /// Where it comes in the navigation and the agenda pack, when front matter's `order:` says
    /// (lower first; the overview is 0, theme pages 10 and other pages 20 unless they say).
    var order: Int? = nil
    /// The Markdown body: a template, or nil when it holds no tag (most hand-written pages).
    let body: MustacheTemplate?
    /// The body's text: used as it is when it holds no tag, and what the preview's
    /// `RenderedPageCache` compares a page by.
    let bodyText: String
    /// The length of the body's text in bytes, for the rendering budget.
    let bodyBytes: Int
    /// The line of the file the body starts on.
    let bodyLine: Int
    /// The partials the body includes, for `PartialExpansion`.
    var includes: [PartialExpansion.Include] = []
    /// The names its tags use, for `TemplateUsage`.
    var tagNames: [String] = []
    /// The tags of its body, checked against the names templates have where each stands.
    var bodyTags: [MustacheTags.Tag] = []

    /// The keys front matter may hold.
    static let keys = ["title", "layout", "each", "output", "nav_title", "nav", "order"]

    /// Reads a page template, reporting problems in its front matter and Mustache tags.
    package static func load(_ source: SourceText, name: String, log: inout DiagnosticLog) -> PageTemplate? {
        guard let parts = FrontMatter.split(source.string, path: source.path, log: &log) else { return nil }
        // libcmark needs over a hundred times a text's size in memory: refuse a huge page first.
        guard parts.body.utf8.count <= Budgets.markdownBytes else {
            log.error(
                "this page is \(parts.body.utf8.count / 1024) KB, more than the \(Budgets.markdownBytes / 1024) KB "
                    + "a page may have",
                at: SourceLocation(file: source.path, line: parts.bodyLine, column: 1),
                hint: "split it into several pages")
            return nil
        }
        var settings: YAMLMappingReader?
        if let yaml = parts.yaml {
            guard let value = YAMLValue.parse(yaml, path: source.path, lineOffset: 1, log: &log) else { return nil }
            guard let map = YAMLMappingReader(value, what: "front matter", log: &log) else { return nil }
            map.rejectUnknownKeys(keys, log: &log)
            settings = map
        }
        let at = SourceLocation(file: source.path, line: 1, column: 1)
        func text(_ key: String) -> String? { settings?.string(key, log: &log) }
        // The checks read what Mustache will read: front-matter values after YAML has undone its
        // escapes (`"\u007b\u007b"` is `{{`), and the body after any set-delimiter tag.
        let bodyTags = MustacheTags.scan(parts.body, line: parts.bodyLine, column: 1)
        var frontTags: [MustacheTags.Tag] = []
        for key in ["title", "output", "nav_title"] {
            guard let value = settings?.value(key), let string = value.scalar else { continue }
            // Front matter starts on the file's second line.
            frontTags += MustacheTags.scan(string, line: value.location.line + 1, column: value.location.column)
        }
        let tags = bodyTags + frontTags
        PersonalFields.check(tags, path: source.path, log: &log)
        let tagNames = tags.map(\.name)
        let repeats: Repeat
        switch text("each") {
        case nil, "once": repeats = .once
        case "theme", "themes": repeats = .theme
        case let other?:
            log.error(
                "'each: \(other)' is not something pages can repeat over",
                at: settings?.value("each")?.location ?? at, hint: "use 'each: theme', or leave 'each' out for one page"
            )
            return nil
        }
        // Titles and output paths are made before the figures, so they are checked apart; the
        // body is checked with the partials it includes, once they are loaded (`SiteTemplates`).
        TemplateSchema.check(
            frontTags, path: source.path, at: .frontMatter(perTheme: repeats == .theme), log: &log)
        let defaultOutput = repeats == .theme ? "{{theme.id}}.html" : "\(name).html"
        let title = FrontText.read(
            text("title") ?? (repeats == .theme ? "{{theme.name}}" : name),
            path: source.path, line: settings?.value("title")?.location.line ?? 1, log: &log)
        let output = FrontText.read(
            text("output") ?? defaultOutput,
            path: source.path, line: settings?.value("output")?.location.line ?? 1, log: &log)
        let navTitle = text("nav_title").flatMap {
            FrontText.read(
                $0, path: source.path, line: settings?.value("nav_title")?.location.line ?? 1, log: &log)
        }
        // A body with no tag needs no Mustache parse (a third of the time for thousands of pages).
        let hasTags = MustacheSource.mayHoldTags(parts.body)
        let body =
            hasTags ? MustacheSource.template(parts.body, path: source.path, line: parts.bodyLine, log: &log) : nil
        var log2 = DiagnosticLog()
        let nav = settings?.bool("nav", default: true, log: &log2) ?? true
        let order =
            settings?.value("order") == nil ? nil : settings?.integer("order", in: -999...999, default: 20, log: &log2)
        log.merge(log2)
        guard let title, let output, body != nil || !hasTags else { return nil }
        var page = PageTemplate(
            name: name, path: source.path, title: title, layout: text("layout") ?? "default", repeats: repeats,
            output: output, navigationTitle: navTitle, inNavigation: nav, body: body,
            bodyText: parts.body, bodyBytes: parts.body.utf8.count, bodyLine: parts.bodyLine)
        page.order = order
        page.includes = PartialExpansion.includes(in: tags)
        page.tagNames = tagNames
        page.bodyTags = bodyTags
        return page
    }
}

/// Parses Mustache text with Readiness's escaping in force, reporting errors at the right line.
package enum MustacheSource {
    /// Every template starts in the TEXT content type: Readiness escapes each value itself, for
    /// its destination, before Mustache sees it (see `MustacheView`).
    static let pragma = "{{% CONTENT_TYPE: TEXT}}"

    /// Whether text holds `{{`, by a plain byte scan (the generic searches are slow here).
    static func mayHoldTags(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x7B && previous == 0x7B { return true }
                previous = byte
            }
            return false
        }
    }

    /// Parses a template whose first line is line `line` of its file.
    package static func template(
        _ text: String, path: String, line: Int, log: inout DiagnosticLog
    ) -> MustacheTemplate? {
        // swift-mustache parses nested sections recursively: refuse nesting deep enough to
        // exhaust the stack before it sees the text.
        var depth = 0
        for tag in MustacheTags.scan(text) {
            if tag.sigil == "#" || tag.sigil == "^" { depth += 1 }
            if tag.sigil == "/" { depth -= 1 }
            if depth > Budgets.sectionNesting {
                log.error(
                    "sections are nested more than \(Budgets.sectionNesting) deep here",
                    at: SourceLocation(file: path, line: line + tag.line - 1, column: tag.column),
                    hint: "templates need only a few levels of {{#section}}")
                return nil
            }
        }
        do {
            let template = try MustacheTemplate(string: pragma + text)
            let unseen = ParsedTags(template).unseen(by: ParsedTags(scanned: MustacheTags.scan(text)))
            guard unseen.isEmpty else {
                log.error(
                    "Mustache reads \(unseen.joined(separator: ", ")) in this template, which Readiness's checks "
                        + "cannot see", at: SourceLocation(file: path, line: line, column: 1),
                    hint: "write each tag whole, as {{name}} or {{> partial}}, with no {{ left open before it; "
                        + "partials named from data ({{>*name}}) are not supported")
                return nil
            }
            return template
        } catch let error as MustacheTemplate.ParserError {
            let column =
                error.context.lineNumber == 1
                ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
            log.error(
                describe(error.error),
                at: SourceLocation(file: path, line: line + error.context.lineNumber - 1, column: column),
                hint: "see docs/templates.md for the tags Readiness understands")
        } catch {
            log.error("the template cannot be read: \(error)", at: SourceLocation(file: path, line: line, column: 1))
        }
        return nil
    }

    static func describe(_ error: Swift.Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "this closing tag does not match the section that is open"
        case .unfinishedName?: return "this tag is not finished; close it with '}}'"
        case .expectedSectionEnd?:
            return "the template ends while a {{#section}} is still open; add its closing {{/name}} tag"
        case .invalidSetDelimiter?: return "this set-delimiter tag is not valid"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            return "this {{% ...}} pragma is not one Readiness allows"
        default: return "this Mustache tag is not valid (\(error))"
        }
    }
}
