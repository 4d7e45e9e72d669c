/// GitHub Flavored Markdown pipe tables (GFM spec 0.29, section 4.10 "Tables (extension)"),
/// found in the source lines of a paragraph libcmark parsed. libcmark knows only CommonMark, so
/// `MarkdownRenderer` hands each paragraph's lines here and puts the tables found in its place.
/// Nothing here calls libcmark: a cell's inline Markdown is rendered by the caller.
enum PipeTables {
    /// How a column's cells are aligned, from the colons of the delimiter row.
    enum Alignment: Equatable, Sendable {
        case none, left, center, right

        /// The class that aligns a cell (the site's stylesheet defines them), or nil.
        var className: String? {
            switch self {
            case .none: return nil
            case .left: return "align-left"
            case .center: return "align-center"
            case .right: return "align-right"
            }
        }
    }

    /// A table: its header cells, alignments and body rows, each cell still Markdown (with
    /// escaped pipes unescaped), and every body row as wide as the header.
    struct Table: Equatable, Sendable {
        var alignments: [Alignment]
        var header: [String]
        var rows: [[String]]
    }

    /// A run of a paragraph's lines: text that stays a paragraph, or a table.
    enum Segment: Equatable, Sendable {
        case paragraph([String])
        case table(Table)
    }

    /// The paragraph's lines split into paragraphs and tables, or nil when it holds no table.
    /// A table is a header row, then a delimiter row with as many cells, then body rows until the
    /// paragraph ends or a line is not a row; lines before the header stay a paragraph.
    static func segments(_ lines: [String]) -> [Segment]? {
        guard lines.count >= 2, lines.contains(where: { $0.utf8.contains(0x7C) || $0.utf8.contains(0x3A) }) else {
            return nil
        }
        var out: [Segment] = []
        var start = 0
        var index = 1
        while index < lines.count {
            guard let alignments = delimiterRow(lines[index]), index - 1 >= start,
                let header = cells(lines[index - 1]), header.count == alignments.count
            else {
                index += 1
                continue
            }
            if index - 1 > start { out.append(.paragraph(Array(lines[start..<(index - 1)]))) }
            var rows: [[String]] = []
            var next = index + 1
            while next < lines.count, var row = cells(lines[next]) {
                if row.count > header.count { row.removeLast(row.count - header.count) }
                while row.count < header.count { row.append("") }
                rows.append(row)
                next += 1
            }
            out.append(.table(Table(alignments: alignments, header: header, rows: rows)))
            start = next
            index = next + 1
        }
        guard !out.isEmpty else { return nil }
        if start < lines.count { out.append(.paragraph(Array(lines[start...]))) }
        return out
    }

    /// Whether some line of a page could be a delimiter row, in one pass over its bytes: after
    /// the spaces, tabs and block-quote markers that lead it, nothing but pipes, colons,
    /// hyphens, spaces and tabs, with a hyphen. A page with none holds no table.
    static func mayHoldTable(_ source: String) -> Bool {
        var text = source
        return text.withUTF8 { mayHoldTable($0) }
    }

    private static func mayHoldTable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var leading = true
        var candidate = true
        var hyphen = false
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D:
                if candidate && hyphen { return true }
                leading = true
                candidate = true
                hyphen = false
            case 0x20, 0x09:
                break
            case 0x3E where leading:
                break
            case 0x2D:
                leading = false
                hyphen = true
            case 0x7C, 0x3A:
                leading = false
            default:
                leading = false
                candidate = false
            }
        }
        return candidate && hyphen
    }

    /// The alignments of a delimiter row (`| :-- | --: |`), or nil when the line is not one.
    static func delimiterRow(_ line: String) -> [Alignment]? {
        var text = Substring(line).trimmingRowSpaces
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|") { text = text.dropLast() }
        guard !text.isEmpty else { return nil }
        var alignments: [Alignment] = []
        for piece in text.split(separator: "|", omittingEmptySubsequences: false) {
            let marker = piece.trimmingRowSpaces
            let left = marker.hasPrefix(":")
            let right = marker.count > 1 && marker.hasSuffix(":")
            let dashes = marker.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            alignments.append(left && right ? .center : left ? .left : right ? .right : .none)
        }
        return alignments
    }

    /// The cells of a row, trimmed and with `\|` turned into `|`, or nil when the line has none.
    /// A pipe is a cell boundary unless a backslash escapes it: `\|` is a pipe in the cell, but in
    /// `\\|` the backslash is itself escaped, so the pipe still ends the cell (a value escaped for
    /// Markdown can therefore never end or open a cell).
    static func cells(_ line: String) -> [String]? {
        var text = Substring(line).trimmingRowSpaces
        if text.hasPrefix("|") { text = text.dropFirst() }
        guard !text.isEmpty else { return nil }
        var cells: [String] = []
        var cell: [UInt8] = []
        var endsWithPipe = false
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            endsWithPipe = false
            if byte == 0x5C {
                guard let escaped = bytes.next() else {
                    cell.append(byte)
                    break
                }
                // `\|` loses its backslash (so a pipe shows in a code span too); other escapes stay.
                if escaped != 0x7C { cell.append(byte) }
                cell.append(escaped)
            } else if byte == 0x7C {
                cells.append(String(decoding: cell, as: UTF8.self))
                cell.removeAll(keepingCapacity: true)
                endsWithPipe = true
            } else {
                cell.append(byte)
            }
        }
        if !endsWithPipe { cells.append(String(decoding: cell, as: UTF8.self)) }
        return cells.map { String(Substring($0).trimmingRowSpaces) }
    }

    /// The table as accessible HTML in the site's table wrapper: column headers with `scope`,
    /// alignment as a class. `cell` turns a cell's Markdown into inline HTML.
    static func html(_ table: Table, cell: (String) -> String) -> String {
        func open(_ name: String, _ column: Int, scope: Bool) -> String {
            var out = "<" + name
            if scope { out += " scope=\"col\"" }
            if column < table.alignments.count, let className = table.alignments[column].className {
                out += " class=\"\(className)\""
            }
            return out + ">"
        }
        let headers = table.header.map(cell)
        // A wide table scrolls in its own region on a narrow screen, as the site's other tables
        // do; with no caption, the region is named by the table's column headings.
        let name = headers.map { $0.replacing(#/<[^>]*>/#, with: "") }.joined(separator: ", ")
        var out = "<div class=\"table-wrap\" role=\"region\" aria-label=\"Table: \(name)\" tabindex=\"0\">"
        out += "<table class=\"table table--markdown\">\n<thead>\n<tr>\n"
        for (column, html) in headers.enumerated() {
            out += open("th", column, scope: true) + html + "</th>\n"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for (column, text) in row.enumerated() {
                    out += open("td", column, scope: false) + cell(text) + "</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        return out + "</table></div>\n"
    }
}

extension Substring {
    /// Without the spaces, tabs, vertical tabs, form feeds and carriage returns at either end, as
    /// GFM trims a row and its cells (a no-break space stays, unlike `trimmingSpaces`).
    fileprivate var trimmingRowSpaces: Substring {
        func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{0B}" || c == "\u{0C}" || c == "\r" }
        var text = self
        while let first = text.first, isSpace(first) { text = text.dropFirst() }
        while let last = text.last, isSpace(last) { text = text.dropLast() }
        return text
    }
}
