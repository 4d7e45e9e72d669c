import Crypto
import ReadinessModel

/// A large CSV file read a chunk at a time, so a child-level list of any size is held in memory
/// only as the rows being scanned. Each chunk is hashed (SHA-256, for the manifest) and checked
/// as UTF-8 as it arrives, while it is still in the cache, instead of in passes of their own over
/// the whole file.
///
/// The caller scans whole rows of `bytes` (`CSVScanner.scanRow` with `complete: atEnd`), and
/// when a row runs past the end calls `next(keeping:)` with that row's start: the bytes before
/// it are dropped and the next chunk is read after it.
struct CSVStream {
    /// How much is read at a time.
    static let chunkBytes = 1 << 20

    /// Why reading stopped.
    enum Problem: Error, Equatable {
        /// A read failed: the reason, in words.
        case unreadable(String)
        /// `bytes[at]` is not part of valid UTF-8.
        case notUTF8(at: Int)
        /// A row longer than the limit, `Budgets.childLevelRowBytes` (an unclosed quote, most likely).
        case rowTooLong
    }

    private let fd: Int32
    private let chunkBytes: Int
    private let rowLimit: Int
    /// The bytes read and not yet dropped.
    private(set) var bytes: [UInt8] = []
    /// The offset in the file of `bytes[0]`.
    private(set) var offset = 0
    /// Whether the file has been read to its end.
    private(set) var atEnd = false
    /// Whether the file starts with a UTF-8 byte order mark (set by the reader, which skips it).
    var bom = false
    /// The file's size so far.
    private(set) var size = 0
    /// `bytes[..<checked]` are valid UTF-8.
    private var checked = 0
    private var hasher = SHA256()

    /// A stream over a file open for reading (the caller closes it), read `chunkBytes` at a time,
    /// refusing a row longer than `rowLimit` (smaller values are for tests of the boundaries).
    init(fd: Int32, chunkBytes: Int = Self.chunkBytes, rowLimit: Int = Budgets.childLevelRowBytes) {
        self.fd = fd
        self.chunkBytes = max(1, chunkBytes)
        self.rowLimit = rowLimit
    }

    /// Drops the bytes before `keep`, then reads the next chunk after the rest. Every byte up
    /// to the last whole character read is checked as UTF-8; at the end of the file, all of them.
    mutating func next(keeping keep: Int) -> Problem? {
        if keep > 0 {
            bytes.removeSubrange(0..<keep)
            offset += keep
            checked -= keep
        }
        if bytes.count > rowLimit { return .rowTooLong }
        let before = bytes.count
        switch FileSystemCalls.readMore(fd: fd, appendingTo: &bytes, atMost: chunkBytes) {
        case .failure(let failure): return .unreadable(failure.reason)
        case .success(0): atEnd = true
        case .success(let count):
            size += count
            bytes.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[before...])) }
        }
        var end = bytes.count
        if !atEnd {
            // A character may be cut at the chunk's end: leave its bytes for the next read.
            var back = 0
            while end > checked, back < 3, bytes[end - 1] & 0xC0 == 0x80 {
                end -= 1
                back += 1
            }
            if end > checked, bytes[end - 1] >= 0xC0 { end -= 1 }
        }
        if let bad = SourceText.firstInvalidUTF8(bytes[checked..<end]) { return .notUTF8(at: bad) }
        checked = end
        return nil
    }

    /// The SHA-256 of everything read, in lower-case hex.
    var digest: String { InputLedger.hex(hasher.finalize()) }
}
