import Foundation
import ReadinessInput

/// Page numbers in the contents of the printed agenda pack. Chromium has no `target-counter()`,
/// so the pack is printed once, the page each section starts on is read from the PDF's named
/// destinations (Chromium writes one for every element a link points at, and the contents link
/// to each section), the numbers are written into a copy of the pack, and the copy is printed in
/// its place; the numbers are then read again from the new PDF and must be the same.
///
/// The site's own `agenda-pack.html` is left as it was: only the copy, removed afterwards, has
/// numbers.
public enum PackContents {
    /// The copy of the pack that is printed with page numbers, beside it (so its links to the
    /// stylesheet still resolve), removed once printed.
    static let copyName = ".agenda-pack-numbered.html"
    /// The printed pack, inside the site.
    static let pdfName = PDFPrinter.folder + "/agenda-pack.pdf"

    /// Prints the agenda pack again with the page number of each section in its contents.
    /// Returns true when numbered; false when the pack has no contents or its PDF does not say
    /// where the sections start (then the PDF is left unnumbered), or a message saying what failed.
    public static func number(site: String, printer: PDFPrinter) -> Result<Bool, SiteWriter.Failure> {
        guard case .success(let bytes) = FileAccess.readBytes(site + "/agenda-pack.html") else {
            return .failure(SiteWriter.Failure(message: "cannot read \(site)/agenda-pack.html"))
        }
        let html = String(decoding: bytes, as: UTF8.self)
        let targets = contentsTargets(html)
        guard !targets.isEmpty, var numbers = startPages(of: targets, site: site) else { return .success(false) }
        let copy = site + "/" + copyName
        defer { FileSystemCalls.removeFile(copy) }
        // Numbers could, in principle, lengthen the contents and move the sections: print until
        // the numbers printed are the numbers found.
        for _ in 0..<3 {
            guard FileSystemCalls.writeFile(copy, Array(numbered(html, pages: numbers).utf8)) else {
                return .failure(SiteWriter.Failure(message: "cannot write \(copy): \(FileSystemCalls.errorText())"))
            }
            if case .failure(let failure) = printer.printPage(copyName, to: pdfName, site: site) {
                return .failure(failure)
            }
            guard let found = startPages(of: targets, site: site) else {
                return .failure(
                    SiteWriter.Failure(message: "cannot find where the agenda pack's sections start in \(pdfName)"))
            }
            if found == numbers { return .success(true) }
            numbers = found
        }
        return .failure(SiteWriter.Failure(message: "the page numbers of the agenda pack's contents did not settle"))
    }

    /// The ids the pack's contents link to (`<a href="#ID">` inside `<nav class="pack-contents">`),
    /// in order.
    static func contentsTargets(_ html: String) -> [String] {
        guard let nav = contentsRange(html) else { return [] }
        var targets: [String] = []
        var rest = html[nav]
        while let link = rest.range(of: "<a href=\"#") {
            let tail = rest[link.upperBound...]
            guard let close = tail.firstIndex(of: "\"") else { break }
            targets.append(String(tail[..<close]))
            rest = tail[close...]
        }
        return targets
    }

    /// The pack with `page N` after each contents link (the Nth page number for the Nth link),
    /// and a print rule that sets the numbers to the right.
    static func numbered(_ html: String, pages: [Int]) -> String {
        guard let nav = contentsRange(html) else { return html }
        var out = String(html[..<nav.lowerBound])
        var rest = html[nav]
        for page in pages {
            guard let link = rest.range(of: "<a href=\"#"), let end = rest[link.upperBound...].range(of: "</a>") else {
                break
            }
            out += rest[..<end.upperBound]
            out += "<span class=\"pack-contents__page\">page \(page)</span>"
            rest = rest[end.upperBound...]
        }
        out += rest
        out += html[nav.upperBound...]
        let rule =
            "<style media=\"print\">.pack-contents__page { float: right; margin-left: 1em; }</style>\n</head>"
        if let head = out.range(of: "</head>") { out.replaceSubrange(head, with: rule) }
        return out
    }

    /// From `<nav class="pack-contents"` to its `</nav>`.
    static func contentsRange(_ html: String) -> Range<String.Index>? {
        guard let start = html.range(of: "<nav class=\"pack-contents\""),
            let end = html[start.upperBound...].range(of: "</nav>")
        else { return nil }
        return start.lowerBound..<end.upperBound
    }

    /// The page (from 1) each target starts on in the printed pack, or nil when the PDF does not
    /// say for every one.
    static func startPages(of targets: [String], site: String) -> [Int]? {
        guard case .success(let pdf) = FileAccess.readBytes(site + "/" + pdfName),
            let pages = PDFDestinations(pdf)?.pages()
        else { return nil }
        var numbers: [Int] = []
        for target in targets {
            guard let page = pages[target] else { return nil }
            numbers.append(page)
        }
        return numbers
    }
}

