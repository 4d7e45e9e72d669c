import Glibc

/// The operating system's process calls (`posix_spawn`, `waitpid`, signal masks), in one place,
/// beside `FileSystemCalls`. Written for Linux (Glibc), the one platform Readiness is built and
/// tested on; see docs/design.md, "Platform".
enum ProcessCalls {
    /// Runs a program, its output discarded and its error output returned with its exit status
    /// (-1 when it could not be started). `settings` (`NAME=value`) are added to the environment
    /// the program inherits, replacing any of the same name.
    static func run(_ arguments: [String], settings: [String] = []) -> (Int32, String) {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return (-1, String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Chromium must get the usual signals even if this process was started with some blocked.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        // The inherited environment, passed on untouched but for the settings the caller names.
        let names = Set(settings.map { $0.prefix { $0 != "=" } + "=" })
        var inherited: [UnsafeMutablePointer<CChar>?] = []
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if !names.contains(where: { text.hasPrefix($0) }) { inherited.append(strdup(text)) }
            entry += 1
        }
        var environment = inherited + settings.map { strdup($0) } + [nil]
        defer { for pointer in environment { free(pointer) } }
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &environment)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { return (-1, String(cString: strerror(spawned))) }
        var detail: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            detail.append(contentsOf: buffer[0..<n])
            if detail.count > 65536 { detail.removeFirst(detail.count - 65536) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), String(decoding: detail, as: UTF8.self))
    }
}
