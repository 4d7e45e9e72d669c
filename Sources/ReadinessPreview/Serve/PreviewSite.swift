import ReadinessCore

/// The site a preview serves: built in memory, rebuilt when the inputs change, and answering
/// requests only from its own list of files, so no request can reach a file outside the site.
public actor PreviewSite {
    /// One response.
    public struct Response: Sendable, Equatable {
        public var status: Int
        public var contentType: String
        public var body: [UInt8]
    }

    let request: BuildRequest
    private var files: [String: [UInt8]] = [:]
    private var diagnostics = DiagnosticLog()
    private var fingerprint: [String] = []
    /// Goes up by one on every rebuild; open pages poll it and reload when it changes.
    public private(set) var version = 0

    /// The path the reload script polls.
    public static let versionPath = "/__readiness/version"

    public init(request: BuildRequest) {
        self.request = request
    }

    /// Rebuilds when the inputs changed since the last build (or on the first call). Returns
    /// the diagnostics of the build when one was done.
    public func refresh() -> DiagnosticLog? {
        let now = InputFingerprint.of([request.dataFolder, request.templatesFolder])
        guard now != fingerprint || version == 0 else { return nil }
        fingerprint = now
        let result = SiteBuilder.render(request)
        diagnostics = result.diagnostics
        files = Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        version += 1
        return result.diagnostics
    }

    /// The response to a request path (already without its query).
    public func respond(to rawPath: String) -> Response {
        if rawPath == PreviewSite.versionPath {
            return Response(status: 200, contentType: "text/plain; charset=utf-8", body: Array(String(version).utf8))
        }
        if diagnostics.hasErrors {
            return Response(status: 200, contentType: "text/html; charset=utf-8", body: Array(errorPage.utf8))
        }
        guard let path = PreviewSite.sitePath(rawPath), let bytes = files[path] else {
            return Response(status: 404, contentType: "text/html; charset=utf-8", body: Array(notFoundPage.utf8))
        }
        let type = PreviewSite.contentType(path)
        if type.hasPrefix("text/html") {
            return Response(status: 200, contentType: type, body: PreviewSite.withReload(bytes))
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

    /// A small script, in the preview only (never in a built site), that reloads the page when
    /// the site is rebuilt.
    static let reloadScript = """
        <script>(function(){var seen=null;setInterval(function(){fetch("\(versionPath)",{cache:"no-store"})\
        .then(function(r){return r.text();}).then(function(v){if(seen===null){seen=v;}else if(v!==seen){location.reload();}})\
        .catch(function(){});},700);})();</script>
        """

    static func withReload(_ bytes: [UInt8]) -> [UInt8] {
        let html = String(decoding: bytes, as: UTF8.self)
        guard html.contains("</body>") else { return Array((html + reloadScript).utf8) }
        return Array(html.replacingAll("</body>", with: reloadScript + "</body>").utf8)
    }

    private var errorPage: String {
        let items = diagnostics.sorted.map { "<li><code>\(Escaping.html($0.description))</code></li>" }.joined(
            separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>The site did not build</title>
            <style>body{font-family:Arial,sans-serif;margin:2rem;max-width:60rem;color:#0b0c0c}
            h1{color:#d4351c}li{margin:.5rem 0}code{white-space:pre-wrap}</style></head>
            <body><h1>The site did not build</h1>
            <p>Fix these problems and save: the page reloads by itself.</p>
            <ul>\(items)</ul>\(PreviewSite.reloadScript)</body></html>
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
/// between polls to notice edits without reading every file.
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
