import CCmark

/// Turns CommonMark into HTML with libcmark, with GitHub Flavored Markdown's pipe tables
/// (`PipeTables`) added. Every `cmark_*` call in Readiness is in this file.
public struct MarkdownRenderer: Sendable {
    /// libcmark's options, as a Swift option set.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// Keep raw HTML and dangerous links written by the author (off by default: dropped).
        public static let unsafe = Options(rawValue: CMARK_OPT_UNSAFE)
        /// Replace invalid UTF-8 with U+FFFD.
        public static let validateUTF8 = Options(rawValue: CMARK_OPT_VALIDATE_UTF8)
    }

    /// The options in force.
    public let options: Options

    /// Creates a renderer; `allowRawHTML` keeps the author's raw HTML.
    public init(allowRawHTML: Bool) {
        options = allowRawHTML ? [.unsafe, .validateUTF8] : [.validateUTF8]
    }

    /// The HTML for a Markdown text: libcmark's, with each paragraph that holds a pipe table
    /// replaced by the table (and the text around it, if any).
    public func html(_ markdown: String) -> String {
        html(markdown, screening: true)
    }

    /// The same, with `screening` false looking for tables in every paragraph even when no line
    /// could be a delimiter row (for the test that the screen never misses a table).
    func html(_ markdown: String, screening: Bool) -> String {
        guard let document = parse(markdown) else { return "" }
        defer { cmark_node_free(document) }
        placeTables(in: document, source: markdown, screening: screening)
        return render(document)
    }

    /// The version of libcmark linked, e.g. `0.30.2`.
    public static var libraryVersion: String {
        guard let version = cmark_version_string() else { return "unknown" }
        return String(cString: version)
    }

    private func parse(_ markdown: String) -> OpaquePointer? {
        var text = markdown
        return text.withUTF8 { buffer -> OpaquePointer? in
            guard let base = buffer.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            return cmark_parse_document(raw, buffer.count, options.rawValue)
        }
    }

    private func render(_ node: OpaquePointer) -> String {
        guard let output = cmark_render_html(node, options.rawValue) else { return "" }
        // Allocated by libcmark's default allocator, so freed by it (no C library call here).
        defer { cmark_get_default_mem_allocator().pointee.free(output) }
        return String(cString: output)
    }

    /// Replaces every paragraph that holds a pipe table by custom blocks of HTML, which libcmark
    /// writes out as they are with or without `unsafe` (what the cells hold is rendered with the
    /// same options, so raw HTML in a cell is kept or dropped as anywhere else).
    private func placeTables(in document: OpaquePointer, source: String, screening: Bool) {
        // Most pages have no table: then no node is visited.
        guard !screening || PipeTables.mayHoldTable(source) else { return }
        let lines = Self.lines(source)
        var found: [(paragraph: OpaquePointer, segments: [PipeTables.Segment])] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH,
                let segments = PipeTables.segments(Self.paragraphLines(node, lines))
            else { continue }
            found.append((node, segments))
        }
        cmark_iter_free(iterator)
        guard !found.isEmpty else { return }
        let pieces = inlinePieces(found.flatMap(\.segments), source: source)
        var next = 0
        for (paragraph, segments) in found {
            for segment in segments {
                let html: String
                switch segment {
                case .paragraph:
                    html = pieces[next]
                    next += 1
                case .table(let table):
                    html = PipeTables.html(table) { _ in
                        defer { next += 1 }
                        return pieces[next]
                    }
                }
                guard !html.isEmpty, let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
                cmark_node_set_on_enter(block, html)
                if cmark_node_insert_before(paragraph, block) == 0 { cmark_node_free(block) }
            }
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }

    /// The HTML of every piece of the segments in order: each paragraph's text, and each table's
    /// cells as inline HTML. They are parsed together as one document, each piece its own block
    /// (a cell led by a no-break space, so it stays a paragraph of inlines and its emphasis reads
    /// as at the start of a line), followed by the page itself so that reference links resolve.
    private func inlinePieces(_ segments: [PipeTables.Segment], source: String) -> [String] {
        var texts: [(text: String, isCell: Bool)] = []
        for segment in segments {
            switch segment {
            case .paragraph(let lines): texts.append((lines.joined(separator: "\n"), false))
            case .table(let table):
                for cell in table.header + table.rows.joined() { texts.append(("\u{A0}" + cell, true)) }
            }
        }
        var spans: [ClosedRange<Int32>] = []
        var line: Int32 = 1
        for text in texts {
            let count = Int32(text.text.utf8.count(where: { $0 == 0x0A })) + 1
            spans.append(line...(line + count - 1))
            line += count + 1
        }
        var pieces = Array(repeating: "", count: texts.count)
        guard let aux = parse(texts.map(\.text).joined(separator: "\n\n") + "\n\n" + source) else { return pieces }
        defer { cmark_node_free(aux) }
        var index = 0
        var child = cmark_node_first_child(aux)
        while let node = child, index < spans.count {
            child = cmark_node_next(node)
            let start = cmark_node_get_start_line(node)
            while index < spans.count, start > spans[index].upperBound { index += 1 }
            guard index < spans.count, spans[index].contains(start) else { continue }
            guard texts[index].isCell, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH else {
                pieces[index] += render(node)
                continue
            }
            if let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_TEXT,
                let literal = cmark_node_get_literal(first)
            {
                let text = String(cString: literal)
                if text.hasPrefix("\u{A0}") { cmark_node_set_literal(first, String(text.dropFirst())) }
            }
            var html = Substring(render(node))
            if html.hasPrefix("<p>") { html = html.dropFirst(3) }
            if html.hasSuffix("</p>\n") { html = html.dropLast(5) }
            pieces[index] = String(html)
        }
        return pieces
    }

    /// The source's lines as UTF-8, split where CommonMark splits them (LF, CR LF or CR).
    private static func lines(_ source: String) -> [Substring.UTF8View] {
        let bytes = source.utf8
        var lines: [Substring.UTF8View] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(bytes[start..<index])
            index = bytes.index(after: index)
            if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
            start = index
        }
        lines.append(bytes[start...])
        return lines
    }

    /// A paragraph's text, line by line, without the block-quote markers and list indentation of
    /// the blocks it is in (a lazy line has none).
    private static func paragraphLines(_ paragraph: OpaquePointer, _ lines: [Substring.UTF8View]) -> [String] {
        let first = Int(cmark_node_get_start_line(paragraph))
        let last = Int(cmark_node_get_end_line(paragraph))
        guard first >= 1, last >= first, last <= lines.count else { return [] }
        var quotes: [Bool] = []  // outermost first: true for a block quote, false for a list item
        var parent = cmark_node_parent(paragraph)
        while let node = parent {
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_BLOCK_QUOTE { quotes.insert(true, at: 0) }
            if type == CMARK_NODE_ITEM { quotes.insert(false, at: 0) }
            parent = cmark_node_parent(node)
        }
        let column = max(0, Int(cmark_node_get_start_column(paragraph)) - 1)
        var out = [String(decoding: lines[first - 1].dropFirst(column), as: UTF8.self)]
        for number in stride(from: first + 1, through: last, by: 1) {
            var text = lines[number - 1]
            for isQuote in quotes {
                guard isQuote else {
                    text = text.drop { $0 == 0x20 || $0 == 0x09 }
                    continue
                }
                var probe = text
                var spaces = 0
                while spaces < 3, probe.first == 0x20 {
                    probe = probe.dropFirst()
                    spaces += 1
                }
                guard probe.first == 0x3E else { break }
                text = probe.dropFirst()
            }
            out.append(String(decoding: text.drop { $0 == 0x20 || $0 == 0x09 }, as: UTF8.self))
        }
        return out
    }
}
