/// One page holding every page of the site, with a contents list, for printing as the
/// committee's agenda pack (`readiness pdf` prints it as `agenda-pack.pdf`).
enum AgendaPack {
    /// Where the pack is written.
    static let path = "agenda-pack.html"

    /// The pack's body: a title, the contents, then each page in reading order. Links between
    /// pages become links within the pack, and chart data tables are open so they print.
    static func body(pages: [(path: String, title: String, body: String)], council: String, asAt: CalendarDate)
        -> String
    {
        func anchor(_ path: String) -> String { "pack-" + ChartStyle.id(String(path.dropLast(5))) }
        var out = "<h1>Inspection readiness: agenda pack</h1>\n"
        out += "<p>\(Escaping.html(council)). Figures as at \(asAt.long).</p>\n"
        out += "<nav class=\"pack-contents\" aria-labelledby=\"pack-contents-heading\">\n"
        out += "<h2 id=\"pack-contents-heading\">Contents</h2>\n<ol>\n"
        for page in pages {
            out += "<li><a href=\"#\(anchor(page.path))\">\(Escaping.html(page.title))</a></li>\n"
        }
        out += "</ol>\n</nav>\n"
        for page in pages {
            var body = page.body.replacingAll(
                "<details class=\"chart__data\">", with: "<details class=\"chart__data\" open>")
            for other in pages {
                body = body.replacingAll("href=\"\(other.path)\"", with: "href=\"#\(anchor(other.path))\"")
            }
            // Ids inside one page are unique; across pages they are made unique by a prefix.
            body = body.replacingAll(" id=\"", with: " id=\"\(anchor(page.path))-")
                .replacingAll("aria-labelledby=\"", with: "aria-labelledby=\"\(anchor(page.path))-")
            body = prefixSecondLabel(body, prefix: anchor(page.path) + "-")
            out += "<section class=\"pack-section\" id=\"\(anchor(page.path))\">\n\(body)</section>\n"
        }
        return out
    }

    /// `aria-labelledby="a b"` names two ids; the first got the prefix above, this adds it to the second.
    static func prefixSecondLabel(_ html: String, prefix: String) -> String {
        var out = ""
        var rest = Substring(html)
        let marker = "aria-labelledby=\"\(prefix)"
        while let range = rest.range(of: marker) {
            out += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            let ids = rest[..<close].split(separator: " ")
            out += ids.enumerated().map { $0.offset == 0 ? String($0.element) : prefix + $0.element }.joined(
                separator: " ")
            rest = rest[close...]
        }
        return out + rest
    }
}

/// The print header and footer on every printed page: the council, the page and the as-at
/// date, and "Page N of M", with CSS page margin boxes.
enum PrintStyle {
    static func header(council: String, page: String, asAt: CalendarDate) -> String {
        let left = Escaping.cssString(council)
        let right = Escaping.cssString("\(page), as at \(asAt.long)")
        let font = "font-family: Arial, Helvetica, sans-serif; font-size: 9pt; color: #0b0c0c;"
        return "<style media=\"print\">@page { @top-left { content: \"\(left)\"; \(font) } "
            + "@top-right { content: \"\(right)\"; \(font) } "
            + "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); \(font) } }</style>"
    }
}
