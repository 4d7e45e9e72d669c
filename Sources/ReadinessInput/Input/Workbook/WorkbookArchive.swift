/// The zip container of an .xlsx workbook, held in memory as the bytes already read through the
/// confined data folder (nothing here opens a path, so a link cannot lead it out).
///
/// Its directory is read by `ZipDirectory`; each part is inflated by ISA-L (`Inflater`) under a
/// budget checked while inflating, so a zip bomb stops at the budget rather than after filling
/// memory, and its CRC-32 is checked, so damaged data is refused, not read.
package struct WorkbookArchive: Sendable {
    /// Why a part could not be read.
    enum Failure: Error, Equatable {
        /// The zip holds no part of that name.
        case missing
        /// The part inflates to more than the budget.
        case tooLarge(limit: Int)
        /// The zip is damaged (bad deflate data, checksum, header).
        case damaged
        /// The part is encrypted, or compressed by a method other than deflate: what it is, as
        /// the message says it (`encrypted`, `compressed with LZMA`).
        case unsupported(String)
        /// The reader stopped it (it had what it needed).
        case stopped
    }

    private let bytes: [UInt8]
    private let directory: ZipDirectory

    /// The archive, or nil when the bytes are not a zip or its directory is damaged.
    init?(bytes: [UInt8]) {
        guard let directory = bytes.withUnsafeBytes({ ZipDirectory($0) }) else { return nil }
        self.bytes = bytes
        self.directory = directory
    }

    /// Every entry of a zip archive, in its directory's order, each inflated (at most `limit`
    /// bytes in all); nil when it is not a zip, is damaged, or holds more. For rewriting a
    /// document the write stage made (an `.odt` from pandoc), never for reading input.
    package static func entries(of archive: [UInt8], limit: Int) -> [(name: String, bytes: [UInt8])]? {
        guard let zip = WorkbookArchive(bytes: archive) else { return nil }
        var out: [(name: String, bytes: [UInt8])] = []
        var left = limit
        for entry in zip.directory.entries {
            let name = String(decoding: entry.name, as: UTF8.self)
            guard case .success(let bytes) = zip.read(name, limit: left) else { return nil }
            left -= bytes.count
            out.append((name, bytes))
        }
        return out
    }

    /// Whether the zip has a part of this name.
    func contains(_ name: String) -> Bool { directory.entry(name) != nil }

    /// The compressed size the zip's directory gives for a part (0 when it has none): a guide
    /// to how long the part takes to read, never trusted as a limit.
    func compressedSize(of name: String) -> Int { directory.entry(name)?.compressedSize ?? 0 }

    /// A zip compression method's name (APPNOTE 4.4.5), for the message refusing it.
    static func methodName(_ method: Int) -> String {
        switch method {
        case 1: "Shrink"
        case 6: "Implode"
        case 9: "Deflate64"
        case 12: "bzip2"
        case 14: "LZMA"
        case 93: "Zstandard"
        case 95: "XZ"
        case 98: "PPMd"
        case 99: "AES encryption"
        default: "method \(method)"
        }
    }

    /// The whole part, at most `limit` bytes once inflated.
    func read(_ name: String, limit: Int) -> Result<[UInt8], Failure> {
        var part: [UInt8] = []
        let result = stream(name, limit: limit, chunkSize: 64 * 1024) { chunk in
            part.append(contentsOf: chunk)
            return true
        }
        return result.map { part }
    }

    /// Inflates the part chunk by chunk, handing each to `chunk` (valid during the call only),
    /// which returns false to stop (then the result is `.stopped`). Stops with `.tooLarge` once
    /// more than `limit` bytes came out.
    func stream(
        _ name: String, limit: Int, chunkSize: Int, _ chunk: (UnsafeRawBufferPointer) -> Bool
    ) -> Result<Void, Failure> {
        guard let entry = directory.entry(name) else { return .failure(.missing) }
        if entry.encrypted { return .failure(.unsupported("encrypted")) }
        guard entry.method == 0 || entry.method == 8 else {
            return .failure(.unsupported("compressed with \(Self.methodName(entry.method))"))
        }
        return bytes.withUnsafeBytes { zip in
            guard let range = ZipDirectory.data(of: entry, in: zip) else { return .failure(.damaged) }
            let data = UnsafeRawBufferPointer(rebasing: zip[range])
            let checksum: UInt32
            if entry.method == 8 {
                switch Inflater.inflate(data, limit: limit, chunkSize: chunkSize, chunk) {
                case .success(let crc): checksum = crc
                case .failure(let failure): return .failure(failure)
                }
            } else {
                // Stored: the data as it stands, in chunks.
                if data.count > limit { return .failure(.tooLarge(limit: limit)) }
                var crc: UInt32 = 0
                var start = 0
                while start < data.count {
                    let piece = UnsafeRawBufferPointer(rebasing: data[start..<min(data.count, start + chunkSize)])
                    crc = Inflater.checksum(piece, continuing: crc)
                    if !chunk(piece) { return .failure(.stopped) }
                    start += piece.count
                }
                checksum = crc
            }
            return checksum == entry.checksum ? .success(()) : .failure(.damaged)
        }
    }
}
