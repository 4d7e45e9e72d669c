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

    /// Every tag in the text, in order. Set-delimiter tags are reported but not followed.
    static func scan(_ text: String) -> [Tag] {
        var tags: [Tag] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        var line = 1
        var column = 1
        while i < scalars.count {
            if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                let start = (line, column)
                let triple = i + 2 < scalars.count && scalars[i + 2] == "{"
                let open = triple ? 3 : 2
                var j = i + open
                var closeAt: Int?
                while j + 1 < scalars.count {
                    if scalars[j] == "}" && scalars[j + 1] == "}" {
                        closeAt = j
                        break
                    }
                    j += 1
                }
                guard let close = closeAt else { break }
                var inner = String(String.UnicodeScalarView(scalars[(i + open)..<close])).trimmingSpaces
                var sigil: Character?
                if !triple, let first = inner.first, "#^/>&!%=<$".contains(first) {
                    sigil = first
                    inner = String(inner.dropFirst()).trimmingSpaces
                } else if triple {
                    sigil = "&"
                }
                if let open = inner.firstIndex(of: "("), let closeParen = inner.lastIndex(of: ")"), open < closeParen {
                    inner = String(inner[inner.index(after: open)..<closeParen]).trimmingSpaces
                }
                let end = close + 2 + (triple && close + 2 < scalars.count && scalars[close + 2] == "}" ? 1 : 0)
                tags.append(
                    Tag(
                        sigil: sigil, name: inner, text: String(String.UnicodeScalarView(scalars[i..<end])),
                        line: start.0, column: start.1))
                for k in i..<end {
                    if scalars[k] == "\n" {
                        line += 1
                        column = 1
                    } else {
                        column += 1
                    }
                }
                i = end
                continue
            }
            if scalars[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        return tags
    }
}

/// Fields declared personal: the identifying columns of the child-level lists. No template may
/// ask for one; the values are never in the template context in the first place.
enum PersonalFields {
    /// The headings, as in Ofsted's Annex A, with other names people use for them.
    static let headings = [
        "Child Unique ID", "Child ID", "Unique ID", "UPN", "NHS Number", "Date of Birth", "DOB", "Gender", "Ethnicity",
        "Age of Child (Years)", "Does the Child have a Disability", "Allocated Worker", "Worker", "Worker Name",
        "Postcode", "Address", "Child Name", "Forename", "Surname", "First Name", "Last Name",
    ]

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
                "'\(tag.text)' asks for '\(heading)', a personal field of the child-level lists, which is never printed",
                at: SourceLocation(file: path, line: tag.line, column: tag.column),
                hint: "remove the tag; pages show only counts per team")
        }
    }
}
