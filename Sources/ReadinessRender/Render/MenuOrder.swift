import ReadinessModel

/// `menu:` in settings.yaml: the pages it names come first in the navigation and the agenda
/// pack, in its order; the rest follow in their own order (front matter's `order:`, then the
/// overview, the theme pages and the rest by name).
enum MenuOrder {
    /// The name `menu:` gives a page: its output path without `.html`.
    static func name(of path: String) -> String {
        path.hasSuffix(".html") ? String(path.dropLast(5)) : path
    }

    /// `pages` (already in their own order) with those `menu` names first, in its order. A name
    /// that is no page, or is given twice, is reported where it is written, with the known names.
    static func apply<Page>(
        _ menu: [MenuEntry], to pages: [Page], path: (Page) -> String, log: inout DiagnosticLog
    ) -> [Page] {
        guard !menu.isEmpty else { return pages }
        let names = pages.map { name(of: path($0)) }
        var first: [Int] = []
        for entry in menu {
            guard let index = names.firstIndex(of: entry.name) else {
                log.error(
                    "'menu' names '\(entry.name.quotable)', which is not a page of this site", at: entry.location,
                    hint: "use a page's output name without .html: " + names.joined(separator: ", "))
                continue
            }
            if first.contains(index) {
                log.error(
                    "'menu' names '\(entry.name.quotable)' twice", at: entry.location,
                    hint: "list each page once; the navigation shows it where it is first named")
                continue
            }
            first.append(index)
        }
        let rest = pages.indices.filter { !first.contains($0) }
        return (first + rest).map { pages[$0] }
    }
}
