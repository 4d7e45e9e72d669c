import Foundation
import ReadinessInput
import ReadinessModel

/// The agenda pack as a Word (`.docx`) and an OpenDocument (`.odt`) document, converted with
/// pandoc from the written `agenda-pack.html`.
///
/// pandoc's HTML reader drops inline `<svg>`, so each chart is written to an SVG file and
/// replaced by an `<img>` whose alt text is the chart's accessible name. pandoc embeds the SVG in
/// both documents; for the `.docx` it also embeds a PNG made with `rsvg-convert` (librsvg2-bin),
/// which Word before 2016 and LibreOffice show. Only the page's `<main>` is converted: the site's
/// header, navigation, skip link, footer and scripts are left out, each chart's `<figure>` and
/// the `<details>` of its data table become plain blocks (pandoc keeps only a figure's image),
/// and row headers and table footers become ordinary cells and rows (pandoc's `.odt` would drop
/// them).
///
/// The documents are dated the figures' as-at date (from the site's manifest), through
/// `SOURCE_DATE_EPOCH`, and every ZIP entry carries that date, so the same site gives the same
/// bytes.
public struct PackDocuments: Sendable {
    /// The pandoc executable.
    public let pandoc: String

    /// A converter that runs `pandoc` (a path).
    public init(pandoc: String) {
        self.pandoc = pandoc
    }

    /// The documents written, inside the site.
    public static let names = [PDFPrinter.folder + "/agenda-pack.docx", PDFPrinter.folder + "/agenda-pack.odt"]
    /// The folder, inside the site, that holds pandoc's input while it runs; removed afterwards.
    static let workFolder = ".pack-documents"

    /// Writes `site/pdf/agenda-pack.docx` and `.odt` from `site/agenda-pack.html`. Returns the
    /// documents written, as paths inside the site, or a message saying what failed.
    public func write(site: String) -> Result<[String], SiteWriter.Failure> {
        guard case .success(let bytes) = FileAccess.readBytes(site + "/agenda-pack.html") else {
            return .failure(SiteWriter.Failure(message: "cannot read \(site)/agenda-pack.html"))
        }
        let absoluteSite = FileAccess.absolute(site)
        let work = absoluteSite + "/" + PackDocuments.workFolder
        guard FileSystemCalls.makeFolder(work, existingIsFine: true),
            FileSystemCalls.makeFolder(absoluteSite + "/" + PDFPrinter.folder, existingIsFine: true)
        else {
            return .failure(SiteWriter.Failure(message: "cannot create \(work): \(FileSystemCalls.errorText())"))
        }
        let input = PackDocuments.input(String(decoding: bytes, as: UTF8.self))
        var made = ["agenda-pack.html"]
        defer {
            for name in made { FileSystemCalls.removeFile(work + "/" + name) }
            FileSystemCalls.removeEmptyFolder(work)
        }
        guard FileSystemCalls.writeFile(work + "/agenda-pack.html", Array(input.html.utf8)) else {
            return .failure(SiteWriter.Failure(message: "cannot write in \(work): \(FileSystemCalls.errorText())"))
        }
        for (index, chart) in input.charts.enumerated() {
            let name = "chart-\(index + 1).svg"
            made.append(name)
            guard FileSystemCalls.writeFile(work + "/" + name, Array(chart.utf8)) else {
                return .failure(SiteWriter.Failure(message: "cannot write in \(work): \(FileSystemCalls.errorText())"))
            }
        }
        let asAt = PackDocuments.asAt(site: site)
        let epoch = (asAt?.daysSinceEpoch ?? 3652) * 86_400
        for name in PackDocuments.names {
            let output = absoluteSite + "/" + name
            let arguments = [
                pandoc, "--from=html", "--to=" + String(name.split(separator: ".").last ?? ""),
                "--resource-path=" + work, "--output=" + output, work + "/agenda-pack.html",
            ]
            let outcome = ProgramCalls.run(
                arguments, environment: .inherited(adding: ["SOURCE_DATE_EPOCH=\(epoch)"]), outputLimit: nil)
            let (status, detail) = (outcome.status, outcome.errorText)
            guard status == 0, case .success(let document) = FileAccess.readBytes(output) else {
                let reason = status < 0 ? "cannot run \(pandoc)" : "exit \(status)"
                return .failure(
                    SiteWriter.Failure(
                        message: "pandoc could not write \(name) (\(reason)): \(detail.suffix(400))"))
            }
            if detail.contains("Could not convert image") || detail.contains("Could not fetch resource") {
                return .failure(
                    SiteWriter.Failure(
                        message: "pandoc could not embed the charts in \(name): \(detail.suffix(400))"
                            + "; install rsvg-convert with: sudo apt-get install librsvg2-bin"))
            }
            let date = asAt ?? CalendarDate(daysSinceEpoch: 3652)
            let finished =
                name.hasSuffix(".odt")
                ? PackDocuments.withAltText(
                    document,
                    input.charts.map { chart in
                        PackDocuments.accessibleName(
                            chart[(chart.range(of: "<svg")?.lowerBound ?? chart.startIndex)...])
                    }, date)
                : PackDocuments.dated(document, date)
            guard let finished, FileSystemCalls.writeFile(output, finished) else {
                return .failure(SiteWriter.Failure(message: "pandoc wrote \(name), but not as a ZIP archive"))
            }
        }
        return .success(PackDocuments.names)
    }

