import FlyingFox
import FlyingSocks
import Foundation
import ReadinessCore
import Synchronization

/// The `readiness serve` preview: an HTTP server on 127.0.0.1 (FlyingFox) over a `PreviewSite`,
/// with a loop that rebuilds when data or templates change.
public struct PreviewServer: Sendable {
    let site: PreviewSite
    let port: UInt16
    /// Reads a monotonic clock in nanoseconds, given by the command, so the library never reads
    /// the clock itself (as `BuildRequest.stopwatch`); only the "Rebuilt in N ms" line uses it.
    let stopwatch: @Sendable () -> UInt64

    /// Why the preview could not start.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// Another program is listening on the port.
        case portInUse(UInt16)
        /// Listening failed for another reason.
        case cannotListen(String)

        public var description: String {
            switch self {
            case .portInUse(let port): return "port \(port) is in use; choose another with --port"
            case .cannotListen(let reason): return "the preview cannot listen on 127.0.0.1: \(reason)"
            }
        }
    }

    /// A preview of the site `request` describes, on `port` (0 picks a free one), timing its
    /// rebuilds with `stopwatch` (nanoseconds from a monotonic clock).
    public init(request: BuildRequest, port: UInt16, stopwatch: @escaping @Sendable () -> UInt64) {
        site = PreviewSite(request: request)
        self.port = port
        self.stopwatch = stopwatch
    }

    /// Builds, starts listening, reports the address, then watches and serves until the process
    /// ends. `report` receives each line to print (one per rebuild, none per request);
    /// `diagnostics` each build's problems. Throws `Failure` when it cannot listen.
    public func run(
        report: @escaping @Sendable (String) -> Void, diagnostics: @escaping @Sendable (DiagnosticLog) -> Void
    ) async throws {
        if let first = await site.refresh() { diagnostics(first) }
        let bound = BoundPort()
        // FlyingFox's default logger prints a line for every connection: the preview says
        // only what changed.
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: port), logger: .disabled,
            handler: Handler(site: site, port: bound))
        let outcome = ServingOutcome()
        let serving = Task {
            do { try await server.run() } catch { await outcome.fail(error) }
        }
        // Wait until it listens or fails (a port in use fails at once; FlyingFox's own wait
        // would report only a timeout after five seconds).
        while !(await server.isListening) {
            if let error = await outcome.error { throw Self.failure(error, port: port) }
            try await Task.sleep(nanoseconds: 10_000_000)
        }
        var actual = port
        if case .ip4(_, let number)? = await server.listeningAddress { actual = number }
        bound.set(actual)
        report(
            "Serving the preview at http://127.0.0.1:\(actual)/ (rebuilt when data or templates change; Ctrl-C stops it)"
        )
        while !serving.isCancelled {
            if let error = await outcome.error { throw Self.failure(error, port: actual) }
            try await Task.sleep(nanoseconds: 300_000_000)
            let started = stopwatch()
            if let log = await site.refresh() {
                diagnostics(log)
                let ms = (stopwatch() - started) / 1_000_000
                report(log.hasErrors ? "Rebuild failed: the preview shows the problems." : "Rebuilt in \(ms) ms.")
            }
        }
    }

    /// A listening error in words a person can act on.
    static func failure(_ error: Error, port: UInt16) -> Failure {
        if case .failed(_, let number, _)? = error as? SocketError, number == EADDRINUSE { return .portInUse(port) }
        return .cannotListen("\(error)")
    }

    /// Whether a request's `Host` header names this preview: `127.0.0.1:PORT` or
    /// `localhost:PORT`. Anything else is refused, so a web page whose name was pointed at
    /// 127.0.0.1 (DNS rebinding) cannot read the preview.
    public static func allowsHost(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        return host == "127.0.0.1:\(port)" || host == "localhost:\(port)"
    }

    struct Handler: HTTPHandler {
        let site: PreviewSite
        let port: BoundPort

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
            guard let port = port.value, PreviewServer.allowsHost(request.headers[.host], port: port) else {
                return HTTPResponse(
                    statusCode: HTTPStatusCode(421, phrase: "Misdirected Request"),
                    headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                    body: Data("This preview answers only requests for 127.0.0.1 or localhost with its port.\n".utf8))
            }
            guard request.method == .GET || request.method == .HEAD else {
                return HTTPResponse(statusCode: .methodNotAllowed)
            }
            let response = await site.respond(to: request.path)
            return HTTPResponse(
                statusCode: HTTPStatusCode(response.status, phrase: response.status == 200 ? "OK" : "Not Found"),
                headers: [
                    .contentType: response.contentType, .cacheControl: "no-store",
                    HTTPHeader("X-Content-Type-Options"): "nosniff",
                ],
                body: request.method == .HEAD ? Data() : Data(response.body))
        }
    }
}

/// The port the server listens on, known only once it listens (`--port 0` picks one).
final class BoundPort: Sendable {
    private let port = Mutex<UInt16?>(nil)

    var value: UInt16? { port.withLock { $0 } }

    func set(_ port: UInt16) { self.port.withLock { $0 = port } }
}

/// The error that ended the server's task, if it ended.
actor ServingOutcome {
    private(set) var error: Error?

    func fail(_ error: Error) { self.error = error }
}
