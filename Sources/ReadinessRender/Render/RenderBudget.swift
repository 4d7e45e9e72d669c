import ReadinessModel
import Synchronization

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
