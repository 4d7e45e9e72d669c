import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The preview answers only requests addressed to it, says plainly when its port is taken, and
/// prints a line per rebuild, not per request. Over a raw socket, against the real binary.
@Suite("Preview server", .serialized)
struct PreviewServerTests {
    /// `readiness serve --port 0` in a copy of the basic fixture, its port and its standard output.
    func start() throws -> (Process, UInt16, Pipe, URL) {
        let dir = try Support.copy(Support.basic)
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "127.0.0.1:"),
            let port = UInt16(text[range.upperBound...].prefix { $0.isNumber })
        else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadUnknown)
        }
        return (process, port, out, dir)
    }

    @Test("only requests for 127.0.0.1:PORT or localhost:PORT are answered")
    func hostHeader() throws {
        let (process, port, _, _) = try start()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        for host in ["127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST:\(port)"] {
            #expect(HTTPClient.get(port: port, target: "/", host: host)?.status == 200, "\(host)")
        }
        for host in [
            "evil.example", "evil.example:\(port)", "127.0.0.1", "localhost", "127.0.0.1:\(port &+ 1)",
            "127.0.0.1.evil.example:\(port)", "", "[::1]:\(port)",
        ] {
            let reply = HTTPClient.get(port: port, target: "/", host: host)
            #expect(reply?.status == 421, "\(host): \(String(describing: reply?.status))")
            #expect(reply?.body.contains("Inspection readiness") == false, "\(host) read the site")
        }
    }

    @Test("a port in use is said plainly, at once")
    func portInUse() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 1) == 0
                    && getsockname(fd, $0, &length) == 0
            }
        }
        try #require(bound)
        let port = UInt16(bigEndian: address.sin_port)
        let dir = try Support.copy(Support.basic)
        let started = Date()
        let result = try Support.run(["serve", "--port", String(port)], in: dir)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("readiness: port \(port) is in use; choose another with --port"), "\(result.stderr)")
        #expect(!result.stderr.lowercased().contains("timeout"))
        #expect(Date().timeIntervalSince(started) < 4.5)
    }

    @Test("one line per rebuild, none per request")
    func quietLog() throws {
        let (process, port, out, dir) = try start()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        for _ in 0..<150 { _ = HTTPClient.get(port: port, target: "/") }
        let settings = dir.appendingPathComponent("data/settings.yaml")
        let original = try String(contentsOf: settings, encoding: .utf8)
        try original.replacingOccurrences(of: "Readiness test site", with: "Edited").write(
            to: settings, atomically: false, encoding: .utf8)
        var text = ""
        let deadline = Date().addingTimeInterval(15)
        // Until the line is whole: a read can end inside it ("Rebuil").
        while Date() < deadline, !(text.contains("Rebuil") && text.hasSuffix("\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1, "\(lines.prefix(5))")
        #expect(lines.first?.hasPrefix("Rebuilt in ") == true, "\(lines.prefix(5))")
    }

    @Test("two oversized requests at once, then a normal one: each is answered, and the server goes on")
    func oversizedRequests() throws {
        let (process, port, _, _) = try start()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        // A request line of 4 MB that never ends, twice at once (FlyingFox read both without a
        // limit, and its two threads spun until nothing else was answered).
        let huge = Array("GET /".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 4 << 20)
        let replies = ParallelResults<String>(count: 2)
        DispatchQueue.concurrentPerform(iterations: 2) { replies[$0] = HTTPClient.raw(port: port, huge) ?? "" }
        for index in 0..<2 {
            #expect(replies[index]?.hasPrefix("HTTP/1.1 431 ") == true, "\(replies[index]?.prefix(80) ?? "")")
        }
        let longHeaders = Array(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nX-Long: \(String(repeating: "b", count: 9000))\r\n\r\n".utf8)
        #expect(HTTPClient.raw(port: port, longHeaders)?.hasPrefix("HTTP/1.1 431 ") == true)
        #expect(HTTPClient.get(port: port, target: "/")?.status == 200)
        #expect(HTTPClient.raw(port: port, Array("NONSENSE\r\n\r\n".utf8))?.hasPrefix("HTTP/1.1 400 ") == true)
        let post = HTTPClient.raw(
            port: port, Array("POST / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: 0\r\n\r\n".utf8))
        #expect(post?.hasPrefix("HTTP/1.1 405 ") == true)
        #expect(post?.contains("Allow: GET, HEAD") == true)
        let head = HTTPClient.raw(port: port, Array("HEAD / HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n".utf8))
        #expect(head?.hasPrefix("HTTP/1.1 200 ") == true)
        #expect(head?.hasSuffix("\r\n\r\n") == true, "a HEAD response has no body")
        #expect(head?.contains("Cache-Control: no-store") == true)
        #expect(head?.contains("X-Content-Type-Options: nosniff") == true)
        #expect(HTTPClient.get(port: port, target: "/")?.status == 200)
    }

    /// The version an open page was served with, from its reload script.
    func token(_ page: String?) -> String {
        guard let page, let range = page.range(of: "\(PreviewSite.eventsPath)?v=") else { return "" }
        return String(page[range.upperBound...].prefix { $0 != "\"" })
    }

    @Test("an edit saved by renaming over the file tells an open page to reload, over server-sent events")
    func reloadEvent() throws {
        let (process, port, _, dir) = try start()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let home = HTTPClient.get(port: port, target: "/")
        #expect(home?.body.contains("new EventSource(") == true)
        #expect(home?.body.contains("setInterval") == false)
        let served = token(home?.body)
        #expect(!served.isEmpty)
        // A page served by another version (or an earlier run of the preview) reloads at once.
        let stale = try #require(HTTPClient.events(port: port, query: "v=earlier.1"))
        let staleText = HTTPClient.read(stale, until: "event: reload")
        close(stale)
        #expect(staleText.contains("Content-Type: text/event-stream"))
        #expect(staleText.contains("event: reload"))
        // An up-to-date page hears nothing until an edit, then `reload`.
        let stream = try #require(HTTPClient.events(port: port, query: "v=\(served)", seconds: 20))
        defer { close(stream) }
        #expect(HTTPClient.read(stream, until: "retry:").contains("retry:"))
        let page = dir.appendingPathComponent("site-templates/pages/index.md")
        let saved = dir.appendingPathComponent("site-templates/pages/.index.md.tmp")
        try (String(contentsOf: page, encoding: .utf8) + "\nSaved by renaming over.\n").write(
            to: saved, atomically: false, encoding: .utf8)
        #expect(rename(saved.path, page.path) == 0)
        #expect(HTTPClient.read(stream, until: "event: reload").contains("event: reload"))
        let edited = HTTPClient.get(port: port, target: "/")
        #expect(edited?.body.contains("Saved by renaming over.") == true)
        #expect(token(edited?.body) != served)
    }

    @Test("a folder made while the preview runs is watched: a file saved in it is served")
    func newFolderIsWatched() throws {
        let (process, port, out, dir) = try start()
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let folder = dir.appendingPathComponent("site-templates/assets/added")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        // The folder is seen (a rebuild, of an unchanged site) before anything is saved in it, so
        // only its own watch can tell of the file.
        var text = ""
        let deadline = Date().addingTimeInterval(10)
        // Until the line is whole: a read can end inside it ("Rebuil").
        while Date() < deadline, !(text.contains("Rebuil") && text.hasSuffix("\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        #expect(text.contains("Rebuilt in "))
        try "p { color: red }\n".write(to: folder.appendingPathComponent("new.css"), atomically: false, encoding: .utf8)
        var served = false
        for _ in 0..<500 where !served {
            served = HTTPClient.get(port: port, target: "/assets/added/new.css")?.status == 200
            usleep(20_000)
        }
        #expect(served)
    }

    @Test(
        "the request head rules",
        arguments: [
            ("GET / HTTP/1.1\r\nHost: a:1\r\n\r\n", "GET", "/", "", "a:1"),
            ("GET /x?v=1.2 HTTP/1.0\nHost:  b:2 \n\n", "GET", "/x", "v=1.2", "b:2"),
            ("HEAD /a HTTP/1.1\r\n\r\n", "HEAD", "/a", "", nil),
        ] as [(String, String, String, String, String?)])
    func heads(_ text: String, _ method: String, _ path: String, _ query: String, _ host: String?) throws {
        let bytes = Array(text.utf8)
        let end = try #require(RequestHead.end(in: bytes))
        #expect(end == bytes.count)
        let head = try RequestHead.parse(bytes[...]).get()
        #expect(head == RequestHead(method: method, path: path, query: query, host: host))
    }

    @Test(
        "heads that are refused",
        arguments: [
            "GET / HTTP/2\r\n\r\n", "GET /\r\n\r\n", "GET http://a/ HTTP/1.1\r\n\r\n", "get / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a:1\r\nHost: b:1\r\n\r\n", "GET / HTTP/1.1\r\nNoColon\r\n\r\n",
            "GET / HTTP/1.1\r\nBad Name: x\r\n\r\n",
        ])
    func refusedHeads(_ text: String) {
        #expect(throws: RequestHead.Refusal.malformed) { try RequestHead.parse(Array(text.utf8)[...]).get() }
    }

    @Test(
        "the host rule",
        arguments: [
            ("127.0.0.1:8000", true), ("localhost:8000", true), ("Localhost:8000", true), ("127.0.0.1:80", false),
            ("attacker.example:8000", false), ("127.0.0.1", false), (nil, false),
        ])
    func hostRule(_ host: String?, _ allowed: Bool) {
        #expect(PreviewServer.allowsHost(host, port: 8000) == allowed)
    }
}
