import ReadinessInput
import ReadinessModel
import Synchronization

/// The page templates of the last build, parsed, by path: each kept with the `FileStamp` it was
/// read at, the diagnostics its parse made and its ledger entry, and used again while the file's
/// stamp is the same, so a preview of thousands of pages re-reads only the page that was saved.
public final class PageTemplateCache: Sendable {
    /// One page template as it was read.
    struct Entry: Sendable {
        var stamp: FileStamp
        var page: PageTemplate?
        var log: DiagnosticLog
        var ledger: InputLedger
    }

    private let entries = Mutex<[String: Entry]>([:])

    public init() {}

    /// The kept reading of `path` when its file still has `stamp`.
    func entry(_ path: String, stamp: FileStamp?) -> Entry? {
        guard let stamp else { return nil }
        return entries.withLock { $0[path] }.flatMap { $0.stamp == stamp ? $0 : nil }
    }

    /// Keeps exactly these readings, forgetting pages that are gone.
    func keep(_ kept: [String: Entry]) {
        entries.withLock { $0 = kept }
    }

    /// Forgets every kept page.
    public func clear() {
        entries.withLock { $0 = [:] }
    }
}
