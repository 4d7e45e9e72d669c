import ReadinessModel

/// Holds the HTML blocks (tables, tags, figures) placed in one Markdown page, each standing in
/// the Markdown as a marker of private-use characters that data can never contain, and puts
/// them back into the HTML libcmark produced.
package final class BlockTable {
    private var blocks: [(html: String, isBlock: Bool)] = []

    /// An empty table.
    package init() {}

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
    /// say) is dropped, since HTML cannot go there. One pass over the UTF-8 bytes.
    package func substitute(in html: String) -> String {
        guard !blocks.isEmpty else { return html }
        let bytes = Array(html.utf8)
        // U+E000 and U+E001 in UTF-8.
        let open: [UInt8] = [0xEE, 0x80, 0x80]
        let close: [UInt8] = [0xEE, 0x80, 0x81]
        guard
            bytes.indices.contains(where: {
                bytes[$0] == open[0] && $0 + 2 < bytes.count && bytes[$0 + 1] == open[1] && bytes[$0 + 2] == open[2]
            })
        else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        var i = 0
        var inTag = false
        var inParagraph = false
        var splitParagraph = false
        func matches(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard i + count <= bytes.count else { return false }
            return text.withUTF8Buffer { bytes[i..<(i + count)].elementsEqual($0) }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x3C {
                inTag = true
                if matches("<p>") || matches("<p ") { inParagraph = true }
                if matches("</p>") { inParagraph = false }
            } else if b == 0x3E {
                inTag = false
            } else if b == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                var j = i + 3
                var index = 0
                var digits = 0
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, digits < 9 {
                    index = index * 10 + Int(bytes[j] - 0x30)
                    j += 1
                    digits += 1
                }
                if digits > 0, j + 2 < bytes.count, bytes[j..<(j + 3)].elementsEqual(close), index < blocks.count {
                    i = j + 3
                    if inTag { continue }
                    let block = blocks[index]
                    if block.isBlock && inParagraph {
                        // Close the paragraph, place the block, reopen; empty paragraphs go below.
                        splitParagraph = true
                        out.append(contentsOf: "</p>\n".utf8)
                        out.append(contentsOf: block.html.utf8)
                        out.append(contentsOf: "<p>".utf8)
                    } else {
                        out.append(contentsOf: block.html.utf8)
                    }
                    continue
                }
            }
            out.append(b)
            i += 1
        }
        let result = String(decoding: out, as: UTF8.self)
        // Blocks on lines next to each other in one paragraph leave a line break alone between them.
        return splitParagraph
            ? result.replacingAll("<p></p>\n", with: "").replacingAll("<p></p>", with: "")
                .replacingAll("<p>\n</p>\n", with: "").replacingAll("<p>\n</p>", with: "") : result
    }
}
