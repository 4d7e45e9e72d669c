import ReadinessInput
import ReadinessRender

/// What one build keeps for the next, so a rebuild re-reads and recomputes only the inputs whose
/// files changed: the parsed page templates (by each file's `FileStamp`), the child-level
/// aggregates (by the lists' stamps and every setting they are worked out from) and the rendered
/// pages (by each page's own inputs, while everything site-wide is unchanged). A build
/// through the cache gives the same files, byte for byte, as a build without one
/// (`BuildCacheTests`). The preview keeps one; `readiness build` has none.
public final class BuildCache: Sendable {
    /// The parsed page templates.
    let pages = PageTemplateCache()
    /// The child-level aggregates.
    let childLevel = ChildLevelCache()
    /// The rendered pages.
    let renderedPages = RenderedPageCache()

    public init() {}

    /// Forgets everything, so the next build reads every input again (after the file system's
    /// notifications overflowed, when what changed is not known).
    public func clear() {
        pages.clear()
        childLevel.clear()
        renderedPages.clear()
    }
}
