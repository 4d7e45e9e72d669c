import Glibc

/// The preview's file-system notifications: Linux's inotify (`inotify_init1`,
/// `inotify_add_watch`, `inotify_rm_watch` and reading its events), in one place; see
/// docs/design.md, "Platform".
enum WatchCalls {
    /// One notification, as the kernel gave it.
    struct Event: Equatable {
        /// The watch it came from.
        var watch: Int32
        /// The name inside the watched folder (empty for the folder itself).
        var name: String
        /// A folder was made or moved in under this name: it needs watches of its own.
        var isNewFolder: Bool
        /// The watched folder itself is gone (deleted or moved away); its watch is dropped.
        var watchGone: Bool
        /// The kernel dropped events: what changed is not known.
        var overflow: Bool
    }

    /// A new inotify instance (non-blocking, closed on exec); nil when the system has none or its
    /// limit is reached.
    static func open() -> Int32? {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        return fd >= 0 ? fd : nil
    }

    /// What every folder is watched for: anything made, written, moved, deleted or re-permitted
    /// in it (an editor's save by rename is a move in), and the folder itself going.
    static let mask: UInt32 =
        UInt32(IN_CREATE) | UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO)
        | UInt32(IN_DELETE) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    /// Watches one folder (a link named as a root is followed); nil when it cannot be watched.
    static func watch(_ fd: Int32, folder: String) -> Int32? {
        let watch = inotify_add_watch(fd, folder, mask)
        return watch >= 0 ? watch : nil
    }

    /// Stops a watch.
    static func unwatch(_ fd: Int32, _ watch: Int32) {
        _ = inotify_rm_watch(fd, watch)
    }

    /// Every event waiting to be read (none when there is none yet).
    static func events(_ fd: Int32) -> [Event] {
        var out: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let header = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return out }
            var offset = 0
            while offset + header <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let length = Int(event.len)
                let end = min(offset + header + length, count)
                let nameBytes = buffer[(offset + header)..<end].prefix { $0 != 0 }
                let mask = event.mask
                out.append(
                    Event(
                        watch: event.wd, name: String(decoding: nameBytes, as: UTF8.self),
                        isNewFolder: mask & UInt32(IN_ISDIR) != 0
                            && mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0,
                        watchGone: mask & (UInt32(IN_IGNORED) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF)) != 0,
                        overflow: mask & UInt32(IN_Q_OVERFLOW) != 0))
                offset += header + length
            }
        }
    }

    /// Closes the instance, dropping its watches.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }
}
