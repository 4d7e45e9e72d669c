import Foundation
import Testing

@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessRender

/// The preview renders again only the pages an edit affects, and a build through its cache gives
/// the same result as a cold build (the files byte for byte, the diagnostics, the disclosure
/// ledger) after any sequence of the edits a person makes while previewing.
@Suite("Rendered page cache")
struct RenderedPageCacheTests {
    /// An edit that flips a file between two texts, so a random sequence can make it any number
    /// of times: `first` is in the sample, `second` replaces it (and back again).
    struct Toggle: Sendable {
        var file: String
        var first: String
        var second: String
    }

    static let toggles: [Toggle] = [
        Toggle(
            file: "data/actions.csv", first: "Completed and signed off", second: "Signed off (toggled)"),
        Toggle(file: "data/settings.yaml", first: "standard: 4 weeks", second: "standard: 2 weeks"),
        Toggle(file: "data/settings.yaml", first: "as_at: 2026-11-20", second: "as_at: 2026-11-13"),
        Toggle(
            file: "site-templates/layouts/default.html", first: "</head>",
            second: "<meta name=\"edited\" content=\"layout\"></head>"),
        Toggle(
            file: "site-templates/partials/follow-ups-section.md", first: "\n",
            second: "\n\nA toggled partial line.\n\n"),
        // The same size: the layout's and the pages' sizes, which the budget reads, stay the same.
        Toggle(
            file: "site-templates/layouts/default.html", first: "Skip to main content",
            second: "Skip to page content"),
        Toggle(
            file: "site-templates/partials/follow-ups-section.md", first: "Committee follow-ups",
            second: "Committees' requests"),
    ]

    /// The kinds of change a random sequence is made of.
    enum Change {
        case pageBody, pageTitle, addPage, removePage, audience, brokenPage
        /// One of `toggles`.
        case toggle(Int)

        static let all: [Change] =
            [.pageBody, .pageTitle, .addPage, .removePage, .audience, .brokenPage] + toggles.indices.map { .toggle($0) }
    }

    /// What a sequence has done so far that the next step needs.
    struct Sequence {
        var folder: URL
        var audience: Audience?
        var added: [String] = []
        /// Whether the page whose sections repeat past the rendering budget is there.
        var broken = false
        var count = 0
        var pages: URL { folder.appendingPathComponent("site-templates/pages") }
    }

