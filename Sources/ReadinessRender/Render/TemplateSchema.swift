import ReadinessModel

/// Checks every name a template's tags use against the names declared for where the tag stands,
/// so a misspelt tag (`{{theme.nmae}}`) or a name from another scope (`{{theme.council}}`,
/// `{{site.grade}}`) fails the build at its line with a suggestion, instead of printing nothing.
///
/// Names are resolved as Mustache resolves them: the first part through the sections open
/// around the tag, innermost first; each further part inside the value found. A section on a
/// list or a group opens its scope; a section on a yes/no or text does not. Partials are
/// checked where they are included, with the sections open there.
package enum TemplateSchema {
    /// Every name of every scope.
    static var names: Set<String> { TemplateCatalogue.allNames }

    /// One open section.
    struct Frame {
        /// The scope it opens; nil for a section that opens none (a yes/no, text).
        var scope: TemplateScope?
        /// Names of the scope that this place does not have (`theme` on a page made once).
        var hidden: Set<String> = []
    }

    /// Where a template is checked from.
    struct Place {
        /// The sections open around the template.
        var frames: [Frame]
        /// Titles and output paths: only names made before the figures.
        var basicOnly = false
        /// Partials by name: their tags and file, checked where they are included.
        var partials: [String: (tags: [MustacheTags.Tag], path: String)] = [:]

        /// The top of a Markdown page; `theme` only on pages made per theme.
        static func page(perTheme: Bool, partials: [String: (tags: [MustacheTags.Tag], path: String)]) -> Place {
            Place(frames: [Frame(scope: .page, hidden: perTheme ? [] : ["theme"])], partials: partials)
        }

        /// A layout: every page's names and the layout's own.
        static func layout(partials: [String: (tags: [MustacheTags.Tag], path: String)]) -> Place {
            Place(frames: [Frame(scope: .page), Frame(scope: .layout)], partials: partials)
        }

        /// A page's title, output path or navigation title.
        static func frontMatter(perTheme: Bool) -> Place {
            Place(frames: [Frame(scope: .page, hidden: perTheme ? [] : ["theme"])], basicOnly: true)
        }
    }

    /// Reports every tag that names something templates do not have, anywhere: for a partial
    /// no page includes, whose place is not known.
    package static func check(_ text: String, path: String, log: inout DiagnosticLog) {
        checkAnywhere(MustacheTags.scan(text), path: path, log: &log)
    }

    /// The same over tags already scanned.
    static func checkAnywhere(_ tags: [MustacheTags.Tag], path: String, log: inout DiagnosticLog) {
        for tag in tags where tag.sigil == nil || "#^&".contains(tag.sigil!) {
            for part in tag.name.split(separator: ".") where !part.isEmpty {
                let name = String(part)
                guard !names.contains(name) else { continue }
                report(
                    tag, path: path, message: "names '\(name)', which templates do not have",
                    suggestion: closest(to: name, among: names), log: &log)
                break
            }
        }
    }

    /// Checks a template's tags at a place, and each partial it includes where it is included.
    static func check(_ tags: [MustacheTags.Tag], path: String, at place: Place, log: inout DiagnosticLog) {
        var reported: Set<String> = []
        var scratch = DiagnosticLog()
        walk(tags, path: path, frames: place.frames, place: place, depth: 0, log: &scratch)
        for diagnostic in scratch.all where reported.insert(diagnostic.description).inserted {
            log.report(diagnostic)
        }
    }

    private static func walk(
        _ tags: [MustacheTags.Tag], path: String, frames base: [Frame], place: Place, depth: Int,
        log: inout DiagnosticLog
    ) {
        var frames = base
        for tag in tags {
            switch tag.sigil {
            case nil, "&":
                _ = resolve(tag, path: path, frames: frames, basicOnly: place.basicOnly, log: &log)
            case "#":
                let kind = resolve(tag, path: path, frames: frames, basicOnly: place.basicOnly, log: &log)
                frames.append(Frame(scope: kind?.opens))
            case "^":
                _ = resolve(tag, path: path, frames: frames, basicOnly: place.basicOnly, log: &log)
                frames.append(Frame(scope: nil))
            case "/":
                if frames.count > base.count { frames.removeLast() }
            case ">":
                // Cycles are refused by `PartialCycles`; the depth guards this walk regardless.
                guard depth < Budgets.sectionNesting, let partial = place.partials[tag.name] else { continue }
                walk(partial.tags, path: partial.path, frames: frames, place: place, depth: depth + 1, log: &log)
            default: continue
            }
        }
    }

    /// What a tag's name gives where it stands, reporting it when nothing there has it.
    private static func resolve(
        _ tag: MustacheTags.Tag, path: String, frames: [Frame], basicOnly: Bool, log: inout DiagnosticLog
    ) -> TemplateKind? {
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard tag.name != ".", let first = parts.first, !first.isEmpty else { return nil }
        var found: TemplateField?
        for frame in frames.reversed() {
            guard let scope = frame.scope, !frame.hidden.contains(first) else { continue }
            if let field = TemplateCatalogue.field(first, in: scope) {
                found = field
                break
            }
        }
        guard var field = found else {
            let here = frames.compactMap { frame in
                frame.scope.map { TemplateCatalogue.fields(in: $0).map(\.name).filter { !frame.hidden.contains($0) } }
            }.flatMap { $0 }
            if first == "theme" && frames.contains(where: { $0.hidden.contains("theme") }) {
                report(
                    tag, path: path, message: "names 'theme', which only pages made per theme have",
                    hint: "add 'each: theme' to the page's front matter, or use {{#themes}}...{{/themes}}", log: &log)
            } else if names.contains(first) {
                let owners = TemplateScope.allCases.filter { TemplateCatalogue.field(first, in: $0) != nil }
                report(
                    tag, path: path,
                    message: "names '\(first)', which is not a name here: it belongs to "
                        + owners.map(\.noun).joined(separator: " or "),
                    hint: "use it inside a section that opens one, such as {{#themes}}...{{/themes}}; "
                        + "the names are listed in docs/templates.md", log: &log)
            } else {
                report(
                    tag, path: path, message: "names '\(first)', which templates do not have",
                    suggestion: closest(to: first, among: Set(here)), log: &log)
            }
            return nil
        }
        if basicOnly && !field.basic {
            reportBasic(tag, path: path, name: first, log: &log)
            return nil
        }
        for part in parts.dropFirst() {
            guard let scope = field.kind.opens, case .object = field.kind else {
                report(
                    tag, path: path,
                    message:
                        "names '\(part)' inside '\(field.name)', which is \(field.kind.label), not a group of names",
                    hint: "a list is read with a section: {{#\(field.name)}}...{{/\(field.name)}}", log: &log)
                return nil
            }
            guard let next = TemplateCatalogue.field(part, in: scope) else {
                report(
                    tag, path: path, message: "names '\(part)', which \(scope.noun) does not have",
                    suggestion: closest(to: part, among: Set(TemplateCatalogue.fields(in: scope).map(\.name))),
                    log: &log)
                return nil
            }
            if basicOnly && !next.basic {
                reportBasic(tag, path: path, name: part, log: &log)
                return nil
            }
            field = next
        }
        return field.kind
    }

    private static func reportBasic(_ tag: MustacheTags.Tag, path: String, name: String, log: inout DiagnosticLog) {
        report(
            tag, path: path, message: "names '\(name)', which titles and output paths cannot use",
            hint: "they are made before the figures: use the site's names and a theme's id, name, short_name, "
                + "summary, framework or framework_title", log: &log)
    }

    private static func report(
        _ tag: MustacheTags.Tag, path: String, message: String, suggestion: String?, log: inout DiagnosticLog
    ) {
        let hint =
            suggestion.map { "did you mean '\($0)'? The names are listed in docs/templates.md" }
            ?? "the names are listed in docs/templates.md"
        report(tag, path: path, message: message, hint: hint, log: &log)
    }

    private static func report(
        _ tag: MustacheTags.Tag, path: String, message: String, hint: String, log: inout DiagnosticLog
    ) {
        log.error(
            "'\(tag.text)' \(message)", at: SourceLocation(file: path, line: tag.line, column: tag.column), hint: hint)
    }

    /// The known name nearest a misspelling, if one is close.
    static func closest(to name: String, among candidates: Set<String> = names) -> String? {
        let best = candidates.map { ($0, distance(name, $0)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best, best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
