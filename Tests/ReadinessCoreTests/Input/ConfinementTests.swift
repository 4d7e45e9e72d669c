import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Inputs are read only from inside the data and templates folders: links that climb out, link
/// loops and special files are refused with a diagnostic, and nothing outside reaches the site.
@Suite("Links and special files in the inputs", .serialized)
struct ConfinementTests {
    static let sentinel = "SENTINEL-OUTSIDE-THE-INPUTS"

    /// A copy of the basic fixture, with a file outside it holding the sentinel.
    func workspace() throws -> (site: URL, outside: URL) {
        let site = try Support.copy(Support.basic)
        let outside = site.deletingLastPathComponent().appendingPathComponent("outside.txt")
        try Self.sentinel.write(to: outside, atomically: false, encoding: .utf8)
        return (site, outside)
    }

    func link(_ site: URL, _ path: String, to target: String) throws {
        let url = site.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    /// Every byte the build would publish, as one string.
    func published(_ result: BuildResult) -> String {
        result.files.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
    }

    @Test(
        "a link out of the inputs is refused with an error naming it",
        arguments: [
            ("site-templates/assets/env.txt", "/proc/self/environ", "templates"),
            ("site-templates/assets/x.css", "/etc/passwd", "templates"),
            ("site-templates/assets/deep/x.css", "../../../../outside.txt", "templates"),
            ("site-templates/partials/secret.md", "/etc/passwd", "templates"),
            ("site-templates/partials/secret.md", "../../../outside.txt", "templates"),
            ("site-templates/pages/leak.md", "../../../outside.txt", "templates"),
            ("site-templates/layouts/default.html", "../../../outside.txt", "templates"),
            ("data/actions.csv", "../../outside.txt", "data"),
            ("data/annex-a/list-6.csv", "../../../outside.txt", "data"),
            ("data/follow-ups.csv", "../site-templates/partials/follow-ups-section.md", "data"),
        ])
    func linkOut(_ path: String, _ target: String, _ role: String) throws {
        let (site, _) = try workspace()
        try link(site, path, to: target)
        let result = try Support.render(site)
        let errors = result.diagnostics.errors.filter { $0.file.hasSuffix(path) }
        #expect(errors.count == 1, "\(result.diagnostics.all)")
        #expect(errors.first?.message.contains("outside the \(role) folder") == true, "\(errors)")
        #expect(errors.first?.hint?.contains("a link is followed only when its target stays inside") == true)
        #expect(result.files.isEmpty)
        #expect(!published(result).contains(Self.sentinel))
    }

    @Test(
        "a hard link (a second name for a file outside) is refused, in data and in templates",
        arguments: ["site-templates/assets/hard.css", "site-templates/partials/hard.md", "data/annex-a/list-6.csv"])
    func hardLink(_ path: String) throws {
        let (site, outside) = try workspace()
        let url = site.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.linkItem(at: outside, to: url)
        let result = try Support.render(site)
        let errors = result.diagnostics.errors.filter { $0.file.hasSuffix(path) }
        #expect(errors.count == 1, "\(result.diagnostics.all)")
        #expect(errors.first?.message.contains("it is a hard link") == true, "\(errors)")
        #expect(result.files.isEmpty)
        #expect(!published(result).contains(Self.sentinel))
    }

    @Test("a link that stays inside its folder is followed")
    func linkInside() throws {
        let (site, _) = try workspace()
        try link(site, "site-templates/assets/copy.css", to: "style.css")
        try link(site, "site-templates/assets/shared", to: "../partials")
        try FileManager.default.moveItem(
            at: site.appendingPathComponent("data/annex-a"), to: site.appendingPathComponent("data/lists"))
        try link(site, "data/annex-a", to: "lists")
        let result = try Support.render(site)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        let paths = Set(result.files.map(\.path))
        #expect(paths.contains("assets/copy.css"))
        #expect(paths.contains("assets/shared/follow-ups-section.md"))
    }

    @Test(
        "link loops are refused, not followed for ever",
        arguments: [
            ("site-templates/assets/loop", "."),
            ("site-templates/assets/up", ".."),
            ("site-templates/assets/self", "self"),
            ("site-templates/partials/self.md", "self.md"),
            ("data/settings.yaml", "settings.yaml"),
        ])
    func loops(_ path: String, _ target: String) throws {
        let (site, _) = try workspace()
        try link(site, path, to: target)
        let result = try Support.render(site)
        let errors = result.diagnostics.errors.filter { $0.file.hasSuffix(path) }
        #expect(errors.count == 1, "\(result.diagnostics.all)")
        #expect(errors.first?.message.contains("loop") == true, "\(errors)")
        #expect(!result.files.contains { $0.path.contains("loop/") || $0.path.contains("up/") })
    }

    @Test("many loops in one folder finish at once")
    func manyLoops() throws {
        let (site, _) = try workspace()
        for name in ["a", "b", "c", "d", "e", "f"] { try link(site, "site-templates/assets/\(name)", to: ".") }
        for name in ["a", "b", "c", "d"] { try link(site, "data/\(name)", to: ".") }
        let result = try Support.render(site)
        #expect(result.diagnostics.errors.count == 6)
        #expect(InputFingerprint.of([site.appendingPathComponent("data").path]).count < 40)
    }

    @Test("a FIFO or a device where a file should be is refused without opening it")
    func specialFiles() throws {
        let (site, _) = try workspace()
        let fifo = site.appendingPathComponent("site-templates/assets/pipe.css").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try link(site, "data/recommendations.csv", to: "/dev/zero")
        let result = try Support.render(site)
        let messages = result.diagnostics.errors.map { "\($0.file): \($0.message)" }
        #expect(
            messages.contains {
                $0.hasSuffix("assets/pipe.css: cannot read this file: it is a named pipe (FIFO), not an ordinary file")
            }, "\(messages)")
        #expect(
            messages.contains {
                $0.contains("data/recommendations.csv: cannot read this file: it is a link to '/dev/zero'")
            }, "\(messages)")
    }

    @Test(
        "a site in /dev/shm, a memory file system of ordinary files, builds as anywhere else",
        .enabled(if: FileManager.default.isWritableFile(atPath: "/dev/shm")))
    func memoryFileSystem() throws {
        let folder = URL(fileURLWithPath: "/dev/shm/readiness-tests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = folder.appendingPathComponent("basic")
        try FileManager.default.copyItem(at: Support.basic, to: site)
        let result = try Support.render(site)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors)")
        #expect(result.files.contains { $0.path == "index.html" })
        #expect(FileSystemCalls.isKernelFileSystem("/dev/shmem/x") && FileSystemCalls.isKernelFileSystem("/dev/zero"))
    }

    @Test("the output folder may not reach into the data folder through a link")
    func outputThroughLink() throws {
        let (site, _) = try workspace()
        try link(site, "dl", to: "data")
        let data = site.appendingPathComponent("data").path
        let failure = SiteWriter.checkTarget(site.appendingPathComponent("dl/site").path, inputs: [data])
        #expect(failure?.message.contains("overlaps the input folder") == true)
        let run = try Support.run(["build", "--output", "dl/site"], in: site)
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("data/site").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("data/site.readiness-new").path))
    }
}