    static func read(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
    static func write(_ text: String, _ url: URL) throws { try text.write(to: url, atomically: false, encoding: .utf8) }

    /// Makes one change of `kind`, described for the test's messages.
    static func apply(_ kind: Change, to state: inout Sequence, rng: inout SeededRandom) throws -> String {
        state.count += 1
        let n = state.count
        let names = try FileManager.default.contentsOfDirectory(atPath: state.pages.path).filter {
            $0.hasSuffix(".md")
        }.sorted()
        switch kind {
        case .pageBody:
            let name = names[rng.int(0...names.count - 1)]
            let url = state.pages.appendingPathComponent(name)
            let body = rng.int(0...1) == 0 ? "\nAn edited line \(n).\n" : "\nEdited \(n) for {{site.council}}.\n"
            try write(read(url) + body, url)
            return "edit \(name)'s body"
        case .pageTitle:
            // The theme page's title names each theme; the others are plain.
            let plain = try names.filter { try !read(state.pages.appendingPathComponent($0)).contains("each: theme") }
            let name = plain[rng.int(0...plain.count - 1)]
            let url = state.pages.appendingPathComponent(name)
            let lines = try read(url).split(separator: "\n", omittingEmptySubsequences: false).map {
                $0.hasPrefix("title: ") ? "title: Edited title \(n)" : String($0)
            }
            try write(lines.joined(separator: "\n"), url)
            return "retitle \(name)"
        case .addPage:
            let name = "added-\(n).md"
            let nav = rng.int(0...1) == 0 ? "true" : "false"
            try write(
                "---\ntitle: Added \(n)\nnav: \(nav)\n---\n# Added page \(n)\n\nAs at {{site.as_at}}.\n",
                state.pages.appendingPathComponent(name))
            state.added.append(name)
            return "add \(name) (nav: \(nav))"
        case .removePage:
            guard !state.added.isEmpty else { return try apply(.addPage, to: &state, rng: &rng) }
            let name = state.added.remove(at: rng.int(0...state.added.count - 1))
            try FileManager.default.removeItem(at: state.pages.appendingPathComponent(name))
            return "remove \(name)"
        case .toggle(let index):
            let toggle = toggles[index]
            try flip(toggle, in: state.folder)
            return "toggle \(toggle.file): \(toggle.second)"
        case .brokenPage:
            // A page the render stops at: the error it gives is kept like a page.
            let url = state.pages.appendingPathComponent("broken.md")
            state.broken.toggle()
            guard state.broken else {
                try FileManager.default.removeItem(at: url)
                return "remove broken.md"
            }
            let body =
                String(repeating: "{{#themes}}", count: 16) + "{{name}}" + String(repeating: "{{/themes}}", count: 16)
            try write("---\ntitle: Broken\n---\n" + body + "\n", url)
            return "add broken.md"
        case .audience:
            let choices: [Audience?] = [nil, .internal, .public]
            state.audience = choices[rng.int(0...2)]
            return "audience \(state.audience?.rawValue ?? "from the settings")"
        }
    }

    /// Flips a toggle's file to its other text.
    static func flip(_ toggle: Toggle, in folder: URL) throws {
        let url = folder.appendingPathComponent(toggle.file)
        let text = try read(url)
        let flipped =
            text.contains(toggle.second)
            ? text.replacingOccurrences(of: toggle.second, with: toggle.first)
            : text.replacingOccurrences(of: toggle.first, with: toggle.second)
        try write(flipped, url)
    }

    static func request(_ state: Sequence, cache: BuildCache?) -> BuildRequest {
        var request = BuildCacheTests.request(state.folder, cache: cache)
        request.audience = state.audience
        return request
    }

    @Test("random sequences of edits: every cached rebuild equals a cold build", arguments: [1, 2] as [UInt64])
    func randomSequences(seed: UInt64) throws {
        var rng = SeededRandom(state: seed)
        var state = Sequence(folder: try BuildCacheTests.sample())
        let cache = BuildCache()
        _ = SiteBuilder.render(Self.request(state, cache: cache))
        var reused = 0
        // Every kind of change once, in a random order, then any.
        let kinds =
            Change.all.shuffled(using: &rng) + (0..<3).map { _ in Change.all[rng.int(0...Change.all.count - 1)] }
        for (step, kind) in kinds.enumerated() {
            let what = "seed \(seed) step \(step): \(try Self.apply(kind, to: &state, rng: &rng))"
            let cached = SiteBuilder.render(Self.request(state, cache: cache))
            let cold = SiteBuilder.render(Self.request(state, cache: nil))
            #expect(cold.diagnostics.hasErrors == state.broken, "\(what): \(cold.diagnostics.errors)")
            #expect(cached.diagnostics.all == cold.diagnostics.all, "\(what)")
            #expect(cached.files.map(\.path) == cold.files.map(\.path), "\(what)")
            for (mine, theirs) in zip(cached.files, cold.files) where mine != theirs {
                Issue.record("\(what): the cached build's \(mine.path) differs from a cold build's")
            }
            #expect(cached.disclosure?.ledger == cold.disclosure?.ledger, "\(what)")
            #expect(cached.disclosure?.suppressed == cold.disclosure?.suppressed, "\(what)")
            #expect(cached.audience == cold.audience && cached.asAt == cold.asAt, "\(what)")
            if !state.broken, cache.renderedPages.renderedCount < cold.files.count - 1 { reused += 1 }
        }
        // The sequences reuse pages somewhere: a cache that rendered everything could not fail.
        #expect(reused > 0, "seed \(seed): no rebuild reused a page")
    }

    @Test("an edit to one page's text renders that page alone; an edit to data renders every page")
    func onlyAffectedPagesRender() throws {
        let state = Sequence(folder: try BuildCacheTests.sample())
        let cache = BuildCache()
        let first = SiteBuilder.render(Self.request(state, cache: cache))
        let pages = cache.renderedPages.renderedCount
        #expect(pages > 5, "the sample has the overview, the theme pages and more")
        _ = SiteBuilder.render(Self.request(state, cache: cache))
        #expect(cache.renderedPages.renderedCount == 0, "nothing changed")

        let url = state.pages.appendingPathComponent("follow-ups.md")
        try Self.write(try Self.read(url) + "\nAn edited line with no tag.\n", url)
        let edited = SiteBuilder.render(Self.request(state, cache: cache))
        #expect(cache.renderedPages.renderedCount == 1)
        let changed = zip(first.files, edited.files).filter { $0.0 != $0.1 }.map(\.0.path)
        #expect(changed.sorted() == [AgendaPack.path, "follow-ups.html", Manifest.path].sorted())

        try Self.flip(Self.toggles[0], in: state.folder)
        _ = SiteBuilder.render(Self.request(state, cache: cache))
        #expect(cache.renderedPages.renderedCount == pages)
    }
}
