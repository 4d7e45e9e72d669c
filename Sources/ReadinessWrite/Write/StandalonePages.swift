import Foundation
import ReadinessModel
import ReadinessRender

/// Self-contained copies of the site's pages, for attaching to an agenda: the stylesheet
/// inlined and images embedded, so one file is the whole page. The table tools' script is left
/// out, so a standalone page holds no script.
public enum StandalonePages {
    /// The folder, inside the site, that holds them.
    public static let folder = ReservedPaths.standaloneFolder

    /// A self-contained copy of every HTML page, placed under `standalone/`.
    public static func make(from files: [OutputFile]) -> [OutputFile] {
        let assets = Dictionary(
            files.filter { $0.path.hasPrefix("assets/") }.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        return files.filter { $0.path.hasSuffix(".html") }.map { page in
            let prefix = SitePath.rootPrefix(for: page.path)
            var html = String(decoding: page.bytes, as: UTF8.self)
            for (path, bytes) in assets.sorted(by: { $0.key < $1.key }) {
                let reference = prefix + path
                if path.hasSuffix(".css") {
                    let css = String(decoding: bytes, as: UTF8.self).replacingAll("</", with: "<\\/")
                    html = html.replacingAll(
                        "<link rel=\"stylesheet\" href=\"\(reference)\">", with: "<style>\n\(css)</style>")
                } else if path.hasSuffix(".js") {
                    // A self-contained page runs no script: its tables are complete without the tools.
                    html = html.replacingAll("<script src=\"\(reference)\" defer></script>\n", with: "")
                } else if let type = mediaType(path) {
                    let uri = "data:\(type);base64,\(Data(bytes).base64EncodedString())"
                    html = html.replacingAll("src=\"\(reference)\"", with: "src=\"\(uri)\"")
                }
            }
            return OutputFile(path: folder + "/" + page.path, bytes: Array(html.utf8))
        }
    }

    static func mediaType(_ path: String) -> String? {
        let lower = path.lowercased()
        if lower.hasSuffix(".png") { return "image/png" }
        if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") { return "image/jpeg" }
        if lower.hasSuffix(".svg") { return "image/svg+xml" }
        if lower.hasSuffix(".gif") { return "image/gif" }
        if lower.hasSuffix(".webp") { return "image/webp" }
        return nil
    }
}
