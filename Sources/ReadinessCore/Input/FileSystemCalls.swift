#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The operating system's file calls that confinement, locking and swapping need (`lstat`,
/// `realpath`, `statfs`, `flock`, `renameat2`), in one place so that the rest of Readiness stays
/// free of platform details.
enum FileSystemCalls {
    /// What a path names, without following a final link.
    enum Node: Equatable {
        case file, directory, link, fifo, device, socket, missing
    }

    /// What `path` names, the final link not followed.
    static func node(_ path: String, followingLinks: Bool = false) -> Node {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        return node(mode: info.st_mode)
    }

    private static func node(mode: mode_t) -> Node {
        switch mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        case S_IFIFO: return .fifo
        case S_IFSOCK: return .socket
        default: return .device
        }
    }

    /// Why a path could not be resolved.
    enum ResolveFailure: Error, Equatable {
        case loop, missing, other(String)
    }

    /// The absolute path with every link, `.` and `..` resolved.
    static func realPath(_ path: String) -> Result<String, ResolveFailure> {
        guard let resolved = realpath(path, nil) else {
            switch errno {
            case ELOOP: return .failure(.loop)
            case ENOENT, ENOTDIR: return .failure(.missing)
            default: return .failure(.other(errorText()))
            }
        }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// Whether a real path lies in a kernel file system (/proc, /sys, /dev), whose files are not
    /// data. (Glibc's module has no `statfs`, so the usual mount points are named.)
    static func isKernelFileSystem(_ path: String) -> Bool {
        ["/proc", "/sys", "/dev"].contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    /// Opens a regular file for reading without following a link or blocking on a FIFO; -1 when
    /// it cannot be opened or is not a regular file once open.
    static func openRegularFile(_ path: String) -> Int32 {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return -1 }
        var info = stat()
        guard fstat(fd, &info) == 0, node(mode: info.st_mode) == .file else {
            close(fd)
            errno = EINVAL
            return -1
        }
        return fd
    }

    /// The current `errno` in words.
    static func errorText() -> String { String(cString: strerror(errno)) }

    /// Swaps two paths in one step (`renameat2` with `RENAME_EXCHANGE`), so neither is ever
    /// missing. False when the system or the file system cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 =
                @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) ->
                Int32
            // Looked up at run time: the C declaration is hidden behind _GNU_SOURCE.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, 1 << 1) == 0
        #else
            return false
        #endif
    }

    /// An exclusive lock on a file beside the output folder, held until released or the process
    /// ends (the system drops it even when the process is killed). The holder removes the file
    /// when done; a waiter that then finds its file replaced locks the new one.
    final class Lock {
        private let fd: Int32
        private let path: String

        /// Takes the lock on `path`, creating the file, waiting while another process holds it
        /// (calling `waiting` once first, so a person can be told); nil (with `errno` set) when the
        /// file cannot be made.
        init?(_ path: String, waiting: () -> Void = {}) {
            var told = false
            while true {
                let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
                guard fd >= 0 else { return nil }
                if !told, flock(fd, LOCK_EX | LOCK_NB) != 0, errno == EWOULDBLOCK {
                    told = true
                    waiting()
                }
                var locked = flock(fd, LOCK_EX)
                while locked != 0 && errno == EINTR { locked = flock(fd, LOCK_EX) }
                guard locked == 0 else {
                    close(fd)
                    return nil
                }
                var held = stat()
                var named = stat()
                if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_ino == named.st_ino,
                    held.st_dev == named.st_dev
                {
                    self.fd = fd
                    self.path = path
                    return
                }
                close(fd)
            }
        }

        deinit {
            unlink(path)
            close(fd)
        }
    }

    /// Makes a second name for a file (a hard link; a link is linked, not followed).
    static func hardLink(_ existing: String, _ new: String) -> Bool {
        linkat(AT_FDCWD, existing, AT_FDCWD, new, 0) == 0
    }
}
