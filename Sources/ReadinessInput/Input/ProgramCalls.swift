import Glibc

/// The operating system's process calls (`posix_spawn`, pipes, `poll`, `waitpid`, signal
/// masks), in one place, beside `FileSystemCalls`: for `git` (reading the data folder's history)
/// and for Chromium and pandoc (printing the pack). Written for Linux (Glibc), the one platform
/// Readiness is built and tested on; see docs/design.md, "Platform".
///
/// Started with `posix_spawn` rather than Foundation's `Process`, whose `run()` leaks an
/// allocation on Linux (LeakSanitizer reports it, failing the sanitizer runs).
package enum ProgramCalls {
    /// What a program is given as its environment.
    package enum Environment: Sendable {
        /// Exactly these `NAME=value` entries, nothing of this process's (for git: no `GIT_DIR`
        /// or global setting of the caller's can point it elsewhere). The program is named by its
        /// path; nothing is looked up on PATH.
        case exactly([String])
        /// This process's environment, with these `NAME=value` entries added or replacing any of
        /// the same name (Chromium needs the desktop's; pandoc gets `SOURCE_DATE_EPOCH`). A
        /// program named without a folder is looked up on PATH.
        case inherited(adding: [String])
    }

    /// What a program printed and how it ended.
    package struct Outcome: Sendable {
        /// The exit status; -1 when the program could not be started, 128 + N when signal N ended it.
        package var status: Int32
        /// Its standard output, whole (empty when it was discarded or went past the limit).
        package var output: [UInt8]
        /// The end of its error output (its last 64 KB), for a message.
        package var errorText: String
        /// Whether the output went past the limit (and the program was stopped).
        package var truncated: Bool
    }

    /// Runs `arguments[0]` with its standard input empty. Its standard output is kept, up to
    /// `outputLimit` bytes (past which the program is stopped), or discarded when the limit is
    /// nil; its error output's end is kept for a message.
    package static func run(_ arguments: [String], environment: Environment, outputLimit: Int?) -> Outcome {
        func failed(_ code: Int32) -> Outcome {
            Outcome(status: -1, output: [], errorText: String(cString: strerror(code)), truncated: false)
        }
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [0, 0]
        if outputLimit != nil {
            guard pipe(&outPipe) == 0 else { return failed(errno) }
        }
        guard pipe(&errPipe) == 0 else {
            let code = errno
            for end in outPipe where end >= 0 { close(end) }
            return failed(code)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if outputLimit != nil {
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for end in outPipe + errPipe where end >= 0 { posix_spawn_file_actions_addclose(&actions, end) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The program gets the usual signals even if this process was started with some blocked.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var entries: [String]
        switch environment {
        case .exactly(let given): entries = given
        case .inherited(let adding):
            let names = Set(adding.map { $0.prefix { $0 != "=" } + "=" })
            entries = []
            var entry = environ
            while let pointer = entry.pointee {
                let text = String(cString: pointer)
                if !names.contains(where: { text.hasPrefix($0) }) { entries.append(text) }
                entry += 1
            }
            entries += adding
        }
        var envp: [UnsafeMutablePointer<CChar>?] = entries.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned =
            if case .exactly = environment {
                posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, &envp)
            } else {
                posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, &envp)
            }
        if outPipe[1] >= 0 { close(outPipe[1]) }
        close(errPipe[1])
        defer {
            if outPipe[0] >= 0 { close(outPipe[0]) }
            close(errPipe[0])
        }
        guard spawned == 0 else { return failed(spawned) }
        // Both pipes are drained together, so a program filling one while this reads the other
        // cannot stall.
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var truncated = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        var open = [outPipe[0] >= 0, true]
        while open[0] || open[1] {
            var fds = [
                pollfd(fd: open[0] ? outPipe[0] : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: open[1] ? errPipe[0] : -1, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, 2, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for index in 0..<2 where open[index] && fds[index].revents != 0 {
                let fd = index == 0 ? outPipe[0] : errPipe[0]
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 {
                    open[index] = false
                    continue
                }
                if index == 0 {
                    output.append(contentsOf: buffer[0..<n])
                    if let outputLimit, output.count > outputLimit, !truncated {
                        truncated = true
                        kill(pid, SIGKILL)
                    }
                } else {
                    errors.append(contentsOf: buffer[0..<n])
                    if errors.count > 65536 { errors.removeFirst(errors.count - 65536) }
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        return Outcome(
            status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: truncated ? [] : output,
            errorText: String(decoding: errors, as: UTF8.self), truncated: truncated)
    }
}
