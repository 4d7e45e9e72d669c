/// The generated parts of a document: each between an opening marker line and a closing one,
/// replaced with what a declaration makes, the text around them kept. docs/data-format.md's
/// column and key tables, docs/indicators.md's figure and indicator tables and
/// docs/configuration.md's settings table are all rewritten this way, and their tests fail when
/// a document differs from what it would be rewritten to.
package enum MarkedSections {
    /// The document with every section replaced: `content` gives the lines for an opening
    /// marker line, or nil for any other line. A marker with no closing line after it, or with
    /// another opening marker before its close, is left as it is.
    package static func updating(_ document: String, close: String, content: (String) -> String?) -> String {
        var lines = document.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard let generated = content(lines[index]),
                let end = lines[(index + 1)...].firstIndex(of: close),
                !lines[(index + 1)..<end].contains(where: { content($0) != nil })
            else { continue }
            let replacement = generated.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.replaceSubrange((index + 1)..<end, with: replacement)
            index += replacement.count + 1
        }
        return lines.joined(separator: "\n")
    }
}
