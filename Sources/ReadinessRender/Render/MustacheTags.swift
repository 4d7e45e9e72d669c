import ReadinessInput
import ReadinessModel

/// Finds the Mustache tags in a template's text, with their lines and columns, so templates can
/// be checked before they are rendered (swift-mustache keeps its parsed tags to itself).
enum MustacheTags {
    /// One tag.
    struct Tag: Equatable {
        /// `{{name}}` is a variable; `#`, `^`, `/`, `>`, `&`, `!`, `%`, `=` as written.
        var sigil: Character?
        /// The name inside, e.g. `theme.name` (transforms such as `uppercased(x)` give `x`).
        var name: String
        /// The whole tag as written.
        var text: String
        var line: Int
        var column: Int
    }

    /// Every tag in the text, in order, read as swift-mustache reads it: a set-delimiter tag
    /// (`{{=<% %>=}}`) changes the delimiters for the tags after it, so a tag cannot hide from
    /// the checks behind other delimiters.
    /// What Swift's `Character.isNewline` counts as a line break.
    static let newlines: Set<Unicode.Scalar> = ["\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"]

    static func scan(_ text: String) -> [Tag] {
        // Every tag opens with `{{` (a changed delimiter is set by such a tag): text without one
        // has none, and is not turned into scalars (a page of Markdown can be megabytes).
        guard MustacheSource.mayHoldTags(text) else { return [] }
        var tags: [Tag] = []
        let scalars = Array(text.unicodeScalars)
        var open: [Unicode.Scalar] = ["{", "{"]
        var close: [Unicode.Scalar] = ["}", "}"]
        func matches(_ pattern: [Unicode.Scalar], at index: Int) -> Bool {
            guard !pattern.isEmpty, index + pattern.count <= scalars.count else { return false }
            for k in pattern.indices where scalars[index + k] != pattern[k] { return false }
            return true
        }
        var i = 0
        var line = 1
        var column = 1
        func advance(to end: Int) {
            while i < end {
                if scalars[i] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                i += 1
            }
        }
        while i < scalars.count {
            guard matches(open, at: i) else {
                advance(to: i + 1)
                continue
            }
            // swift-mustache drops an opening delimiter that ends a line and reads on from the next
            // line, so the scanner does the same.
            let after = i + open.count
            if after < scalars.count, Self.newlines.contains(scalars[after]) {
                advance(to: after)
                continue
            }
            let isDefault = open == ["{", "{"] && close == ["}", "}"]
            // `{{{name}}}` exists only with the standard delimiters.
            let triple = isDefault && i + 2 < scalars.count && scalars[i + 2] == "{"
            let innerStart = i + open.count + (triple ? 1 : 0)
            var j = innerStart
            var closeAt: Int?
            while j < scalars.count {
                if matches(close, at: j) {
                    closeAt = j
                    break
                }
                j += 1
            }
            guard let closeIndex = closeAt else { break }
            var inner = String(String.UnicodeScalarView(scalars[innerStart..<closeIndex])).trimmingSpaces
            var sigil: Character?
            if triple {
                sigil = "&"
            } else if let first = inner.first, "#^/>&!%=<$".contains(first) {
                sigil = first
                inner = String(inner.dropFirst()).trimmingSpaces
            }
            var end = closeIndex + close.count
            if triple && end < scalars.count && scalars[end] == "}" { end += 1 }
            if sigil == "=" {
                // `{{=<% %>=}}`: the new opening and closing delimiters, separated by spaces.
                let body = inner.hasSuffix("=") ? String(inner.dropLast()) : inner
                let parts = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 {
                    open = Array(parts[0].unicodeScalars)
                    close = Array(parts[1].unicodeScalars)
                }
            } else if let openParen = inner.firstIndex(of: "("), let closeParen = inner.lastIndex(of: ")"),
                openParen < closeParen
            {
                inner = String(inner[inner.index(after: openParen)..<closeParen]).trimmingSpaces
            }
            tags.append(
                Tag(
                    sigil: sigil, name: inner, text: String(String.UnicodeScalarView(scalars[i..<end])),
                    line: line, column: column))
            advance(to: end)
        }
        return tags
    }

    /// The tags of a template that starts at `line`, `column` of its file (front-matter values,
    /// page bodies), placed at their lines and columns in the file.
    static func scan(_ text: String, line: Int, column: Int) -> [Tag] {
        scan(text).map { tag in
            var placed = tag
            placed.line = line + tag.line - 1
            if tag.line == 1 { placed.column = column + tag.column - 1 }
            return placed
        }
    }
}

/// Fields declared personal: the identifying columns of the child-level lists and the workers of
/// supervisions.csv (every column a declaration marks personal). No template may
/// ask for one; the values are never in the template context in the first place.
enum PersonalFields {
    /// The headings, as in Ofsted's Annex A, with other names people use for them: the personal
    /// columns declared in `AnnexAList`.
    static let headings = DataFiles.personalHeadings

    static let normalised: [String: String] = Dictionary(
        headings.map { (CSVTable.normalise($0), $0) }, uniquingKeysWith: { a, _ in a })

    /// The personal heading a tag asks for, if any (matching any part of a dotted name).
    static func heading(for tag: MustacheTags.Tag) -> String? {
        guard tag.sigil == nil || "#^&".contains(tag.sigil!) else { return nil }
        for part in tag.name.split(separator: ".") {
            if let heading = normalised[CSVTable.normalise(String(part))] { return heading }
        }
        return nil
    }

    /// Reports every tag in a template that asks for a personal field.
    static func check(_ text: String, path: String, log: inout DiagnosticLog) {
        check(MustacheTags.scan(text), path: path, log: &log)
    }

    /// The same over tags already scanned.
    static func check(_ tags: [MustacheTags.Tag], path: String, log: inout DiagnosticLog) {
        for tag in tags {
            guard let heading = heading(for: tag) else { continue }
            log.error(
                "'\(tag.text)' asks for '\(heading)', a personal field (it identifies a child or names a worker), which is never printed",
                at: SourceLocation(file: path, line: tag.line, column: tag.column),
                hint: "remove the tag; pages show only counts per team")
        }
    }
}
