import Glibc

/// The preview server's socket calls (`socket`, `bind`, `listen`, `accept`, `recv`, `send`,
/// `poll`) and the pipes that wake its threads, in one place; see docs/design.md, "Platform".
enum SocketCalls {
    /// Why listening failed.
    enum ListenFailure: Error, Equatable {
        case inUse
        case other(String)
    }

    /// A socket listening on 127.0.0.1 at `port` (0 picks a free one), and the port it got.
    static func listen(port: UInt16, backlog: Int32) -> Result<(fd: Int32, port: UInt16), ListenFailure> {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { return .failure(.other(errorText())) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let status = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(fd, pointer, length) == 0 else { return errno }
                guard Glibc.listen(fd, backlog) == 0 else { return errno }
                return getsockname(fd, pointer, &length) == 0 ? 0 : errno
            }
        }
        guard status == 0 else {
            let reason = String(cString: strerror(status))
            Glibc.close(fd)
            return .failure(status == EADDRINUSE ? .inUse : .other(reason))
        }
        return .success((fd, UInt16(bigEndian: address.sin_port)))
    }

    /// The next connection on a listening socket, with send timeouts of `sendTimeout` seconds so
    /// a reader that stops reading cannot hold a thread; nil when accepting failed.
    static func accept(_ listener: Int32, sendTimeout: Int) -> Int32? {
        let fd = Glibc.accept(listener, nil, nil)
        guard fd >= 0 else { return nil }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        var timeout = timeval(tv_sec: sendTimeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var yes: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        return fd
    }

    /// Which of `fds` can be read (or were closed by the other end), waiting at most
    /// `milliseconds` (-1: as long as it takes); nil when the wait failed.
    static func readable(_ fds: [Int32], milliseconds: Int32) -> [Bool]? {
        var polled = fds.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var count: Int32
        repeat {
            count = poll(&polled, nfds_t(polled.count), milliseconds)
        } while count < 0 && errno == EINTR
        guard count >= 0 else { return nil }
        return polled.map { $0.revents != 0 }
    }

    /// Reads what has arrived (at most `limit` bytes): empty when the other end closed, nil on
    /// an error.
    static func receive(_ fd: Int32, limit: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: limit)
        var count: Int
        repeat {
            count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        } while count < 0 && errno == EINTR
        guard count >= 0 else { return nil }
        return Array(buffer[0..<count])
    }

    /// Sends all of `bytes`; false when the connection failed or timed out (never a SIGPIPE).
    static func send(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes {
                Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += count
        }
        return true
    }

    /// Ends a connection: says no more will be sent, reads and drops what the client still sends
    /// (at most 256 KB, while it keeps arriving within 50 ms), then closes it.
    static func finish(_ fd: Int32) {
        shutdown(fd, Int32(SHUT_WR))
        var dropped = 0
        while dropped < 256 * 1024, readable([fd], milliseconds: 50)?[0] == true,
            let chunk = receive(fd, limit: 65536), !chunk.isEmpty
        {
            dropped += chunk.count
        }
        close(fd)
    }

    /// Closes a socket or pipe.
    static func close(_ fd: Int32) {
        _ = Glibc.close(fd)
    }

    /// A pipe whose read end a thread waits on and whose write end wakes it: (read, write).
    static func pipe() -> (read: Int32, write: Int32)? {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { return nil }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
        }
        return (ends[0], ends[1])
    }

    /// Wakes whoever waits on the pipe's read end.
    static func wake(_ writeEnd: Int32) {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Empties a pipe's read end.
    static func drain(_ readEnd: Int32) {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }

    /// The current `errno` in words.
    static func errorText() -> String { String(cString: strerror(errno)) }
}
