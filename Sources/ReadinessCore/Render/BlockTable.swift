/// Holds the HTML blocks (tables, tags, figures) placed in one Markdown page, each standing in
/// the Markdown as a marker of private-use characters that data can never contain, and puts
/// them back into the HTML libcmark produced.
final class BlockTable {
    private var blocks: [(html: String, isBlock: Bool)] = []

    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"

    /// Whether a character is one of the marker characters (data holding one is replaced).
    static func isMarkerScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar == open || scalar == close
    }

    /// The marker that stands for a piece of HTML in the Markdown.
    func marker(for html: String, isBlock: Bool) -> String {
        blocks.append((html, isBlock))
        return "\u{E000}\(blocks.count - 1)\u{E001}"
    }

    /// The HTML with every marker replaced by its block. A block-level block inside a
    /// paragraph closes the paragraph around it; a marker inside a tag (an image's alt text,
    /// say) is dropped, since HTML cannot go there.
    func substitute(in html: String) -> String {
        guard !blocks.isEmpty, html.unicodeScalars.contains(BlockTable.open) else { return html }
        var out = String.UnicodeScalarView()
        let scalars = Array(html.unicodeScalars)
        var i = 0
        var inTag = false
        var inParagraph = false
        var splitParagraph = false
        while i < scalars.count {
            let s = scalars[i]
            if s == "<" {
                inTag = true
                if matches(scalars, i, "<p>") || matches(scalars, i, "<p ") { inParagraph = true }
                if matches(scalars, i, "</p>") { inParagraph = false }
            } else if s == ">" {
                inTag = false
            }
            if s == BlockTable.open, let end = scalars[i...].firstIndex(of: BlockTable.close),
                let index = Int(String(String.UnicodeScalarView(scalars[(i + 1)..<end]))), index < blocks.count
            {
                let block = blocks[index]
                i = end + 1
                if inTag { continue }
                if block.isBlock && inParagraph {
                    // Close the paragraph, place the block, reopen; empty paragraphs go below.
                    splitParagraph = true
                    out.append(contentsOf: "</p>\n".unicodeScalars)
                    out.append(contentsOf: block.html.unicodeScalars)
                    out.append(contentsOf: "<p>".unicodeScalars)
                } else {
                    out.append(contentsOf: block.html.unicodeScalars)
                }
                continue
            }
            out.append(s)
            i += 1
        }
        let result = String(out)
        // Closing a paragraph around a block can leave empty paragraphs behind.
        return splitParagraph ? result.replacingAll("<p></p>\n", with: "").replacingAll("<p></p>", with: "") : result
    }

    private func matches(_ scalars: [Unicode.Scalar], _ at: Int, _ text: String) -> Bool {
        var k = at
        for c in text.unicodeScalars {
            guard k < scalars.count, scalars[k] == c else { return false }
            k += 1
        }
        return true
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    /// Compares bytes, not characters, so it is fast and never locale-dependent.
    func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        let haystack = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(haystack.count)
        var i = 0
        var changed = false
        while i < haystack.count {
            if haystack[i] == first, i + needle.count <= haystack.count,
                haystack[i..<(i + needle.count)].elementsEqual(needle)
            {
                out.append(contentsOf: replacement.utf8)
                i += needle.count
                changed = true
            } else {
                out.append(haystack[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }
}
