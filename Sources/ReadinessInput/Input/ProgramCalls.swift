import Glibc

/// Starting a program and reading what it prints (`posix_spawn`, pipes, `waitpid`), for reading
/// the data folder's git history. Written for Linux (Glibc), the one platform Readiness is built
/// and tested on; see docs/design.md, "Platform".
package enum ProgramCalls {
    /// What a program printed and how it ended.
    package struct Outcome: Sendable {
        /// The exit status; -1 when the program could not be started, 128 + N when signal N ended it.
        package var status: Int32
        /// Its standard output, whole (or up to the limit it was run with).
        package var output: [UInt8]
        /// The end of its error output, for a message.
        package var errorText: String
        /// Whether the output went past the limit (and the program was stopped).
        package var truncated: Bool
    }

    /// Runs `arguments[0]` (a path: nothing is looked up on PATH) with exactly `environment`, its
    /// standard input empty, and returns what it printed. Output past `limit` bytes stops it.
    package static func run(_ arguments: [String], environment: [String], limit: Int) -> Outcome {
        var outPipe: [Int32] = [0, 0]
        var errPipe: [Int32] = [0, 0]
        guard pipe(&outPipe) == 0 else {
            return Outcome(status: -1, output: [], errorText: String(cString: strerror(errno)), truncated: false)
        }
        guard pipe(&errPipe) == 0 else {
            close(outPipe[0])
            close(outPipe[1])
            return Outcome(status: -1, output: [], errorText: String(cString: strerror(errno)), truncated: false)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for end in outPipe + errPipe { posix_spawn_file_actions_addclose(&actions, end) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, arguments[0], &actions, &attributes, &argv, &envp)
        close(outPipe[1])
        close(errPipe[1])
        defer {
            close(outPipe[0])
            close(errPipe[0])
        }
        guard spawned == 0 else {
            return Outcome(status: -1, output: [], errorText: String(cString: strerror(spawned)), truncated: false)
        }
        // Both pipes are drained together, so a program filling one while this reads the other
        // cannot stall.
        var output: [UInt8] = []
        var errors: [UInt8] = []
        var truncated = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        var open = [true, true]
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
                    if output.count > limit && !truncated {
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
            errorText: String(decoding: errors.suffix(2000), as: UTF8.self), truncated: truncated)
    }
}