    /// pandoc's input: the pack's title and `<main>`, without scripts, skip links or site
    /// navigation, each `<svg>` replaced by an `<img>` of the chart (returned, in order).
    static func input(_ page: String) -> (html: String, charts: [String]) {
        var title = "Agenda pack"
        if let open = page.range(of: "<title>"), let close = page[open.upperBound...].range(of: "</title>") {
            title = String(page[open.upperBound..<close.lowerBound])
        }
        var main = page[...]
        if let open = page.range(of: "<main"), let end = page[open.upperBound...].firstIndex(of: ">"),
            let close = page.range(of: "</main>", options: .backwards), close.lowerBound > end
        {
            main = page[page.index(after: end)..<close.lowerBound]
        }
        var content = String(main)
        for (open, close) in [
            ("<script", "</script>"), ("<a class=\"skip-link\"", "</a>"), ("<nav class=\"site-nav\"", "</nav>"),
            ("<summary", "</summary>"),
        ] {
            content = removing(content, from: open, to: close)
        }
        // A chart's <figure> holds its title, its image and its data table; pandoc would keep
        // only the image and the title of a figure, so each becomes plain blocks, as does the
        // <details> of the data table (its "Show the data" summary removed above). pandoc 2.17
        // leaves a table's footer (its totals) out of an .odt, so it becomes the last body rows.
        for (from, to) in [
            ("<figure", "<div"), ("</figure>", "</div>"), ("<figcaption", "<p"), ("</figcaption>", "</p>"),
            ("<details", "<div"), ("</details>", "</div>"), ("<tfoot", "<tbody"), ("</tfoot>", "</tbody>"),
        ] {
            content = content.replacingOccurrences(of: from, with: to)
        }
        content = rowHeadersAsCells(content)
        var charts: [String] = []
        var out = ""
        var rest = content[...]
        while let open = rest.range(of: "<svg"), let close = rest[open.upperBound...].range(of: "</svg>") {
            out += rest[..<open.lowerBound]
            let svg = rest[open.lowerBound..<close.upperBound]
            charts.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n")
            let alt = accessibleName(svg).replacingOccurrences(of: "\"", with: "&quot;")
            out += "<img src=\"chart-\(charts.count).svg\" alt=\"\(alt)\">"
            rest = rest[close.upperBound...]
        }
        out += rest
        let html =
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(title)</title>\n"
            + "</head>\n<body>\n\(out)\n</body>\n</html>\n"
        return (html, charts)
    }

