/// One connection to the preview, on a thread of its own: reads one request head (at most
/// `RequestHead.limit` bytes, within `readTimeout`), answers it and closes; or, for the events
/// path, holds the connection open as a server-sent events stream until the site changes, the
/// page goes away or the preview stops.
struct PreviewConnection {
    let fd: Int32
    let site: PreviewSite
    let port: UInt16
    /// A monotonic clock in nanoseconds (the command's), for the read deadline.
    let stopwatch: @Sendable () -> UInt64
    /// The read end of the pipe woken when the preview stops.
    let stop: Int32

    /// How long a client has to send its request head, in nanoseconds.
    static let readTimeout: UInt64 = 10_000_000_000
    /// How often an open stream sends a comment, so a dropped page is noticed, in milliseconds.
    static let keepAliveMilliseconds: Int32 = 15_000

    /// Answers the connection and closes it.
    func serve() {
        // Closed gently: what the client still sends is read and dropped for a moment, so the
        // kernel does not reset the connection before the client has read the answer.
        defer { SocketCalls.finish(fd) }
        let head: RequestHead
        switch readHead() {
        case .success(let read): head = read
        case .failure(.malformed): return respond(400, "Bad Request", text: "This is not a request the preview reads.")
        case .failure(.tooLarge):
            return respond(
                431, "Request Header Fields Too Large",
                text: "The request's line and headers are longer than \(RequestHead.limit) bytes.")
        case .failure(.timedOut): return respond(408, "Request Timeout", text: "The request did not arrive in time.")
        case .failure(.closed): return
        }
        guard PreviewServer.allowsHost(head.host, port: port) else {
            return respond(
                421, "Misdirected Request",
                text: "This preview answers only requests for 127.0.0.1 or localhost with its port.")
        }
        guard head.method == "GET" || head.method == "HEAD" else {
            return respond(
                405, "Method Not Allowed", text: "The preview answers only GET and HEAD.",
                extra: ["Allow: GET, HEAD"])
        }
        if head.path == PreviewSite.eventsPath {
            return stream(since: Self.token(in: head.query), headOnly: head.method == "HEAD")
        }
        let response = site.respond(to: head.path)
        send(
            status: response.status, phrase: response.status == 200 ? "OK" : "Not Found",
            type: response.contentType, body: response.body, headOnly: head.method == "HEAD")
    }

    /// Why no head could be read.
    enum ReadFailure: Error {
        case malformed, tooLarge, timedOut, closed
    }

    /// Reads until the head's blank line, refusing more than the limit and a slow client.
    private func readHead() -> Result<RequestHead, ReadFailure> {
        let deadline = stopwatch() + Self.readTimeout
        var bytes: [UInt8] = []
        while true {
            if let end = RequestHead.end(in: bytes) {
                return RequestHead.parse(bytes[..<end]).mapError {
                    $0 == .tooLarge ? .tooLarge : .malformed
                }
            }
            guard bytes.count <= RequestHead.limit else { return .failure(.tooLarge) }
            let now = stopwatch()
            guard now < deadline else { return .failure(.timedOut) }
            let wait = Int32(min((deadline - now) / 1_000_000 + 1, 10_000))
            guard let ready = SocketCalls.readable([fd, stop], milliseconds: wait) else { return .failure(.closed) }
            if ready[1] { return .failure(.closed) }
            guard ready[0] else { continue }
            guard let chunk = SocketCalls.receive(fd, limit: RequestHead.limit + 1 - bytes.count + 3),
                !chunk.isEmpty
            else { return .failure(.closed) }
            bytes += chunk
        }
    }

    /// The `v=` of an events request's query: the version the page was served with.
    static func token(in query: String) -> String? {
        query.split(separator: "&").first { $0.hasPrefix("v=") }.map { String($0.dropFirst(2)) }
    }

    /// Holds an events stream: sends `reload` at once when the page was served by another version
    /// (or another run of the preview), else when the site next changes.
    private func stream(since token: String?, headOnly: Bool) {
        let head =
            "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
        guard SocketCalls.send(fd, Array(head.utf8)), !headOnly else { return }
        guard let pipe = SocketCalls.pipe() else { return }
        let number = site.channel.add(pipe.write)
        defer {
            site.channel.remove(number)
            SocketCalls.close(pipe.read)
            SocketCalls.close(pipe.write)
        }
        // The browser waits a second before it reconnects after the preview stops.
        guard SocketCalls.send(fd, Array("retry: 1000\n\n".utf8)) else { return }
        let seen = token ?? site.token
        while true {
            let now = site.token
            if now != seen {
                _ = SocketCalls.send(fd, Array("event: reload\ndata: \(now)\n\n".utf8))
                return
            }
            guard let ready = SocketCalls.readable([fd, pipe.read, stop], milliseconds: Self.keepAliveMilliseconds)
            else { return }
            // The page went away (or sent something a stream does not take), or the preview stops.
            if ready[0] || ready[2] { return }
            if ready[1] {
                SocketCalls.drain(pipe.read)
                continue
            }
            guard SocketCalls.send(fd, Array(": still here\n\n".utf8)) else { return }
        }
    }

    /// Sends a short plain-text response.
    private func respond(_ status: Int, _ phrase: String, text: String, extra: [String] = []) {
        send(
            status: status, phrase: phrase, type: "text/plain; charset=utf-8", body: Array((text + "\n").utf8),
            headOnly: false, extra: extra)
    }

    /// Sends a response; every one is `no-store` and `nosniff`, and closes the connection.
    private func send(
        status: Int, phrase: String, type: String, body: [UInt8], headOnly: Bool, extra: [String] = []
    ) {
        var head = "HTTP/1.1 \(status) \(phrase)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
        head += "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n"
        for line in extra { head += line + "\r\n" }
        head += "\r\n"
        _ = SocketCalls.send(fd, Array(head.utf8) + (headOnly ? [] : body))
    }
}
