import ReadinessModel

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
        var targets: [String: String] = [:]
        for page in pages { targets[page.path] = "#" + anchor(page.path) }
        var out = "<h1>Inspection readiness: agenda pack</h1>\n"
        out += "<p>\(Escaping.html(council)). Figures as at \(asAt.long).</p>\n"
        out += "<nav class=\"pack-contents\" aria-labelledby=\"pack-contents-heading\">\n"
        out += "<h2 id=\"pack-contents-heading\">Contents</h2>\n<ol>\n"
        for page in pages {
            out += "<li><a href=\"#\(anchor(page.path))\">\(Escaping.html(page.title))</a></li>\n"
        }
        out += "</ol>\n</nav>\n"
        for page in pages {
            let body = rewrite(page.body, prefix: anchor(page.path) + "-", targets: targets)
            out += "<section class=\"pack-section\" id=\"\(anchor(page.path))\">\n\(body)</section>\n"
        }
        return out
    }

    /// One pass over a page's HTML for the pack: links to pack pages point at their sections,
    /// every id (and the ids `aria-labelledby` names) gets the page's prefix so ids stay unique,
    /// and chart data disclosures are open so they print.
    static func rewrite(_ html: String, prefix: String, targets: [String: String]) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        let prefixBytes = Array(prefix.utf8)
        var i = 0
        func starts(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            return text.withUTF8Buffer { bytes[i..<(i + count)].elementsEqual($0) }
        }
        func value(after count: Int) -> (String, Int)? {
            guard let close = bytes[(i + count)...].firstIndex(of: 0x22) else { return nil }
            return (String(decoding: bytes[(i + count)..<close], as: UTF8.self), close)
        }
        while i < bytes.count {
            if bytes[i] == 0x20 || bytes[i] == 0x3C {
                if starts(" href=\""), let (target, close) = value(after: 7) {
                    out.append(contentsOf: " href=\"".utf8)
                    out.append(contentsOf: (targets[target] ?? target).utf8)
                    out.append(0x22)
                    i = close + 1
                    continue
                }
                if starts(" id=\"") {
                    out.append(contentsOf: " id=\"".utf8)
                    out.append(contentsOf: prefixBytes)
                    i += 5
                    continue
                }
                if starts(" aria-labelledby=\""), let (ids, close) = value(after: 18) {
                    out.append(contentsOf: " aria-labelledby=\"".utf8)
                    let prefixed = ids.split(separator: " ").map { prefix + $0 }.joined(separator: " ")
                    out.append(contentsOf: prefixed.utf8)
                    out.append(0x22)
                    i = close + 1
                    continue
                }
                if starts("<details class=\"chart__data\">") {
                    out.append(contentsOf: "<details class=\"chart__data\" open>".utf8)
                    i += 29
                    continue
                }
            }
            out.append(bytes[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