    /// Each row header (`<th scope="row">`) as an ordinary cell: pandoc 2.17 leaves a table's
    /// row headers out of an `.odt` altogether.
    static func rowHeadersAsCells(_ text: String) -> String {
        var out = ""
        var rest = text[...]
        while let start = rest.range(of: "<th scope=\"row\""), let end = rest[start.upperBound...].range(of: "</th>") {
            out += rest[..<start.lowerBound] + "<td" + rest[start.upperBound..<end.lowerBound] + "</td>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// `text` without each run from `open` to the next `close`.
    static func removing(_ text: String, from open: String, to close: String) -> String {
        var out = ""
        var rest = text[...]
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            out += rest[..<start.lowerBound]
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// A chart's accessible name, as HTML text: its `aria-label`, else the text of the elements
    /// its `aria-labelledby` names, else its `<title>`; whitespace collapsed.
    static func accessibleName(_ svg: Substring) -> String {
        let tag = svg[..<(svg.firstIndex(of: ">") ?? svg.endIndex)]
        func attribute(_ name: String) -> Substring? {
            guard let start = tag.range(of: " " + name + "=\""), let end = tag[start.upperBound...].firstIndex(of: "\"")
            else { return nil }
            return tag[start.upperBound..<end]
        }
        func text(from start: String.Index) -> Substring? {
            guard let open = svg[start...].firstIndex(of: ">"), let close = svg[open...].range(of: "</") else {
                return nil
            }
            return svg[svg.index(after: open)..<close.lowerBound]
        }
        var parts: [Substring] = []
        if let label = attribute("aria-label") {
            parts = [label]
        } else if let ids = attribute("aria-labelledby") {
            for id in ids.split(separator: " ") {
                if let element = svg.range(of: " id=\"\(id)\""), let part = text(from: element.upperBound) {
                    parts.append(part)
                }
            }
        }
        if parts.isEmpty, let title = svg.range(of: "<title"), let part = text(from: title.upperBound) {
            parts = [part]
        }
        return parts.joined(separator: " ").split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            .joined(separator: " ")
    }

    /// An `.odt` with each chart's accessible name as its image's alternative text
    /// (`<svg:title>` in its `<draw:frame>`, which pandoc 2.17 does not write), in the order the
    /// charts come, put back together by `StoredZip`; nil when it is not the archive pandoc writes.
    static func withAltText(_ archive: [UInt8], _ names: [String], _ date: CalendarDate) -> [UInt8]? {
        guard var entries = WorkbookArchive.entries(of: archive, limit: Budgets.workbookPartBytes),
            let index = entries.firstIndex(where: { $0.name == "content.xml" })
        else { return nil }
        let content = String(decoding: entries[index].bytes, as: UTF8.self)
        var out = ""
        var rest = content[...]
        var chart = 0
        while let image = rest.range(of: "<draw:image ") {
            guard let close = rest[image.upperBound...].range(of: "/>") else { break }
            out += rest[..<close.upperBound]
            rest = rest[close.upperBound...]
            if chart < names.count, !names[chart].isEmpty {
                // The name is HTML text: its only references are &amp; &lt; &gt; &quot; and
                // numeric ones, all of which XML reads the same.
                out += "<svg:title>\(names[chart])</svg:title>"
            }
            chart += 1
        }
        out += rest
        entries[index].bytes = Array(out.utf8)
        return StoredZip.archive(entries, date: date)
    }

    /// The figures' as-at date, from the site's manifest (`"as_at": "YYYY-MM-DD"`).
    static func asAt(site: String) -> CalendarDate? {
        guard case .success(let bytes) = FileAccess.readBytes(site + "/manifest.json") else { return nil }
        let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
        guard let key = text.range(of: "\"as_at\": \"") else { return nil }
        guard case .success(let date) = CalendarDate.parse(String(text[key.upperBound...].prefix(10))) else {
            return nil
        }
        return date
    }

    /// A ZIP archive with every entry's modification time set to midnight on `date` (pandoc
    /// stamps its `.odt` entries with the time it ran); nil when it is not a ZIP archive.
    static func dated(_ archive: [UInt8], _ date: CalendarDate) -> [UInt8]? {
        var bytes = archive
        func number(_ at: Int, _ size: Int) -> Int? {
            guard at >= 0, at + size <= bytes.count else { return nil }
            return (0..<size).reduce(0) { $0 | Int(bytes[at + $1]) << (8 * $1) }
        }
        func set(_ at: Int, _ value: Int) {
            bytes[at] = UInt8(value & 0xFF)
            bytes[at + 1] = UInt8(value >> 8 & 0xFF)
        }
        // The end of central directory record: its signature, within the last 64 KiB (the comment).
        var end = bytes.count - 22
        while end >= max(0, bytes.count - 65_557), number(end, 4) != 0x0605_4B50 { end -= 1 }
        guard end >= 0, let entries = number(end + 10, 2), var entry = number(end + 16, 4) else { return nil }
        let day = (max(1980, min(2107, date.year)) - 1980) << 9 | date.month << 5 | date.day
        for _ in 0..<entries {
            guard number(entry, 4) == 0x0201_4B50, let local = number(entry + 42, 4), number(local, 4) == 0x0403_4B50,
                let name = number(entry + 28, 2), let extra = number(entry + 30, 2), let comment = number(entry + 32, 2)
            else { return nil }
            set(entry + 12, 0)
            set(entry + 14, day)
            set(local + 10, 0)
            set(local + 12, day)
            entry += 46 + name + extra + comment
        }
        return bytes
    }
}
