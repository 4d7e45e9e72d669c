import Foundation
import ZIPFoundation

/// The zip container of an .xlsx workbook, opened in memory from bytes already read through the
/// confined data folder (ZIPFoundation never opens a path itself, so a link cannot lead it out).
///
/// Every part is inflated under a budget checked while inflating, so a zip bomb stops at the
/// budget rather than after filling memory.
struct WorkbookArchive {
    /// Why a part could not be read.
    enum Failure: Error, Equatable {
        /// The zip holds no part of that name.
        case missing
        /// The part inflates to more than the budget.
        case tooLarge(limit: Int)
        /// The zip is damaged (bad deflate data, checksum, header).
        case damaged
        /// The reader stopped it (it had what it needed).
        case stopped
    }

    private let archive: Archive

    /// The archive, or nil when the bytes are not a zip ZIPFoundation can read.
    init?(data: Data) {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return nil }
        self.archive = archive
    }

    /// Whether the zip has a part of this name.
    func contains(_ name: String) -> Bool { archive[name] != nil }

    /// The whole part, at most `limit` bytes once inflated.
    func read(_ name: String, limit: Int) -> Result<[UInt8], Failure> {
        var bytes: [UInt8] = []
        let result = stream(name, limit: limit, chunkSize: 64 * 1024) { chunk in
            bytes.append(contentsOf: chunk)
            return true
        }
        return result.map { bytes }
    }

    /// Inflates the part chunk by chunk, handing each to `chunk`, which returns false to stop
    /// (then the result is `.stopped`). Stops with `.tooLarge` once more than `limit` bytes came out.
    func stream(_ name: String, limit: Int, chunkSize: Int, _ chunk: (Data) -> Bool) -> Result<Void, Failure> {
        guard let entry = archive[name] else { return .failure(.missing) }
        var total = 0
        var stop: Failure?
        var checksum = ZipChecksum()
        do {
            // The checksum is checked here rather than by ZIPFoundation, whose own is slow on
            // Linux: damaged data is refused, not read.
            _ = try archive.extract(entry, bufferSize: chunkSize, skipCRC32: true) { data in
                total += data.count
                if total > limit {
                    stop = .tooLarge(limit: limit)
                    throw Failure.tooLarge(limit: limit)
                }
                data.withUnsafeBytes { checksum.update($0) }
                if !chunk(data) {
                    stop = .stopped
                    throw Failure.stopped
                }
            }
        } catch {
            return .failure(stop ?? .damaged)
        }
        guard checksum.value == entry.checksum else { return .failure(.damaged) }
        return .success(())
    }
}
