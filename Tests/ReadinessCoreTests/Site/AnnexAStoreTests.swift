import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The Annex A lists kept out of the repository: a build without them succeeds with a warning and
/// says so on the pages; `--annex-a` and `annex_a: folder:` read them from elsewhere, by the
/// same rules as the data folder. Run as the real binary.
@Suite("Annex A lists from a protected store", .serialized)
struct AnnexAStoreTests {
    /// A copy of the shipped sample, data/ and site-templates/ side by side.
    static func sample() throws -> URL { try BrandingTests.sample(appending: "").folder }

    /// Builds `folder` with the real binary and extra arguments; returns the run and the pages.
    static func build(_ folder: URL, _ extra: [String] = []) throws
        -> (run: (status: Int32, stdout: String, stderr: String), pages: [String: String])
    {
        let run = try Support.run(["build", "--output", "out"] + extra, in: folder)
        var pages: [String: String] = [:]
        for (path, bytes) in (try? Support.files(in: folder.appendingPathComponent("out"))) ?? [:]
        where path.hasSuffix(".html") && !path.hasPrefix("standalone/") {
            pages[path] = String(decoding: bytes, as: UTF8.self)
        }
        return (run, pages)
    }

    /// The theme pages of the sample that show timeliness measures.
    static let timelinessPages = ["help-and-protection.html", "children-in-care.html", "care-leavers.html"]

    @Test("without the lists the build succeeds, warns once where it looked, and the pages say not supplied")
    func listsAbsent() throws {
        let folder = try Self.sample()
        let (withLists, full) = try Self.build(folder)
        #expect(withLists.status == 0, "\(withLists.stderr)")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("data/annex-a"))
        let (run, pages) = try Self.build(folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains(": error:"), "\(run.stderr)")
        let warnings = run.stderr.components(separatedBy: "\n").filter { $0.contains("Annex A lists were not found") }
        #expect(warnings.count == 1, "\(run.stderr)")
        let warning = warnings.first ?? ""
        #expect(warning.contains("data/annex-a/"))
        #expect(warning.contains("--annex-a DIR"))
        #expect(warning.contains("annex_a: folder:"))
        #expect(warning.contains("Annex A lists from a protected store"))
        #expect(!run.stderr.contains("there is no list-"), "one warning, not one per list")
        for page in Self.timelinessPages {
            #expect(try #require(pages[page]).contains("Not available: lists not supplied."), "\(page)")
        }
        // No measure is shown at all, so no zero stands in for a figure: each measure's name is in
        // a page built with the lists, and in none built without.
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let data = try #require(
            DataLoader.load(
                from: Support.packageRoot.appendingPathComponent("data").path, asAtOverride: nil, log: &log,
                ledger: &ledger))
        #expect(data.settings.timeliness.count > 5)
        for measure in data.settings.timeliness {
            let shown = Escaping.html(measure.name)
            #expect(full.values.contains { $0.contains("\">\(shown)</caption>") }, "\(measure.name)")
            #expect(!pages.values.contains { $0.contains(shown) }, "\(measure.name)")
        }
        // Pages without measures do not mention them.
        #expect(!(pages["leaders.html"] ?? "").contains("lists not supplied"))
    }

    @Test("--annex-a and annex_a: folder: read the lists from elsewhere with the same figures")
    func listsElsewhere() throws {
        let folder = try Self.sample()
        let (inPlace, expected) = try Self.build(folder)
        #expect(inPlace.status == 0)
        let store = try Support.temporaryFolder().appendingPathComponent("protected share")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("data/annex-a"), to: store)
        let (run, pages) = try Self.build(folder, ["--annex-a", store.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stderr.contains("Annex A lists were not found"))
        for page in Self.timelinessPages { #expect(pages[page] == expected[page], "\(page)") }
        // The same from settings.yaml, relative to the data folder.
        let relative = folder.appendingPathComponent("lists")
        try FileManager.default.moveItem(at: store, to: relative)
        let settings = folder.appendingPathComponent("data/settings.yaml")
        try (try String(contentsOf: settings, encoding: .utf8) + "annex_a:\n  folder: ../lists\n").write(
            to: settings, atomically: false, encoding: .utf8)
        let (fromSettings, settingsPages) = try Self.build(folder)
        #expect(fromSettings.status == 0, "\(fromSettings.stderr)")
        for page in Self.timelinessPages { #expect(settingsPages[page] == expected[page], "\(page)") }
    }

    @Test("a folder named with --annex-a that is not there is an error")
    func namedFolderMissing() throws {
        let folder = try Self.sample()
        let (run, _) = try Self.build(folder, ["--annex-a", "/nonexistent/annex-a"])
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("the folder given with --annex-a does not exist: /nonexistent/annex-a"), "\(run.stderr)"
        )
    }

    @Test("a list in the store that links out of it is refused, as in the data folder")
    func linkOut() throws {
        let folder = try Self.sample()
        let store = try Support.temporaryFolder().appendingPathComponent("store")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("data/annex-a"), to: store)
        let outside = store.deletingLastPathComponent().appendingPathComponent("list-4.csv")
        try FileManager.default.moveItem(at: store.appendingPathComponent("list-4.csv"), to: outside)
        try FileManager.default.createSymbolicLink(
            at: store.appendingPathComponent("list-4.csv"), withDestinationURL: outside)
        let (run, _) = try Self.build(folder, ["--annex-a", store.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("list-4.csv"), "\(run.stderr)")
        #expect(run.stderr.contains("outside the Annex A folder"), "\(run.stderr)")
    }

    @Test("a list that is there but broken is still an error")
    func brokenList() throws {
        let folder = try Self.sample()
        let list = folder.appendingPathComponent("data/annex-a/list-4.csv")
        var text = try String(contentsOf: list, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first)
        text = text.replacingOccurrences(of: String(header), with: "Nothing,Useful\r")
        try text.write(to: list, atomically: false, encoding: .utf8)
        let (run, _) = try Self.build(folder)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("list-4.csv:1:1: error:"), "\(run.stderr)")
    }

    @Test("the lists may not sit inside the templates folder")
    func notInTemplates() throws {
        let folder = try Self.sample()
        let inside = folder.appendingPathComponent("site-templates/assets/lists")
        try FileManager.default.moveItem(at: folder.appendingPathComponent("data/annex-a"), to: inside)
        let (run, _) = try Self.build(folder, ["--annex-a", inside.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("overlap"), "\(run.stderr)")
    }
}
