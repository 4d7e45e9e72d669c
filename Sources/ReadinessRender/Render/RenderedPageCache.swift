import ReadinessInput
import ReadinessModel
import Synchronization

/// The pages of the last build as they were rendered (each page's body and HTML, or the
/// diagnostic that stopped it), kept for the next build and used again for a page whose own
/// inputs are the same while everything site-wide a page's render reads is the same too: so an
/// edit to one page of thousands renders that page alone. Anything site-wide that changed (a
/// data file, the settings, a layout or partial, the as-at date, the audience, another page's
/// title or path in the navigation, the values the templates see) and every page is rendered
/// again. A build through it gives the same files and diagnostics as a build without one
/// (`BuildCacheTests`). The preview keeps one, in its `BuildCache`.
public final class RenderedPageCache: Sendable {
    /// Everything site-wide a page's render reads, compared whole between builds.
    struct SiteInputs: Equatable {
        /// Every input file but the page templates themselves (data, settings, snapshots, the
        /// lists, layouts, partials): its path, size and SHA-256, from the build's ledger.
        var files: [InputLedger.Entry]
        var settings: SiteSettings
        var asAt: CalendarDate
        var audience: Audience
        /// The values every page sees, and each theme's.
        var root: [String: TemplateValue]
        var themes: [String: TemplateValue]
        /// The navigation every page's layout lists: each page's title there and its path.
        var navigation: [String]
        /// The layouts' expanded sizes, for their rendering budget.
        var layoutBytes: [String: Int]
        var templatesFolder: String
        var assets: [String]
    }

    /// What one page's render reads of its own: its template and where it goes.
    struct PageInputs: Hashable, Sendable {
        var template: String
        var body: String
        var bodyLine: Int
        var bodyBytes: Int
        var expandedBytes: Int?
        var layout: String
        var path: String
        var title: String
        var theme: String?

        // Hashed by where the page comes from and goes, which tells pages apart; equality still
        // compares every field. Hashing thousands of bodies on every rebuild costs milliseconds.
        func hash(into hasher: inout Hasher) {
            hasher.combine(template)
            hasher.combine(path)
        }
    }

    /// What one page's render gave.
    enum Outcome: Sendable {
        /// The page: its body (kept only for a page in the navigation, which the agenda pack
        /// gathers) and its HTML.
        case page(body: String?, html: [UInt8])
        /// The error that stopped it.
        case problem(Diagnostic)
    }

    private struct Kept {
        var site: SiteInputs
        var pages: [PageInputs: Outcome]
    }

    private let last = Mutex<Kept?>(nil)
    private let rendered = Mutex(0)

    public init() {}

    /// The pages kept from the last build when everything site-wide is as it was; none otherwise.
    func pages(for site: SiteInputs) -> [PageInputs: Outcome] {
        last.withLock { kept in
            guard let kept, kept.site == site else { return [:] }
            return kept.pages
        }
    }

    /// Keeps exactly this build's pages, forgetting the others, and how many were rendered anew.
    func keep(site: SiteInputs, pages: [PageInputs: Outcome], rendered count: Int) {
        last.withLock { $0 = Kept(site: site, pages: pages) }
        rendered.withLock { $0 = count }
    }

    /// How many pages the last build rendered rather than reused (for tests).
    package var renderedCount: Int { rendered.withLock { $0 } }

    /// Forgets every kept page.
    public func clear() {
        last.withLock { $0 = nil }
        rendered.withLock { $0 = 0 }
    }
}
