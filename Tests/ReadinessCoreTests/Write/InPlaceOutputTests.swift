import Foundation
import Testing

@testable import ReadinessInput
@testable import ReadinessRender
@testable import ReadinessWrite

/// The site before the last one is kept beside the output folder (`NAME.readiness-spare`) and
/// brought up to date in place by the next build: whatever sequence of sites is built, the
/// output holds exactly the last one, byte for byte; files it has unchanged are not written
/// again; and nothing planted in the spare (a link out, a second name of an outside file, a
/// linked folder, a pipe) reaches the site or lets a write leave it.
@Suite("Output written in place")
struct InPlaceOutputTests {
    /// Every file under a folder (relative path to bytes), links and special files as markers.
    static func tree(_ root: String) -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        func walk(_ folder: String, _ relative: String) {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                let path = folder + "/" + name
                let inner = relative.isEmpty ? name : relative + "/" + name
                let kind = (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType)
                switch kind {
                case .typeDirectory?: walk(path, inner)
                case .typeRegular?: out[inner] = Array(FileManager.default.contents(atPath: path) ?? Data())
                default: out[inner] = Array("<\(kind?.rawValue ?? "?")>".utf8)
                }
            }
        }
        walk(root, "")
        return out
    }

    static func inode(_ path: String) -> UInt64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// A site drawn from a small pool of paths (a file in one site may be a folder in another),
    /// with contents that sometimes change.
    static func site(_ seed: UInt64) -> [OutputFile] {
        var generator = SeededRandom(state: seed)
        let pool = [
            "index.html", "a.html", "b.html", "a.html/x.html", "themes/one.html", "themes/two.html", "themes",
            "assets/style.css", "assets/img/logo.svg", "assets/img", "deep/er/still/page.html", "manifest.json",
        ]
        var files: [OutputFile] = []
        var taken: Set<String> = []
        for path in pool.shuffled(using: &generator) where Bool.random(using: &generator) {
            // A path cannot be both a file and a folder in one site.
            if taken.contains(where: { $0.hasPrefix(path + "/") || path.hasPrefix($0 + "/") }) { continue }
            taken.insert(path)
            let version = Int.random(in: 0..<2, using: &generator)
            files.append(OutputFile(path: path, bytes: Array("\(path) v\(version)".utf8)))
        }
        return files
    }

    @Test("any sequence of sites: the output is always exactly the last one", arguments: 0..<20)
    func sequences(seed: UInt64) throws {
        let out = try Support.temporaryFolder().appendingPathComponent("_site").path
        for step in 0..<8 {
            let files = Self.site(seed * 100 + UInt64(step))
            #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
            var expected = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
            let written = Self.tree(out)
            expected[SiteWriter.marker] = written[SiteWriter.marker]
            #expect(written == expected, "seed \(seed), step \(step)")
            #expect(FileManager.default.fileExists(atPath: out + ".readiness-spare/" + SiteWriter.marker) == (step > 0))
            #expect(!FileManager.default.fileExists(atPath: out + ".readiness-new"))
        }
    }

    @Test("files the new site has unchanged are kept from the spare, not written again")
    func unchangedNotRewritten() throws {
        let out = try Support.temporaryFolder().appendingPathComponent("_site").path
        let first = [
            OutputFile(path: "same.html", bytes: Array("same".utf8)),
            OutputFile(path: "changes.html", bytes: Array("one".utf8)),
        ]
        #expect(SiteWriter.publish(first, to: out, protecting: []) == nil)
        let same = try #require(Self.inode(out + "/same.html"))
        let changes = try #require(Self.inode(out + "/changes.html"))
        #expect(SiteWriter.publish(first, to: out, protecting: []) == nil)
        // The first site is now the spare; the third build brings it up to date.
        let third = [first[0], OutputFile(path: "changes.html", bytes: Array("two".utf8))]
        #expect(SiteWriter.publish(third, to: out, protecting: []) == nil)
        #expect(Self.inode(out + "/same.html") == same)
        #expect(FileManager.default.contents(atPath: out + "/changes.html") == Data("two".utf8))
        #expect(Self.inode(out + "/changes.html") == changes)  // written over in place, not made anew
    }

    @Test("nothing planted in the spare reaches the site or lets a write leave it")
    func plantedSpare() throws {
        let root = try Support.temporaryFolder()
        let out = root.appendingPathComponent("_site").path
        let outside = root.appendingPathComponent("outside").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let secret = outside + "/secret.txt"
        try Data("secret".utf8).write(to: URL(fileURLWithPath: secret))
        let files = [
            OutputFile(path: "index.html", bytes: Array("index".utf8)),
            OutputFile(path: "linked.html", bytes: Array("secret".utf8)),  // same bytes as the secret
            OutputFile(path: "named.html", bytes: Array("named".utf8)),
            OutputFile(path: "folder/page.html", bytes: Array("page".utf8)),
            OutputFile(path: "pipe.html", bytes: Array("pipe".utf8)),
        ]
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        let spare = out + ".readiness-spare"
        for name in ["linked.html", "named.html", "pipe.html"] {
            try FileManager.default.removeItem(atPath: spare + "/" + name)
        }
        try FileManager.default.removeItem(atPath: spare + "/folder")
        try FileManager.default.createSymbolicLink(atPath: spare + "/linked.html", withDestinationPath: secret)
        #expect(link(secret, spare + "/named.html") == 0)
        try FileManager.default.createSymbolicLink(atPath: spare + "/folder", withDestinationPath: outside)
        #expect(mkfifo(spare + "/pipe.html", 0o644) == 0)
        try Data("stale".utf8).write(to: URL(fileURLWithPath: spare + "/stale.html"))

        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        var expected = Dictionary(files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
        let written = Self.tree(out)
        expected[SiteWriter.marker] = written[SiteWriter.marker]
        #expect(written == expected)
        #expect(Self.tree(outside) == ["secret.txt": Array("secret".utf8)])
        #expect(FileManager.default.contents(atPath: secret) == Data("secret".utf8))
    }

    /// Each path's owner and permission bits.
    @Test(
        "a spare Readiness did not make (a link, a file, a foreign folder) is refused, saying what it is, and left as it is",
        arguments: ["a link", "a file", "a folder"])
    func foreignSpare(kind: String) throws {
        let root = try Support.temporaryFolder()
        let out = root.appendingPathComponent("_site").path
        let spare = out + ".readiness-spare"
        let outside = root.appendingPathComponent("outside").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        switch kind {
        case "a link": try FileManager.default.createSymbolicLink(atPath: spare, withDestinationPath: outside)
        case "a file": try Data("mine".utf8).write(to: URL(fileURLWithPath: spare))
        default:
            // A folder of someone's files (an empty one is taken: it holds nothing to lose).
            try FileManager.default.createDirectory(atPath: spare, withIntermediateDirectories: true)
            try Data("mine".utf8).write(to: URL(fileURLWithPath: spare + "/notes.txt"))
        }
        let failure = SiteWriter.publish(
            [OutputFile(path: "index.html", bytes: Array("index".utf8))], to: out, protecting: [])
        #expect(
            failure?.message
                == "\(spare) is \(kind) that Readiness did not make (it keeps a folder of this name beside the site); move it away and build again"
        )
        #expect(FileManager.default.fileExists(atPath: spare))
        #expect(Self.tree(outside).isEmpty)
    }

    @Test("a link, folder or pipe planted under the lock's name is refused, and nothing is made where a link points")
    func plantedLock() throws {
        let root = try Support.temporaryFolder()
        let out = root.appendingPathComponent("_site").path
        let lock = out + ".readiness-lock"
        let outside = root.appendingPathComponent("outside").path
        try FileManager.default.createDirectory(atPath: outside, withIntermediateDirectories: true)
        let files = [OutputFile(path: "index.html", bytes: Array("index".utf8))]
        for (kind, plant) in [
            (
                "a link",
                { try FileManager.default.createSymbolicLink(atPath: lock, withDestinationPath: outside + "/made") }
            ),
            ("a folder", { try FileManager.default.createDirectory(atPath: lock, withIntermediateDirectories: true) }),
            ("a special file", { #expect(mkfifo(lock, 0o644) == 0) }),
        ] as [(String, () throws -> Void)] {
            try plant()
            let failure = SiteWriter.publish(files, to: out, protecting: [])
            #expect(failure?.message.hasPrefix("\(lock) is \(kind) that Readiness did not make") == true, "\(kind)")
            #expect(Self.tree(outside).isEmpty, "\(kind)")
            #expect(!FileManager.default.fileExists(atPath: out), "\(kind)")
            try FileManager.default.removeItem(atPath: lock)
        }
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
    }

    static func modes(_ root: String) -> [String: String] {
        var out: [String: String] = [:]
        for path in (FileManager.default.subpaths(atPath: root) ?? []) + [""] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + path)
            let mode = (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1
            let owner = (attributes?[.ownerAccountID] as? NSNumber)?.intValue ?? -1
            out[path] = String(mode, radix: 8) + " " + String(owner)
        }
        return out
    }

    @Test("owners and permissions set on the spare do not reach the site: it is as a fresh build makes it")
    func permissionsOfTheSpare() throws {
        let root = try Support.temporaryFolder()
        let out = root.appendingPathComponent("_site").path
        let files = [
            OutputFile(path: "index.html", bytes: Array("index".utf8)),
            OutputFile(path: "open.html", bytes: Array("open".utf8)),
            OutputFile(path: "assets/style.css", bytes: Array("css".utf8)),
        ]
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        let spare = out + ".readiness-spare"
        #expect(chmod(spare + "/index.html", 0o000) == 0)
        #expect(chmod(spare + "/open.html", 0o4777) == 0)
        #expect(chmod(spare + "/assets", 0o700) == 0)
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        let fresh = root.appendingPathComponent("fresh").path
        #expect(SiteWriter.publish(files, to: fresh, protecting: []) == nil)
        #expect(Self.modes(out) == Self.modes(fresh))
        #expect(Self.tree(out) == Self.tree(fresh))
        // And a spare whose own folder was locked down is not used at all.
        #expect(chmod(spare, 0o500) == 0)
        #expect(SiteWriter.publish(files, to: out, protecting: []) == nil)
        #expect(Self.modes(out) == Self.modes(fresh))
    }
}
