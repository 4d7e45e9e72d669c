import Foundation
import ReadinessCore
import Synchronization

/// The `readiness serve` preview: a small HTTP/1.1 server of its own on 127.0.0.1 (GET and HEAD,
/// one request per connection, a thread per connection, at most `connectionLimit` at once) over a
/// `PreviewSite`, rebuilt when the file system says an input changed, with open pages told to
/// reload over server-sent events.
public struct PreviewServer: Sendable {
    let site: PreviewSite
    let port: UInt16
    /// Reads a monotonic clock in nanoseconds, given by the command, so the library never reads
    /// the clock itself (as `BuildRequest.stopwatch`): for the "Rebuilt in N ms" line and the
    /// request read timeout.
    let stopwatch: @Sendable () -> UInt64

    /// At most this many connections are served at once (open pages' event streams included);
    /// more are answered 503 at once.
    static let connectionLimit = 64

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
        let listener: (fd: Int32, port: UInt16)
        switch SocketCalls.listen(port: port, backlog: 128) {
        case .success(let bound): listener = bound
        case .failure(.inUse): throw Failure.portInUse(port)
        case .failure(.other(let reason)): throw Failure.cannotListen(reason)
        }
        guard let stop = SocketCalls.pipe() else { throw Failure.cannotListen("no pipe for the server's threads") }
        let roots =
            [site.request.dataFolder, site.request.templatesFolder] + (site.request.annexAFolder.map { [$0] } ?? [])
        let server = self
        // One thread watches and builds: the folders are watched before the first build, so an
        // edit saved while it runs is not missed, and builds never overlap.
        let (builds, built) = AsyncStream<DiagnosticLog>.makeStream()
        Thread.detachNewThread {
            let watcher = FolderWatcher(roots: roots)
            built.yield(server.site.refresh().diagnostics)
            server.watch(watcher, roots: roots, stop: stop.read, report: report, diagnostics: diagnostics)
            built.finish()
        }
        var first = builds.makeAsyncIterator()
        if let log = await first.next() { diagnostics(log) }
        Thread.detachNewThread { server.accept(listener.fd, port: listener.port, stop: stop.read) }
        report(
            "Serving the preview at http://127.0.0.1:\(listener.port)/ (rebuilt when data or templates change; Ctrl-C stops it)"
        )
        while await first.next() != nil {}
    }

    /// Accepts connections until the preview stops, each served on a thread of its own.
    private func accept(_ listener: Int32, port: UInt16, stop: Int32) {
        let open = Mutex(0)
        while let ready = SocketCalls.readable([listener, stop], milliseconds: -1), !ready[1] {
            guard ready[0], let fd = SocketCalls.accept(listener, sendTimeout: 10) else { continue }
            let admitted = open.withLock { count -> Bool in
                guard count < Self.connectionLimit else { return false }
                count += 1
                return true
            }
            guard admitted else {
                let busy = "The preview has too many connections open; close some pages.\n"
                _ = SocketCalls.send(
                    fd,
                    Array(
                        ("HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
                            + "Content-Length: \(busy.utf8.count)\r\nCache-Control: no-store\r\n"
                            + "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n" + busy).utf8))
                SocketCalls.close(fd)
                continue
            }
            let connection = PreviewConnection(fd: fd, site: site, port: port, stopwatch: stopwatch, stop: stop)
            Thread.detachNewThread {
                connection.serve()
                open.withLock { $0 -= 1 }
            }
        }
        SocketCalls.close(listener)
    }

    /// Rebuilds on every change the file system reports (after letting a burst settle), or, where
    /// it reports none, on a change seen by looking once a second.
    private func watch(
        _ watcher: FolderWatcher?, roots: [String], stop: Int32, report: @Sendable (String) -> Void,
        diagnostics: (DiagnosticLog) -> Void
    ) {
        var fingerprint = watcher == nil ? InputFingerprint.of(roots) : []
        while true {
            if let watcher {
                guard let change = watcher.next(stop: stop) else { return }
                // Notifications were lost: nothing kept can be trusted.
                if change == .unknown { site.cache.clear() }
            } else {
                guard SocketCalls.readable([stop], milliseconds: 1000)?[0] == false else { return }
                let now = InputFingerprint.of(roots)
                guard now != fingerprint else { continue }
                fingerprint = now
            }
            let started = stopwatch()
            let (log, _) = site.refresh()
            diagnostics(log)
            let ms = (stopwatch() - started) / 1_000_000
            report(log.hasErrors ? "Rebuild failed: the preview shows the problems." : "Rebuilt in \(ms) ms.")
        }
    }

    /// Whether a request's `Host` header names this preview: `127.0.0.1:PORT` or
    /// `localhost:PORT`. Anything else is refused, so a web page whose name was pointed at
    /// 127.0.0.1 (DNS rebinding) cannot read the preview.
    public static func allowsHost(_ host: String?, port: UInt16) -> Bool {
        guard let host = host?.lowercased() else { return false }
        return host == "127.0.0.1:\(port)" || host == "localhost:\(port)"
    }
}