/// The named destinations of a PDF as Chromium (Skia) writes it: a cross-reference table, the
/// catalog's `/Dests` dictionary, and a tree of `/Pages`. Just enough of PDF to say which page
/// each destination is on; nil for anything else.
struct PDFDestinations {
    let bytes: [UInt8]
    /// Each object's offset, by number.
    let offsets: [Int: Int]
    /// The catalog's object number.
    let root: Int

    init?(_ bytes: [UInt8]) {
        self.bytes = bytes
        let text = String(decoding: bytes.suffix(64), as: UTF8.self)
        guard let mark = text.range(of: "startxref", options: .backwards),
            let start = Int(text[mark.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
            start >= 0, start < bytes.count
        else { return nil }
        // The table: "xref", then sections "FIRST COUNT" of 20-byte entries "OFFSET GEN n".
        var lines = String(decoding: bytes[start...], as: UTF8.self).split(whereSeparator: \.isNewline)[...]
        guard lines.popFirst()?.hasPrefix("xref") == true else { return nil }
        var offsets: [Int: Int] = [:]
        while let line = lines.first, !line.hasPrefix("trailer") {
            lines.removeFirst()
            let heading = line.split(separator: " ")
            guard heading.count == 2, let first = Int(heading[0]), let count = Int(heading[1]), count >= 0,
                lines.count >= count
            else { return nil }
            for number in first..<(first + count) {
                let entry = lines.removeFirst().split(separator: " ")
                if entry.count >= 3, entry[2].hasPrefix("n"), let offset = Int(entry[0]) { offsets[number] = offset }
            }
        }
        guard let trailer = lines.first, trailer.hasPrefix("trailer") else { return nil }
        let rest = lines.joined(separator: "\n")
        guard let root = PDFDestinations.reference(after: "/Root", in: rest[...]) else { return nil }
        self.offsets = offsets
        self.root = root
    }

    /// Each named destination's page, counted from 1.
    func pages() -> [String: Int]? {
        guard let catalog = object(root), let pagesRoot = PDFDestinations.reference(after: "/Pages", in: catalog),
            let destsNumber = PDFDestinations.reference(after: "/Dests", in: catalog),
            let dests = object(destsNumber)
        else { return nil }
        var order: [Int: Int] = [:]
        var seen: Set<Int> = []
        var pending = [pagesRoot]
        // Depth first, in order: a stack holding the kids in reverse.
        while let number = pending.popLast() {
            guard seen.insert(number).inserted, let node = object(number) else { return nil }
            if let kids = node.range(of: "/Kids") {
                let list = node[kids.upperBound...]
                guard let open = list.firstIndex(of: "["), let close = list.firstIndex(of: "]") else { return nil }
                pending += PDFDestinations.references(in: list[list.index(after: open)..<close]).reversed()
            } else {
                order[number] = order.count + 1
            }
        }
        var pages: [String: Int] = [:]
        var rest = dests[...]
        while let slash = rest.firstIndex(of: "/") {
            let after = rest[rest.index(after: slash)...]
            let nameEnd = after.firstIndex { $0 == "[" || $0 == " " || $0 == "\n" || $0 == "\r" } ?? after.endIndex
            let name = PDFDestinations.decodeName(after[..<nameEnd])
            let value = after[nameEnd...].drop { $0 == " " || $0 == "\n" || $0 == "\r" }
            guard value.first == "[", let close = value.firstIndex(of: "]") else {
                rest = after[nameEnd...]
                continue
            }
            if let page = PDFDestinations.references(in: value[value.index(after: value.startIndex)..<close]).first,
                let index = order[page]
            {
                pages[name] = index
            }
            rest = value[value.index(after: close)...]
        }
        return pages
    }

    /// An object's text, from `N G obj` to `endobj`.
    func object(_ number: Int) -> Substring? {
        guard let offset = offsets[number], offset < bytes.count else { return nil }
        let slice = bytes[offset..<min(bytes.count, offset + (1 << 20))]
        let text = String(decoding: slice, as: UTF8.self)
        guard let start = text.range(of: "obj"), let end = text.range(of: "endobj") else { return nil }
        return text[start.upperBound..<end.lowerBound]
    }

    /// The object number of `KEY N G R`.
    static func reference(after key: String, in text: Substring) -> Int? {
        guard let found = text.range(of: key + " ") ?? text.range(of: key + "\n") else { return nil }
        return references(in: text[found.upperBound...]).first
    }

    /// The object numbers of the references `N G R` in a run of text, up to the first token
    /// that is not part of one.
    static func references(in text: Substring) -> [Int] {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" })
        var numbers: [Int] = []
        var index = 0
        while index + 2 < tokens.count, let number = Int(tokens[index]), Int(tokens[index + 1]) != nil,
            tokens[index + 2] == "R" || tokens[index + 2].hasPrefix("R")
        {
            numbers.append(number)
            index += 3
        }
        return numbers
    }

    /// A PDF name without its slash, `#xx` escapes decoded.
    static func decodeName(_ name: Substring) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(name.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "#"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
