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
        while Date() < deadline, !text.contains("Rebuil") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1, "\(lines.prefix(5))")
        #expect(lines.first?.hasPrefix("Rebuilt in ") == true, "\(lines.prefix(5))")
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
