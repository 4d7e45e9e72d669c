/// The council's logo (`logo:` in settings.yaml): an image in the data folder, shown in the
/// page header of every page and copied into the site.
public struct SiteLogo: Sendable, Equatable {
    /// The image kinds a logo may be, by the file name's ending.
    public enum Kind: String, CaseIterable, Sendable {
        case png, svg, jpg, jpeg, webp

        /// The kind a file name ends with (in any case), if any.
        public static func of(_ file: String) -> Kind? {
            guard let dot = file.lastIndex(of: ".") else { return nil }
            return Kind(rawValue: String(file[file.index(after: dot)...]).lowercased())
        }

        /// Whether the bytes begin as this kind of image does.
        public func matches(_ bytes: [UInt8]) -> Bool {
            switch self {
            case .png: return bytes.starts(with: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
            case .jpg, .jpeg: return bytes.starts(with: [0xff, 0xd8, 0xff])
            case .webp:
                return bytes.count >= 12 && bytes.starts(with: Array("RIFF".utf8))
                    && Array(bytes[8..<12]) == Array("WEBP".utf8)
            case .svg:
                // Text: an `<svg` element near the start, after any XML declaration or comment.
                let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
                return head.contains("<svg")
            }
        }

        /// For an SVG, what in it could run or fetch something when the file is opened on its own
        /// (the site serves it as a file); nil when there is none. The check is deliberately
        /// strict, refusing rather than reading around what could hide active content: the word
        /// "script" anywhere (a script element under any prefix, `javascript:`, `vbscript:`), a
        /// character reference (`&#106;avascript:`), an event handler (`onload=`, with any spacing),
        /// embedded HTML (`foreignObject`), an entity declaration, an animation (`<set>`, `<animate…>`,
        /// which can give a link a new address), and any link, `url()` or
        /// `@import` that does not point inside the file itself (`#id`).
        public static func activeContent(inSVG bytes: [UInt8]) -> String? {
            let text = String(decoding: bytes, as: UTF8.self).lowercased()
            if text.contains("script") { return "a script" }
            if text.contains("&#") { return "a character reference (&#...;), which can hide a link or a script" }
            if text.contains("foreignobject") { return "embedded HTML (foreignObject)" }
            if text.contains("<!entity") { return "an XML entity declaration" }
            if text.contains(#/<[a-z0-9_-]*:?(set|animate)/#) {
                return "an animation, which can change a link's address"
            }
            if text.contains(#/[\s/"']on[a-z:_-]*\s*=/#) { return "an event handler (on...=)" }
            if text.contains("@import") || text.contains(#/href\s*=\s*["']?\s*[^"'#\s]/#)
                || text.contains(#/url\(\s*["']?\s*[^"'#\s)]/#)
            {
                return "a reference to a file elsewhere"
            }
            return nil
        }

        /// What messages call it.
        public var described: String { self == .jpeg ? "JPEG" : rawValue.uppercased() }
    }

    /// The file as written in settings.yaml, relative to the data folder.
    public var file: String
    /// The alternative text; nil means the council's name.
    public var alt: String?
    /// Where `file:` is written, for diagnostics.
    public var location: SourceLocation
    /// The image's bytes, once read from the data folder.
    public var bytes: [UInt8] = []

    /// A logo named in the settings, not yet read.
    public init(file: String, alt: String?, location: SourceLocation) {
        self.file = file
        self.alt = alt
        self.location = location
    }

    /// Where the site keeps it: `assets/site-logo.png`.
    public var outputPath: String { "assets/site-logo." + (Kind.of(file)?.rawValue ?? "png") }
}
