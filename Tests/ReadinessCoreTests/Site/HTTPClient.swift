import Foundation
import Glibc

/// A bare HTTP client over a POSIX socket, so tests can send request targets that URL types
/// would clean up first (`/../`, `%2e%2e`, backslashes). Loopback only, with timeouts. The test
/// target's one platform shim (Glibc's sockets).
enum HTTPClient {
    struct Reply {
        var status: Int
        var body: String
    }

    /// Sends `GET target` with a `Host` header of `127.0.0.1:port`, or `host` when given (an
    /// empty `host` sends none).
    static func get(port: UInt16, target: String, host: String? = nil) -> Reply? {
        guard let fd = connect(port: port) else { return nil }
        defer { close(fd) }
        let hostHeader = host.map { $0.isEmpty ? "" : "Host: \($0)\r\n" } ?? "Host: 127.0.0.1:\(port)\r\n"
        let request = Array("GET \(target) HTTP/1.1\r\n\(hostHeader)Connection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else { return nil }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        let separator: [UInt8] = [13, 10, 13, 10]
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
            // Stop once the headers and Content-Length bytes of body are in: the server may keep
            // the connection open.
            if let end = data.indices.dropLast(3).first(where: { Array(data[$0..<($0 + 4)]) == separator }) {
                let head = String(decoding: data[..<end], as: UTF8.self).lowercased()
                if let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                    let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)),
                    data.count >= end + 4 + length
                {
                    break
                }
            }
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let statusLine = text.split(separator: "\r\n").first else { return nil }
        let parts = statusLine.split(separator: " ")
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        let body = text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        return Reply(status: status, body: body)
    }

    /// A connected socket to 127.0.0.1:`port`, with `seconds` of send and receive timeout; nil
    /// when it cannot connect.
    static func connect(port: UInt16, seconds: Int = 5) -> Int32? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(fd)
            return nil
        }
        return fd
    }

    /// Sends raw bytes (as much as the server takes before it stops reading, `MSG_NOSIGNAL`),
    /// then reads what comes back until the server closes or the timeout; the reply's text.
    static func raw(port: UInt16, _ bytes: [UInt8], seconds: Int = 5) -> String? {
        guard let fd = connect(port: port, seconds: seconds) else { return nil }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes {
                send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
            }
            if n <= 0 { break }
            offset += n
        }
        return read(fd)
    }

    /// Everything a socket gives until it closes or its timeout passes.
    static func read(_ fd: Int32, until text: String? = nil) -> String {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if let text, String(decoding: data, as: UTF8.self).contains(text) { break }
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Opens the preview's event stream with `query`; the socket, to read with `read(_:until:)`.
    static func events(port: UInt16, query: String, seconds: Int = 10) -> Int32? {
        guard let fd = connect(port: port, seconds: seconds) else { return nil }
        let request = Array("GET /__readiness/events?\(query) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else {
            close(fd)
            return nil
        }
        return fd
    }
}
