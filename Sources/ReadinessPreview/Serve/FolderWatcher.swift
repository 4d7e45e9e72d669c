import ReadinessCore

/// Tells when anything in the input folders changes, from the file system's notifications
/// (inotify): every folder of each tree is watched, a new folder gets watches of its own, and an
/// editor's save by writing another file and renaming it over the old one is a change like any
/// other. Used from one thread.
final class FolderWatcher {
    /// What changed since the last wait.
    enum Change: Equatable {
        /// Something in the trees changed.
        case changed
        /// The kernel dropped notifications: anything may have changed.
        case unknown
    }

    private let fd: Int32
    private let roots: [String]
    /// The folder each watch is on.
    private var folders: [Int32: String] = [:]

    /// At most this many folders are watched, as the build walks at most `ConfinedFolder`'s entries.
    static let folderLimit = 20_000
    /// How long a burst of notifications is let settle before the rebuild, in milliseconds, and at
    /// most how many times: an editor's save is a few events within a millisecond.
    static let quietMilliseconds: Int32 = 3
    static let settleLimit = 10

    /// Watches every folder under `roots`; nil when the system gives no notifications (then the
    /// preview falls back to looking every second).
    init?(roots: [String]) {
        guard let fd = WatchCalls.open() else { return nil }
        self.fd = fd
        self.roots = roots
        for root in roots { addTree(root, depth: 0) }
        guard !folders.isEmpty else {
            WatchCalls.close(fd)
            return nil
        }
    }

    deinit { WatchCalls.close(fd) }

    /// Watches a folder and every folder inside it (not following links, not hidden folders,
    /// which the build does not read).
    private func addTree(_ folder: String, depth: Int) {
        guard depth <= 16, folders.count < Self.folderLimit, let watch = WatchCalls.watch(fd, folder: folder) else {
            return
        }
        folders[watch] = folder
        for name in FileSystemCalls.folderNames(folder) ?? [] where !name.hasPrefix(".") {
            let path = FileAccess.join(folder, name)
            if FileSystemCalls.node(path) == .directory { addTree(path, depth: depth + 1) }
        }
    }

    /// Waits for the next change to something the build reads, then lets the burst it is part of
    /// settle; nil when `stop` (a pipe's read end) is woken.
    func next(stop: Int32) -> Change? {
        while true {
            guard let ready = SocketCalls.readable([fd, stop], milliseconds: -1), !ready[1] else { return nil }
            var change = take(WatchCalls.events(fd))
            guard change != nil else { continue }
            var rounds = 0
            while rounds < Self.settleLimit,
                SocketCalls.readable([fd], milliseconds: Self.quietMilliseconds)?[0] == true
            {
                if let more = take(WatchCalls.events(fd)), more == .unknown || change == nil { change = more }
                rounds += 1
            }
            if let change { return change }
        }
    }

    /// What a batch of events means; nil when it touches only names the build does not read.
    private func take(_ events: [WatchCalls.Event]) -> Change? {
        var change: Change?
        for event in events {
            if event.overflow {
                // Watches may be missing for folders made meanwhile: every tree is walked again.
                for root in roots { addTree(root, depth: 0) }
                change = .unknown
                continue
            }
            guard let folder = folders[event.watch] else { continue }
            if event.watchGone && event.name.isEmpty {
                folders[event.watch] = nil
                if change == nil { change = .changed }
                continue
            }
            // Hidden names (an editor's swap file, .git) are not read by the build.
            guard !event.name.hasPrefix(".") else { continue }
            if event.isNewFolder { addTree(FileAccess.join(folder, event.name), depth: 1) }
            if change == nil { change = .changed }
        }
        return change
    }
}
