/// Rules for paths inside the output site.
package enum SitePath {
    /// Whether a relative output path is safe: plain names of letters, digits, `.`, `-` and `_`
    /// joined by `/`, no `..`, and ending `.html`.
    static func isSafePage(_ path: String) -> Bool {
        guard path.hasSuffix(".html"), !path.hasPrefix("/") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
                && part.unicodeScalars.allSatisfy {
                    ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
                        || $0 == "-" || $0 == "_" || $0 == "."
                }
        }
    }

    /// What Readiness itself writes at a page path, if it does: the agenda pack, the
    /// self-contained copies under `standalone/`, the assets and the manifest. No page may take
    /// these paths, so no file is written twice and the manifest lists each path once.
    static func reservedOwner(of path: String) -> String? {
        let lower = path.lowercased()
        if lower == AgendaPack.path { return "the agenda pack" }
        if lower == ReservedPaths.manifest.lowercased() { return "the manifest" }
        if lower.hasPrefix(ReservedPaths.standaloneFolder + "/") { return "the self-contained copies of the pages" }
        if lower.hasPrefix("assets/") { return "the files copied from site-templates/assets" }
        return nil
    }

    /// The prefix that leads from a page back to the site's root, e.g. `../` for `themes/x.html`.
    package static func rootPrefix(for path: String) -> String {
        String(repeating: "../", count: path.filter { $0 == "/" }.count)
    }
}

/// The paths the write stage takes in every site, named here so that rendering can keep pages
/// off them: `Manifest.path` and `StandalonePages.folder` are these.
package enum ReservedPaths {
    /// The manifest's file name inside the site.
    package static let manifest = "manifest.json"
    /// The folder of the self-contained copies of the pages.
    package static let standaloneFolder = "standalone"
}
