import FlyingFox
import Foundation

/// The `readiness serve` preview: an HTTP server on 127.0.0.1 (FlyingFox) over a `PreviewSite`,
/// with a loop that rebuilds when data or templates change.
public struct PreviewServer: Sendable {
    let site: PreviewSite
    let port: UInt16

    public init(request: BuildRequest, port: UInt16) {
        site = PreviewSite(request: request)
        self.port = port
    }

    /// Builds, starts listening, reports the address, then watches and serves until the process
    /// ends. `report` receives each line to print; `diagnostics` each build's problems.
    public func run(
        report: @escaping @Sendable (String) -> Void, diagnostics: @escaping @Sendable (DiagnosticLog) -> Void
    ) async throws {
        if let first = await site.refresh() { diagnostics(first) }
        let server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), handler: Handler(site: site))
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        var actual = port
        if case .ip4(_, let bound)? = await server.listeningAddress { actual = bound }
        report(
            "Serving the preview at http://127.0.0.1:\(actual)/ (rebuilt when data or templates change; Ctrl-C stops it)"
        )
        while !serving.isCancelled {
            try await Task.sleep(nanoseconds: 300_000_000)
            let started = DispatchTime.now().uptimeNanoseconds
            if let log = await site.refresh() {
                diagnostics(log)
                let ms = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                report(log.hasErrors ? "Rebuild failed: the preview shows the problems." : "Rebuilt in \(ms) ms.")
            }
        }
    }

    struct Handler: HTTPHandler {
        let site: PreviewSite

        func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
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
