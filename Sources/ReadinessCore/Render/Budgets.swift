import Synchronization

/// Every limit Readiness puts on how far input may expand, in one place, so that no file can
/// make a build hang or use unbounded memory. Going past one is a diagnostic, never a hang.
/// docs/templates.md and docs/data-format.md list them.
public enum Budgets {
    /// Bytes of a file read whole (settings, themes, tables such as actions.csv, templates):
    /// parsed, such a file takes several times its size in memory. Child-level lists are scanned
    /// as they are read and have no such limit.
    public static let wholeFileBytes = 16 * 1024 * 1024
    /// Diagnostics listed per file; the rest are counted in one "and N more like this" line.
    public static let diagnosticsPerFile = 20

    /// The most copies of partials one template may expand to, counting every path through the
    /// `{{> partial}}` includes (a partial included twice by a partial included twice is 4).
    public static let partialExpansions = 1_000

    /// The most times sections may repeat while one page (or title, or layout) is rendered,
    /// summed over every section: `{{#themes}}` nested 12 deep would repeat billions of times.
    public static let sectionRepeats = 200_000

    /// The most text one page may produce, counted as the text its template expands to (with
    /// its partials) for every repeat of a section, plus every value placed, before it is
    /// stopped; also the most text a template may expand to through its partials.
    public static let renderedBytes = 64 * 1024 * 1024

    /// The largest Markdown a page may hand to libcmark (its template, or what Mustache made of
    /// it): libcmark needs over a hundred times the text's size in memory.
    public static let markdownBytes = 2 * 1024 * 1024

    /// The deepest sections may be nested in a template (swift-mustache parses them recursively).
    public static let sectionNesting = 64
}

/// Counts what one render spends against `Budgets`, shared by every value of the render. Once
/// spent, every list is empty, so the render ends at once; the caller reports it. A render runs
/// on one thread, but the values holding the budget are `Sendable`, so the counts are behind a
/// `Mutex` rather than claimed safe unchecked.
package final class RenderBudget: Sendable {
    /// What one repeat of a section costs in bytes: the template text that may be repeated.
    let bytesPerRepeat: Int
    private let spent = Mutex(Spending())

    /// The counts so far.
    private struct Spending {
        var repeats = 0
        var bytes = 0
        /// Set once a limit is passed.
        var isSpent = false
    }

    /// The sections repeated so far.
    package var repeats: Int { spent.withLock { $0.repeats } }
    /// The bytes charged so far.
    var bytes: Int { spent.withLock { $0.bytes } }
    /// Whether a limit has been passed.
    var isSpent: Bool { spent.withLock { $0.isSpent } }

    /// A budget for a render whose template expands to `templateBytes` of text with its
    /// partials (`PartialExpansion`): no repeat of a section can emit more than that, besides
    /// the values it places, which are charged as they are placed.
    package init(templateBytes: Int = 0) {
        bytesPerRepeat = max(1, templateBytes)
    }

    /// Charges one repeat of a section; false once the budget is spent.
    func chargeRepeat() -> Bool {
        spent.withLock { spending in
            guard !spending.isSpent else { return false }
            spending.repeats += 1
            spending.bytes = spending.bytes.addingReportingOverflow(bytesPerRepeat).partialValue
            if spending.repeats > Budgets.sectionRepeats || spending.bytes > Budgets.renderedBytes
                || spending.bytes < 0
            {
                spending.isSpent = true
            }
            return !spending.isSpent
        }
    }

    /// Charges a value placed in the output; false once the budget is spent.
    func chargeValue(bytes count: Int) -> Bool {
        spent.withLock { spending in
            guard !spending.isSpent else { return false }
            spending.bytes = spending.bytes.addingReportingOverflow(count).partialValue
            if spending.bytes > Budgets.renderedBytes || spending.bytes < 0 { spending.isSpent = true }
            return !spending.isSpent
        }
    }
}
