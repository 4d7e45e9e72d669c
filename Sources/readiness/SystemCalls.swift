import Glibc

/// The command's operating-system calls (writing to standard output and error, signal masks,
/// the user id, the `PATH` and other environment variables, the start of a file), in one
/// place, as `FileSystemCalls` and `ProgramCalls` are in the library. Written for Linux
/// (Glibc), the one platform Readiness is built and tested on; see docs/design.md, "Platform".
enum SystemCalls {
    /// Unblocks SIGINT and SIGTERM, so Ctrl-C and `kill` stop the preview even when it was
    /// started with them blocked (as a test runner or CI may start it).
    static func unblockStopSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether the command runs as root (Chromium's sandbox cannot start then).
    static var isRoot: Bool { geteuid() == 0 }

    /// Whether `path` names a program this user may run.
    static func isExecutable(_ path: String) -> Bool { access(path, X_OK) == 0 }

    /// The folders of the `PATH` environment variable, in order; empty when it is not set.
    static var pathFolders: [Substring] {
        guard let path = getenv("PATH") else { return [] }
        return String(cString: path).split(separator: ":")
    }

    /// The value of the environment variable `name`; nil when it is not set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Up to `count` bytes from the start of the file at `path`; empty when it cannot be read.
    /// Opened without blocking, so a FIFO in its place gives nothing rather than a hang.
    static func firstBytes(of path: String, count: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, count - filled) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            filled += n
        }
        return Array(bytes.prefix(filled))
    }

    /// Writes all of `bytes` to a file descriptor, retrying when interrupted; gives up silently
    /// when the descriptor is closed (there is nowhere left to report to).
    static func writeAll(_ bytes: [UInt8], to fd: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n <= 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
