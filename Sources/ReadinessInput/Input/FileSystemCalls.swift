import Glibc

/// The operating system's file calls (`stat`, `open`, `read`, `write`, `readdir`, `realpath`,
/// `flock`, `renameat2`, `mkdir`, links and FIFOs), in one place so that the rest of Readiness
/// stays free of platform details. Written for Linux (Glibc), the one platform Readiness is built
/// and tested on; see docs/design.md, "Platform".
package enum FileSystemCalls {
    /// What a path names, without following a final link.
    package enum Node: Equatable {
        case file, directory, link, fifo, device, socket, missing
    }

    /// What `path` names, the final link not followed.
    package static func node(_ path: String, followingLinks: Bool = false) -> Node {
        var info = stat()
        let status = followingLinks ? stat(path, &info) : lstat(path, &info)
        guard status == 0 else { return .missing }
        return node(mode: info.st_mode)
    }

    /// How many names (hard links) the file at `path` has; 1 for an ordinary file.
    package static func linkCount(_ path: String) -> Int {
        var info = stat()
        guard stat(path, &info) == 0 else { return 1 }
        return Int(info.st_nlink)
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
    package enum ResolveFailure: Error, Equatable {
        case loop, missing, other(String)
    }

    /// The absolute path with every link, `.` and `..` resolved.
    package static func realPath(_ path: String) -> Result<String, ResolveFailure> {
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
    /// data. (Glibc's module has no `statfs`, so the usual mount points are named.) `/dev/shm`
    /// is a memory file system of ordinary files and folders, where a site may be built in RAM.
    static func isKernelFileSystem(_ path: String) -> Bool {
        if path == "/dev/shm" || path.hasPrefix("/dev/shm/") { return false }
        return ["/proc", "/sys", "/dev"].contains { path == $0 || path.hasPrefix($0 + "/") }
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
    package static func errorText() -> String { String(cString: strerror(errno)) }

    /// Swaps two paths in one step (`renameat2` with `RENAME_EXCHANGE`), so neither is ever
    /// missing. False when the system or the file system cannot.
    package static func exchange(_ first: String, _ second: String) -> Bool {
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
    package final class Lock {
        private let fd: Int32
        private let path: String

        /// Takes the lock on `path`, creating the file, waiting while another process holds it
        /// (calling `waiting` once first, so a person can be told); nil (with `errno` set) when the
        /// file cannot be made.
        package init?(_ path: String, waiting: () -> Void = {}) {
            var told = false
            while true {
                // Not through a link (a link planted under the lock's name would have the file
                // made wherever it points), and never a pipe or a device.
                let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0o644)
                guard fd >= 0 else { return nil }
                var opened = stat()
                guard fstat(fd, &opened) == 0, node(mode: opened.st_mode) == .file else {
                    close(fd)
                    errno = EINVAL
                    return nil
                }
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
    package static func hardLink(_ existing: String, _ new: String) -> Bool {
        linkat(AT_FDCWD, existing, AT_FDCWD, new, 0) == 0
    }

    /// A file's size and modification time, as text, to notice changes (links followed).
    static func stamp(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_size):\(info.st_mtim.tv_sec):\(info.st_mtim.tv_nsec)"
    }

    /// A file's identity and version (links followed): what a cache of its parsed content is
    /// keyed by; nil when it cannot be read. Linux's `st_mtim` and `st_ctim`, to the nanosecond.
    package static func fileStamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified: Int64 = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        let changed: Int64 = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        return FileStamp(
            size: Int64(info.st_size), modified: modified, changed: changed, inode: UInt64(info.st_ino),
            device: UInt64(info.st_dev))
    }

    /// Opens a file for reading, following links; -1 (with `errno` set) when it cannot.
    static func openForReading(_ path: String) -> Int32 {
        open(path, O_RDONLY)
    }

    /// Why a read failed, in words.
    struct ReadFailure: Error, Equatable {
        let reason: String
    }

    /// Reads an open file to its end and closes it; the failure in words when a read fails.
    /// The file's size (from `fstat`) sizes the first read, so its bytes are read in one call
    /// into the array that is returned; a file that grows while it is read is still read to its end.
    static func readAll(closing fd: Int32) -> Result<[UInt8], ReadFailure> {
        defer { close(fd) }
        var info = stat()
        let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
        var bytes: [UInt8] = []
        while true {
            switch readMore(fd: fd, appendingTo: &bytes, atMost: max(1 << 16, expected + 1 - bytes.count)) {
            case .failure(let failure): return .failure(failure)
            case .success(0): return .success(bytes)
            case .success: continue
            }
        }
    }

    /// Reads at most `count` bytes from an open file onto the end of `bytes` (into a buffer
    /// left uninitialised, so nothing is filled first); the number read (0 at the end of the file).
    static func readMore(fd: Int32, appendingTo bytes: inout [UInt8], atMost count: Int) -> Result<Int, ReadFailure> {
        var failure: ReadFailure?
        let chunk = [UInt8](unsafeUninitializedCapacity: max(1, count)) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while true {
                let n = Glibc.read(fd, base, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { failure = ReadFailure(reason: errorText()) } else { initialized = n }
                return
            }
        }
        if let failure { return .failure(failure) }
        if bytes.isEmpty { bytes = chunk } else { bytes.append(contentsOf: chunk) }
        return .success(chunk.count)
    }

    /// Closes a file this shim opened.
    static func closeFile(_ fd: Int32) { close(fd) }

    /// The names in a folder (not `.` or `..`), in the order the file system gives them; nil when
    /// it cannot be opened.
    package static func folderNames(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// Makes a folder (mode 755); false (with `errno` set) when it cannot, or when it exists and
    /// `existingIsFine` is not set.
    package static func makeFolder(_ path: String, existingIsFine: Bool = false) -> Bool {
        mkdir(path, 0o755) == 0 || (existingIsFine && errno == EEXIST)
    }

    /// Renames a file or folder; false (with `errno` set) when it cannot.
    package static func move(_ source: String, to target: String) -> Bool {
        rename(source, target) == 0
    }

    /// Removes a file or link (never what a link points at).
    package static func removeFile(_ path: String) {
        unlink(path)
    }

    /// Removes an empty folder.
    package static func removeEmptyFolder(_ path: String) {
        rmdir(path)
    }

    /// The absolute path of the current folder.
    static func currentFolder() -> String? {
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// Writes a whole file, creating or truncating it (mode 644); false (with `errno` set) when it
    /// cannot. `followingLinks: false` refuses a link and never waits on a FIFO.
    package static func writeFile(_ path: String, _ bytes: [UInt8], followingLinks: Bool = true) -> Bool {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | (followingLinks ? 0 : O_NOFOLLOW | O_NONBLOCK)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += n
        }
        return true
    }

    /// Whether `path` is an ordinary file with one name (not a link, never followed) holding
    /// exactly `bytes`: read only when its size is theirs.
    /// Whether `path` (a link never followed) is an ordinary file with one name, or a folder,
    /// owned by this process's user and with exactly the permissions a new one gets
    /// (`creating`, less the file-creation mask): what a fresh build would have made there.
    package static func isFresh(_ path: String, folder: Bool) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_uid == geteuid() else { return false }
        let mask = creationMask
        if folder { return node(mode: info.st_mode) == .directory && info.st_mode & 0o7777 == 0o755 & ~mask }
        return node(mode: info.st_mode) == .file && info.st_nlink == 1 && info.st_mode & 0o7777 == 0o644 & ~mask
    }

    /// The process's file-creation mask, read once (`umask` can only be read by setting it).
    private static let creationMask: mode_t = {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }()

    package static func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, node(mode: info.st_mode) == .file, info.st_nlink == 1,
            Int(info.st_size) == bytes.count
        else { return false }
        var existing: [UInt8] = []
        existing.reserveCapacity(bytes.count + 1)
        while existing.count <= bytes.count {
            guard
                case .success(let n) = readMore(
                    fd: fd, appendingTo: &existing, atMost: bytes.count + 1 - existing.count),
                n > 0
            else { break }
        }
        return existing == bytes
    }

    /// Makes a symbolic link at `path` holding `destination`.
    @discardableResult
    package static func makeLink(to destination: String, at path: String) -> Bool {
        symlink(destination, path) == 0
    }

    /// Makes a link at `target` holding the same bytes as the link at `source`.
    package static func copyLink(_ source: String, to target: String) -> Bool {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(source, &buffer, buffer.count - 1)
        guard count >= 0 else { return false }
        buffer[count] = 0
        return symlink(buffer, target) == 0
    }

    /// Makes a FIFO (a named pipe).
    @discardableResult
    package static func makeFIFO(_ path: String) -> Bool {
        mkfifo(path, 0o644) == 0
    }
}
