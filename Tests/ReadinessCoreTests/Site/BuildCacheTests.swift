import Foundation
import Testing

@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessRender

/// A build through the preview's cache gives the same site, byte for byte, and the same
/// diagnostics as a cold build of the same inputs, whichever kind of input was edited last.
@Suite("Build cache")
struct BuildCacheTests {
    /// One edit to a copy of the sample site: the file, the text replaced and its replacement
    /// (an empty `find` appends), and a page that must change with it (besides the manifest).
    struct Edit: CustomTestStringConvertible, Sendable {
        var file: String
        var find: String
        var replacement: String
        var changes: String?
        var testDescription: String { file }
    }

    static let edits: [Edit] = [
        Edit(
            file: "site-templates/pages/index.md", find: "", replacement: "\nAn edited page template.\n",
            changes: "index.html"),
        Edit(
            file: "site-templates/layouts/default.html", find: "</head>",
            replacement: "<meta name=\"edited\" content=\"layout\"></head>", changes: "index.html"),
        Edit(
            file: "site-templates/partials/follow-ups-section.md", find: "", replacement: "\nAn edited partial.\n",
            changes: nil),
        Edit(
            file: "data/actions.csv", find: "Completed and signed off", replacement: "Signed off (edited)", changes: nil
        ),
        Edit(
            file: "data/settings.yaml", find: "as_at: 2026-11-20", replacement: "as_at: 2026-11-13",
            changes: "index.html"),
        Edit(file: "data/settings.yaml", find: "standard: 4 weeks", replacement: "standard: 2 weeks", changes: nil),
        Edit(
            file: "data/annex-a/list-6.csv", find: "",
            replacement:
                "NBC6999999,a) Male,WBRI,18/12/2011,14,a) Yes,2026-06-02,N7,2026-08-01,,,Assessment South,Worker 23 (synthetic)\n",
            changes: nil),
        Edit(
            file: "data/bank-holidays.csv", find: "",
            replacement: [
                "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05", "2026-11-06", "2026-11-09", "2026-11-10",
            ]
            .map { "\($0),\"Test holiday\"\n" }.joined(),
            changes: nil),
    ]

    /// A copy of the repository's sample site (data/ and site-templates/).
    static func sample() throws -> URL {
        let folder = try Support.temporaryFolder()
        for name in ["data", "site-templates"] {
            try FileManager.default.copyItem(
                at: Support.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    static func request(_ folder: URL, cache: BuildCache?) -> BuildRequest {
        var request = BuildRequest(
            dataFolder: folder.appendingPathComponent("data").path,
            templatesFolder: folder.appendingPathComponent("site-templates").path, outputFolder: "", asAt: nil)
        request.cache = cache
        return request
    }

    static func apply(_ edit: Edit, in folder: URL) throws {
        let url = folder.appendingPathComponent(edit.file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(edit.find.isEmpty || text.contains(edit.find), "\(edit.file) has no '\(edit.find)'")
        let edited =
            edit.find.isEmpty
            ? text + edit.replacement : text.replacingOccurrences(of: edit.find, with: edit.replacement)
        try edited.write(to: url, atomically: false, encoding: .utf8)
    }

    static func files(_ result: BuildResult) -> [String: [UInt8]] {
        Dictionary(result.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("each kind of edit, in turn: the cached rebuild equals a cold build")
    func editsInTurn() throws {
        let folder = try Self.sample()
        let cache = BuildCache()
        var previous = Self.files(SiteBuilder.render(Self.request(folder, cache: cache)))
        #expect(previous.count > 5)
        for edit in Self.edits {
            try Self.apply(edit, in: folder)
            let cached = SiteBuilder.render(Self.request(folder, cache: cache))
            let cold = SiteBuilder.render(Self.request(folder, cache: nil))
            #expect(!cold.diagnostics.hasErrors, "\(edit.file): \(cold.diagnostics.errors)")
            #expect(cached.diagnostics.all == cold.diagnostics.all, "\(edit.file)")
            let (cachedFiles, coldFiles) = (Self.files(cached), Self.files(cold))
            #expect(cachedFiles.keys.sorted() == coldFiles.keys.sorted(), "\(edit.file)")
            for (path, bytes) in coldFiles where cachedFiles[path] != bytes {
                Issue.record("\(edit.file): the cached build's \(path) differs from a cold build's")
            }
            // The edit reached the site: a test whose edits changed nothing could not fail.
            let changed = coldFiles.filter { $0.key != Manifest.path && previous[$0.key] != $0.value }.map(\.key)
            #expect(!changed.isEmpty, "\(edit.file) changed no page")
            if let page = edit.changes { #expect(changed.contains(page), "\(edit.file) did not change \(page)") }
            previous = coldFiles
        }
    }

    @Test("an unchanged input is not read again: a page template's kept parse is used while its stamp holds")
    func unchangedIsKept() throws {
        let folder = try Self.sample()
        let cache = BuildCache()
        _ = SiteBuilder.render(Self.request(folder, cache: cache))
        let path = folder.appendingPathComponent("site-templates/pages/index.md").path
        let stamp = FileAccess.fileStamp(of: path)
        #expect(cache.pages.entry(path, stamp: stamp) != nil)
        try Self.apply(Self.edits[0], in: folder)
        #expect(cache.pages.entry(path, stamp: FileAccess.fileStamp(of: path)) == nil)
    }
}
