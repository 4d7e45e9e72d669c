import CCmark

/// Turns CommonMark into HTML with libcmark. Every `cmark_*` call in Readiness is in this file.
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

    /// The HTML for a Markdown text.
    public func html(_ markdown: String) -> String {
        var text = markdown
        return text.withUTF8 { buffer -> String in
            guard let base = buffer.baseAddress else { return "" }
            let raw = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
            guard let output = cmark_markdown_to_html(raw, buffer.count, options.rawValue) else { return "" }
            // Allocated by libcmark's default allocator, so freed by it (no C library call here).
            defer { cmark_get_default_mem_allocator().pointee.free(output) }
            return String(cString: output)
        }
    }

    /// The version of libcmark linked, e.g. `0.30.2`.
    public static var libraryVersion: String {
        guard let version = cmark_version_string() else { return "unknown" }
        return String(cString: version)
    }
}
