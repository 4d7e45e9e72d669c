import Foundation
import ReadinessCore

/// The `layout` fuzz target: the bytes become a small tree of files, folders, links (out of the
/// inputs, round in loops, to devices and /proc) and FIFOs over a copy of the basic fixture, and
/// a whole build runs on it. It must not crash or hang, and nothing from outside the inputs may
/// reach the site: a sentinel file planted beside them, `/etc/passwd` and the environment.
enum LayoutFuzzTarget {
    static let sentinel = "SENTINEL-OUTSIDE-THE-INPUTS"

    /// What must never appear in the site: the sentinel, the password file, the environment.
    static let leaks = [sentinel, "root:x:0:0", "FUZZ_TARGET="]

    static let folders = [
        "data", "data/annex-a", "site-templates", "site-templates/assets", "site-templates/assets/sub",
        "site-templates/pages", "site-templates/partials", "site-templates/layouts",
        "site-templates/layouts/partials", ".",
    ]
    static let names = [
        "settings.yaml", "actions.csv", "themes.yaml", "list-6.csv", "style.css", "x.css", "env.txt", "index.md",
        "theme.md", "follow-ups-section.md", "default.html", "loop", "sub", "assets", "pages", "partials", "annex-a",
        ".hidden", "a b%41.md", "ü.css", "data", "site-templates",
    ]
    static func targets(_ root: String) -> [String] {
        [
            "/proc/self/environ", "/etc/passwd", root + "/outside/secret.txt", "../outside/secret.txt",
            "../../outside/secret.txt", "../../../outside/secret.txt", "../../../../outside/secret.txt", ".", "..",
            "../..", "loop", "self", "style.css", "../data", "../site-templates", "/dev/zero", "/", "/proc/self/fd/0",
            "missing", "../partials", "sub", "index.md", "../annex-a/list-6.csv",
        ]
    }

    /// Decodes the bytes into operations of four bytes (operation, folder, name, argument; a
    /// file's content follows its operation) and builds.
    static func run(_ bytes: [UInt8]) {
        let root = NSTemporaryDirectory() + "readiness-fuzz-layout-\(UUID().uuidString)"
        SiteWriter.removeTree(root)
        defer { SiteWriter.removeTree(root) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(
                "Tests/ReadinessCoreTests/Fixtures/basic")
        let site = root + "/site"
        let manager = FileManager.default
        guard (try? manager.createDirectory(atPath: root + "/outside", withIntermediateDirectories: true)) != nil,
            manager.createFile(atPath: root + "/outside/secret.txt", contents: Data(sentinel.utf8)),
            (try? manager.createDirectory(atPath: site, withIntermediateDirectories: true)) != nil,
            (try? manager.copyItem(atPath: fixture.path + "/data", toPath: site + "/data")) != nil,
            (try? manager.copyItem(atPath: fixture.path + "/site-templates", toPath: site + "/site-templates")) != nil
        else { return }
        apply(bytes, in: site, root: root)
        // The inputs themselves must still be inside the site folder, or the sentinel would be an input.
        for input in ["/data", "/site-templates"] {
            if case .success(let real) = FileSystemCalls.realPath(site + input), !real.hasPrefix(site + "/") { return }
        }
        let result = SiteBuilder.build(
            BuildRequest(
                dataFolder: site + "/data", templatesFolder: site + "/site-templates", outputFolder: root + "/_site",
                asAt: nil))
        for file in result.files { check(file.bytes, file.path) }
        for path in written(root + "/_site") {
            if case .success(let bytes) = FileAccess.readBytes(path) { check(bytes, path) }
        }
    }

    private static func apply(_ bytes: [UInt8], in site: String, root: String) {
        let targets = targets(root)
        var index = 0
        var operations = 0
        while index + 3 < bytes.count && operations < 64 {
            let (operation, folder, name, argument) = (
                bytes[index], bytes[index + 1], bytes[index + 2], bytes[index + 3]
            )
            index += 4
            operations += 1
            let parent = site + "/" + folders[Int(folder) % folders.count]
            let path = parent + "/" + names[Int(name) % names.count]
            // Never write through a link that leads out of the site folder.
            guard case .success(let real) = FileSystemCalls.realPath(parent), real == site || real.hasPrefix(site + "/")
            else {
                if operation % 6 == 1 { index = min(bytes.count, index + Int(argument)) }
                continue
            }
            switch operation % 6 {
            case 0: _ = FileSystemCalls.makeFolder(path)
            case 1:
                let end = min(bytes.count, index + Int(argument))
                let content = String(decoding: bytes[index..<end], as: UTF8.self)
                index = end
                // Content naming what the check looks for would be a false alarm.
                if leaks.contains(where: content.contains) { continue }
                _ = FileSystemCalls.writeFile(path, Array(content.utf8), followingLinks: false)
            case 2:
                SiteWriter.removeTree(path)
                FileSystemCalls.makeLink(to: targets[Int(argument) % targets.count], at: path)
            case 3:
                SiteWriter.removeTree(path)
                FileSystemCalls.makeFIFO(path)
            case 4: SiteWriter.removeTree(path)
            default:
                SiteWriter.removeTree(path)
                FileSystemCalls.makeLink(to: names[Int(argument) % names.count], at: path)
            }
        }
    }

    /// Every file under the output folder, links not followed.
    private static func written(_ folder: String) -> [String] {
        var out: [String] = []
        for name in FileAccess.list(folder) ?? [] {
            let path = folder + "/" + name
            switch FileSystemCalls.node(path) {
            case .directory: out += written(path)
            case .file: out.append(path)
            default: fatalError("the site holds something that is not a file or a folder: \(path)")
            }
        }
        return out
    }

    /// Stops the fuzzer when anything from outside the inputs reached the site.
    private static func check(_ bytes: [UInt8], _ path: String) {
        let text = String(decoding: bytes, as: UTF8.self)
        for leak in leaks where text.contains(leak) {
            fatalError("\(path) holds '\(leak)' from outside the inputs")
        }
    }
}
