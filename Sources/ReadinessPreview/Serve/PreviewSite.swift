import ReadinessCore
import Synchronization

/// The site a preview serves: built in memory, rebuilt when the inputs change (through a
/// `BuildCache`, so only what changed is read again), and answering requests only from its own
/// list of files, so no request can reach a file outside the site.
public final class PreviewSite: Sendable {
    /// One response.
    public struct Response: Sendable, Equatable {
        public var status: Int
        public var contentType: String
        public var body: [UInt8]
    }

    /// The site as last built.
    struct Built: Sendable {
        var files: [String: [UInt8]] = [:]
        var diagnostics = DiagnosticLog()
        /// Goes up by one on every rebuild that changed what is served.
        var version = 0
    }

    let request: BuildRequest
    let cache = BuildCache()
    private let built = Mutex(Built())
    /// Names this run of the preview, so a page served by an earlier run reloads when the preview
    /// restarts (its stream reconnects with the earlier name).
    let instance = String(UInt32.random(in: 1...UInt32.max), radix: 36)
    /// The open event streams.
    let channel = ReloadChannel()

    /// The path answering the version number (for scripts and tests).
    public static let versionPath = "/__readiness/version"
    /// The path of the server-sent events stream that tells open pages to reload.
    public static let eventsPath = "/__readiness/events"

    public init(request: BuildRequest) {
        var request = request
        request.cache = cache
        self.request = request
    }

    /// The version of the site served now.
    public var version: Int { built.withLock { $0.version } }

    /// What a page served now is told to compare with: the preview's name and the version.
    var token: String { "\(instance).\(version)" }

    /// Builds the site, through the cache, and serves it when it differs from what is served,
    /// waking the open pages. Returns the diagnostics, and whether what is served changed.
    @discardableResult
    public func refresh() -> (diagnostics: DiagnosticLog, changed: Bool) {
        let result = SiteBuilder.render(request)
        let files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let changed = built.withLock { built -> Bool in
            guard built.version == 0 || built.files != files || built.diagnostics != result.diagnostics else {
                return false
            }
            built = Built(files: files, diagnostics: result.diagnostics, version: built.version + 1)
            return true
        }
        if changed { channel.wakeAll() }
        return (result.diagnostics, changed)
    }

    /// The response to a request path (already without its query).
    public func respond(to rawPath: String) -> Response {
        let (files, diagnostics, version) = built.withLock { ($0.files, $0.diagnostics, $0.version) }
        let token = "\(instance).\(version)"
        if rawPath == PreviewSite.versionPath {
            return Response(status: 200, contentType: "text/plain; charset=utf-8", body: Array(String(version).utf8))
        }
        if diagnostics.hasErrors {
            return Response(
                status: 200, contentType: "text/html; charset=utf-8",
                body: Array(PreviewSite.errorPage(diagnostics, token: token).utf8))
        }
        guard let path = PreviewSite.sitePath(rawPath), let bytes = files[path] else {
            return Response(status: 404, contentType: "text/html; charset=utf-8", body: Array(notFoundPage.utf8))
        }
        let type = PreviewSite.contentType(path)
        if type.hasPrefix("text/html") {
            return Response(status: 200, contentType: type, body: PreviewSite.withReload(bytes, token: token))
        }
        return Response(status: 200, contentType: type, body: bytes)
    }

    /// The site path a request path names, or nil when it cannot name a file of the site: any
    /// `..`, `.` segment, backslash, NUL or empty segment is refused before the lookup.
    static func sitePath(_ raw: String) -> String? {
        var path = raw
        if path.hasSuffix("/") { path += "index.html" }
        guard path.hasPrefix("/") else { return nil }
        path.removeFirst()
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.isEmpty,
            segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }),
            !path.contains("\\"), !path.contains("\u{0}"), !path.contains("%")
        else { return nil }
        return path
    }

    static func contentType(_ path: String) -> String {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") { return "text/html; charset=utf-8" }
        if lower.hasSuffix(".css") { return "text/css; charset=utf-8" }
        if lower.hasSuffix(".json") { return "application/json" }
        if lower.hasSuffix(".svg") { return "image/svg+xml" }
        if lower.hasSuffix(".png") { return "image/png" }
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") { return "image/jpeg" }
        if lower.hasSuffix(".pdf") { return "application/pdf" }
        return "application/octet-stream"
    }

    /// A small script, in the preview only (never in a built site), that listens to the
    /// preview's events and reloads the page on `reload`. It names the version it was served
    /// with, so a rebuild between serving the page and the stream opening is not missed, and a
    /// preview restarted meanwhile (another name) reloads it too. The browser reopens a stream
    /// that drops; one it gave up on is opened again a second later.
    static func reloadScript(token: String) -> String {
        """
        <script>(function(){function c(){var s=new EventSource("\(eventsPath)?v=\(token)");\
        s.addEventListener("reload",function(){s.close();location.reload();});\
        s.onerror=function(){if(s.readyState===2){setTimeout(c,1000);}};}c();})();</script>
        """
    }

    static func withReload(_ bytes: [UInt8], token: String) -> [UInt8] {
        let html = String(decoding: bytes, as: UTF8.self)
        let script = reloadScript(token: token)
        guard html.contains("</body>") else { return Array((html + script).utf8) }
        return Array(html.replacingAll("</body>", with: script + "</body>").utf8)
    }

    private static func errorPage(_ diagnostics: DiagnosticLog, token: String) -> String {
        let items = diagnostics.sorted.map { "<li><code>\(Escaping.html($0.description))</code></li>" }.joined(
            separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>The site did not build</title>
            <style>body{font-family:Arial,sans-serif;margin:2rem;max-width:60rem;color:#0b0c0c}
            h1{color:#d4351c}li{margin:.5rem 0}code{white-space:pre-wrap}</style></head>
            <body><h1>The site did not build</h1>
            <p>Fix these problems and save: the page reloads by itself.</p>
            <ul>\(items)</ul>\(PreviewSite.reloadScript(token: token))</body></html>
            """
    }

    private var notFoundPage: String {
        """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>Page not found</title></head>
        <body><h1>Page not found</h1><p><a href="/index.html">Go to the overview</a></p></body></html>
        """
    }
}

/// A cheap summary of a folder tree (each file's path, size and modification time), compared
/// between looks to notice edits: the preview's safety net, once a second, where the system
/// gives no file-system notifications.
enum InputFingerprint {
    static func of(_ folders: [String]) -> [String] {
        var out: [String] = []
        // Walked as the build reads them: links only inside, loops and limits refused.
        for folder in folders {
            guard let confined = ConfinedFolder(folder, role: "input") else { continue }
            let walk = confined.walk(folder)
            for (_, path) in walk.files { out.append("\(path)|\(FileAccess.stamp(of: path))") }
            out += walk.refused.map { "\($0.path)|refused" }
        }
        return out
    }
}
