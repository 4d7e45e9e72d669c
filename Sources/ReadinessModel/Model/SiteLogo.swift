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
