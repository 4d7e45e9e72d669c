import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The output folder is Readiness's as a whole: files a person added to it are kept, clashes
/// are refused by name, and an interrupted swap is put right by the next build.
@Suite("The output folder")
struct OutputFolderTests {
    func site(_ names: [String], _ text: String = "page") -> [OutputFile] {
        names.map { OutputFile(path: $0, bytes: Array("\(text) \($0)".utf8)) }
    }

    func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }

    func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    @Test("files a person added to the output folder are kept by the next build")
    func keepsAddedFiles() throws {
        let out = try Support.temporaryFolder().appendingPathComponent("_site").path
        #expect(
            SiteWriter.publish(site(["index.html", "old.html", "assets/style.css"]), to: out, protecting: []) == nil)
        try write("evidence", to: out + "/evidence/audit-q2.pdf")
        try write("notes", to: out + "/assets/extra.css")
        #expect(SiteWriter.publish(site(["index.html", "assets/style.css"], "new"), to: out, protecting: []) == nil)
        #expect(read(out + "/evidence/audit-q2.pdf") == "evidence")
        #expect(read(out + "/assets/extra.css") == "notes")
        #expect(read(out + "/index.html") == "new index.html")
        #expect(!FileManager.default.fileExists(atPath: out + "/old.html"))
        // And on the build after that too.
        #expect(SiteWriter.publish(site(["index.html"], "third"), to: out, protecting: []) == nil)
        #expect(read(out + "/evidence/audit-q2.pdf") == "evidence")
    }

    @Test("a site made by Readiness 0.1 (a marker listing no files): its manifest says which files are Readiness's")
    func olderSite() throws {
        let dir = try Support.copy(Support.basic)
        #expect(try Support.run(["build", "--as-of", "2026-11-20"], in: dir).status == 0)
        let out = dir.appendingPathComponent("_site").path
        // As 0.1 left it: the old marker, and a file a person added since.
        try write("Made by Readiness; this folder is replaced on each build.", to: out + "/" + SiteWriter.marker)
        try write("evidence", to: out + "/evidence/audit-q2.pdf")
        #expect(try Support.run(["build", "--as-of", "2026-11-20"], in: dir).status == 0)
        #expect(read(out + "/evidence/audit-q2.pdf") == "evidence")
        #expect(read(out + "/" + SiteWriter.marker)?.hasPrefix(OutputOwnership.heading) == true)
    }

    @Test("an added file the new site would overwrite is refused by name, and nothing changes")
    func clash() throws {
        let out = try Support.temporaryFolder().appendingPathComponent("_site").path
        #expect(SiteWriter.publish(site(["index.html"]), to: out, protecting: []) == nil)
        try write("mine", to: out + "/leaders.html")
        let failure = SiteWriter.publish(site(["index.html", "leaders.html"], "new"), to: out, protecting: [])
        #expect(failure?.message.contains("leaders.html") == true, "\(String(describing: failure))")
        #expect(failure?.message.contains("--replace") == true)
        #expect(read(out + "/leaders.html") == "mine")
        #expect(read(out + "/index.html") == "page index.html")
    }

    @Test("a swap interrupted between its two steps is restored, added files and all")
    func restoresInterruptedSwap() throws {
        let out = try Support.temporaryFolder().appendingPathComponent("_site").path
        #expect(SiteWriter.publish(site(["index.html"]), to: out, protecting: []) == nil)
        try write("evidence", to: out + "/evidence/audit.pdf")
        // As if killed after moving the old site aside and before moving the new one in.
        #expect(rename(out, out + ".readiness-old") == 0)
        try FileManager.default.createDirectory(atPath: out + ".readiness-new", withIntermediateDirectories: false)
        #expect(SiteWriter.publish(site(["index.html"], "new"), to: out, protecting: []) == nil)
        #expect(read(out + "/evidence/audit.pdf") == "evidence")
        #expect(read(out + "/index.html") == "new index.html")
        let names = try FileManager.default.contentsOfDirectory(atPath: (out as NSString).deletingLastPathComponent)
        // Only the lock and the site just replaced, kept for the next build, are left beside it.
        #expect(
            names.filter { $0.contains(".readiness-") && !$0.hasSuffix("-lock") } == ["_site.readiness-spare"],
            "\(names)")
    }

    @Test("a half-removed old site, its other files gone, does not stop later builds")
    func halfRemoved() throws {
        let out = try Support.temporaryFolder().appendingPathComponent("_site").path
        #expect(SiteWriter.publish(site(["index.html", "a.html", "b.html"]), to: out, protecting: []) == nil)
        // As if killed while removing the previous site: its marker is the last thing removed.
        try FileManager.default.createDirectory(atPath: out + ".readiness-old", withIntermediateDirectories: false)
        try FileManager.default.copyItem(
            atPath: out + "/" + SiteWriter.marker, toPath: out + ".readiness-old/" + SiteWriter.marker)
        #expect(SiteWriter.publish(site(["index.html"], "new"), to: out, protecting: []) == nil)
        #expect(!FileManager.default.fileExists(atPath: out + ".readiness-old"))
    }
}

/// `build --replace` removes the files a person added; without it they are kept.
@Suite("build --replace", .serialized)
struct ReplaceFlagTests {
    @Test("without --replace an added file is kept; with it, removed")
    func replace() throws {
        let dir = try Support.copy(Support.basic)
        #expect(try Support.run(["build"], in: dir).status == 0)
        let added = dir.appendingPathComponent("_site/evidence/audit.pdf")
        try FileManager.default.createDirectory(
            at: added.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "evidence".write(to: added, atomically: false, encoding: .utf8)
        let keep = try Support.run(["build"], in: dir)
        #expect(keep.status == 0, "\(keep.stderr)")
        #expect(FileManager.default.fileExists(atPath: added.path))
        let replace = try Support.run(["build", "--replace"], in: dir)
        #expect(replace.status == 0, "\(replace.stderr)")
        #expect(!FileManager.default.fileExists(atPath: added.path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("_site/index.html").path))
    }
}
