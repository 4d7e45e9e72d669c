import Foundation
import ReadinessInput
import ReadinessModel

/// Which files of an output folder Readiness wrote and which a person added.
///
/// The marker file (`.readiness-site`) lists every file the build wrote. Anything else in the
/// folder was added by someone (evidence files linked from the actions, a `CNAME`), and the next
/// build carries it into the new site rather than removing it.
enum OutputOwnership {
    /// The marker's first line.
    static let heading =
        "Made by Readiness. The files listed below are replaced on each build; files you add are kept"
        + " (readiness build --replace removes them)."
    /// The first line of markers written before the marker listed files: every file is Readiness's.
    static let olderHeading = "Made by Readiness; this folder is replaced on each build."

    /// The marker's content for a site of these files.
    static func marker(listing paths: [String]) -> [UInt8] {
        let lines = paths.sorted().map { $0.replacingAll("%", with: "%25").replacingAll("\n", with: "%0A") }
        return Array(([heading] + lines).joined(separator: "\n").utf8) + [10]
    }

    /// The files a site's marker lists. A marker of an older Readiness lists none: then the site's
    /// manifest.json says which files it wrote. Nil when neither can tell, meaning every file is
    /// Readiness's.
    static func writtenFiles(in site: String) -> Set<String>? {
        guard case .success(let bytes) = FileAccess.readBytes(site + "/" + SiteWriter.marker) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == heading else { return manifestOutputs(in: site) }
        return Set(lines.dropFirst().map { $0.replacingAll("%0A", with: "\n").replacingAll("%25", with: "%") })
    }

    /// The outputs a site's manifest.json lists, and the manifest itself.
    private static func manifestOutputs(in site: String) -> Set<String>? {
        guard case .success(let bytes) = FileAccess.readBytes(site + "/" + Manifest.path),
            let json = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let outputs = json["outputs"] as? [[String: Any]]
        else { return nil }
        return Set(outputs.compactMap { $0["path"] as? String } + [Manifest.path])
    }

    /// A file, link or empty folder a person added.
    struct Added: Equatable {
        var path: String
        var isFolder: Bool
    }

    /// Everything in `site` that is not listed as written, links not followed.
    static func added(in site: String, written: Set<String>) -> [Added] {
        var found: [Added] = []
        collect(site, relative: "", written: written, into: &found)
        return found
    }

    private static func collect(_ folder: String, relative: String, written: Set<String>, into found: inout [Added]) {
        let names = FileAccess.list(folder) ?? []
        if names.isEmpty && !relative.isEmpty && !written.contains(where: { $0.hasPrefix(relative + "/") }) {
            found.append(Added(path: relative, isFolder: true))
        }
        for name in names {
            let inner = relative.isEmpty ? name : relative + "/" + name
            if inner == SiteWriter.marker || written.contains(inner) { continue }
            if FileSystemCalls.node(folder + "/" + name) == .directory {
                collect(folder + "/" + name, relative: inner, written: written, into: &found)
            } else {
                found.append(Added(path: inner, isFolder: false))
            }
        }
    }

    /// Every folder the paths lie in, the folders above them included (`a/b/c.html`: `a` and `a/b`).
    static func folders(holding paths: Set<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        return folders
    }

    /// The added paths that the new site would overwrite, or that stand where it needs a folder.
    static func clashes(_ added: [Added], with new: Set<String>) -> [String] {
        let folders = folders(holding: new)
        return added.filter { entry in
            if new.contains(entry.path) { return true }
            if !entry.isFolder && folders.contains(entry.path) { return true }
            var parts = entry.path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                if new.contains(parts.joined(separator: "/")) { return true }
                parts = parts.dropLast()
            }
            return false
        }.map(\.path)
    }

    /// Gives each added file a name in the new site too (a hard link, or a copy where the file
    /// system has none), leaving the old site whole until the swap.
    static func carry(_ added: [Added], from old: String, to staging: String) -> SiteWriter.Failure? {
        for entry in added {
            let source = old + "/" + entry.path
            let target = staging + "/" + entry.path
            if let failure = SiteWriter.makeParents(of: entry.isFolder ? target + "/x" : target) { return failure }
            if entry.isFolder || FileSystemCalls.hardLink(source, target) { continue }
            if copy(source, target) { continue }
            return SiteWriter.Failure(
                message: "cannot keep \(source), which you added, in the new site: \(FileSystemCalls.errorText());"
                    + " move it away, or build with --replace to remove the files you added")
        }
        return nil
    }

    private static func copy(_ source: String, _ target: String) -> Bool {
        if FileSystemCalls.node(source) == .link { return FileSystemCalls.copyLink(source, to: target) }
        guard case .success(let bytes) = FileAccess.readBytes(source) else { return false }
        return SiteWriter.writeFile(target, bytes) == nil
    }
}
