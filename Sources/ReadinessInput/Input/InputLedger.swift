import Crypto

/// Every input file a build read, with its size and SHA-256, for the manifest and the
/// provenance footer. Paths are given from the folder's role (`data/...`, `site-templates/...`),
/// so the manifest is the same wherever the folders are.
public struct InputLedger: Sendable, Equatable {
    /// One file read.
    public struct Entry: Sendable, Equatable {
        public var path: String
        public var bytes: Int
        public var sha256: String
        /// Whether the file holds child-level rows: its size (about its row count) is left out of a
        /// public manifest.
        public var childLevel = false
    }

    /// The files, sorted by path.
    public var entries: [Entry] { recorded.sorted { $0.path < $1.path } }
    private var recorded: [Entry] = []

    public init() {}

    /// Records a file's content under a path such as `data/actions.csv`.
    public mutating func record(_ path: String, _ bytes: [UInt8], childLevel: Bool = false) {
        recorded.append(
            Entry(path: path, bytes: bytes.count, sha256: InputLedger.sha256(bytes), childLevel: childLevel))
    }

    /// Records a file read in chunks, by its size and SHA-256 (`CSVStream`).
    package mutating func record(_ path: String, size: Int, sha256: String, childLevel: Bool = false) {
        recorded.append(Entry(path: path, bytes: size, sha256: sha256, childLevel: childLevel))
    }

    /// Adds another ledger's entries.
    public mutating func merge(_ other: InputLedger) {
        recorded.append(contentsOf: other.recorded)
    }

    /// The SHA-256 of some bytes, in lower-case hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// A digest in lower-case hex.
    static func hex(_ digest: SHA256.Digest) -> String {
        // Made as bytes: a Character at a time costs more than the hash itself for a small file.
        var out: [UInt8] = []
        out.reserveCapacity(2 * SHA256.byteCount)
        for byte in digest {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
