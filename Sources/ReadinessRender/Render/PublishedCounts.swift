import ReadinessCompute
import ReadinessModel

/// The build's one ledger of every count about children that a page, the agenda pack, a PDF or
/// a chart can show, shared by every table and chart of every page.
///
/// The site's values are built twice. On the first pass every table and chart registers the
/// cells it would show (by key, so a figure shown on two pages is one cell) and the relations
/// between them; then the ledger is protected once, for the whole site, and audited. On the
/// second pass the same registrations find the same cells, and every table and chart reads what
/// to show from the one protected ledger, so none can reveal what another hides.
final class PublishedCounts {
    let policy: DisclosurePolicy
    private(set) var ledger = DisclosureLedger()
    private var protected: ProtectedCounts?

    init(policy: DisclosurePolicy) {
        self.policy = policy
    }

    /// Builds something twice around protecting the ledger: the first build registers every
    /// count, the second reads what may be shown. Returns the second, with the ledger.
    static func twoPass<T>(policy: DisclosurePolicy, _ build: (PublishedCounts) -> T) -> (T, PublishedCounts) {
        let counts = PublishedCounts(policy: policy)
        _ = build(counts)
        counts.seal()
        return (build(counts), counts)
    }

    /// Registers (first pass) or finds (second pass) a cell.
    func cell(
        _ key: String, _ value: Int, hidden: Bool = false, total: Bool = false, protect: Bool = false,
        fixed: Bool = false, place: @autoclosure () -> String = ""
    ) -> Int {
        ledger.cell(key, value, hidden: hidden, total: total, protect: protect, fixed: fixed, place: place())
    }

    /// Protects a cell whatever its size, as a hidden team's (a team merged with others).
    func protect(_ cell: Int) {
        ledger.alwaysProtect.insert(cell)
    }

    /// Records what a reader knows of a cell's size from the tables' shape (`DisclosureLedger.bound`).
    func bound(_ cell: Int, atLeast lower: Int? = nil, atMost upper: Int? = nil) {
        ledger.bound(cell, atLeast: lower, atMost: upper)
    }

    /// Records a relation: parts, then the total.
    func relate(_ cells: [Int]) {
        ledger.relate(cells)
    }

    /// Protects the whole ledger: after this, every read gives what may be shown.
    func seal() {
        protected = ProtectedCounts(ledger, policy: policy)
    }

    /// Protected cells that stay exposed after every possible suppression, with where they are
    /// shown: the build must not publish.
    var exposed: [(place: String, lower: Int, upper: Int)] {
        (protected?.exposed ?? []).map { finding in
            (
                ledger.places[finding.cell] ?? ledger.hiddenPlaces[finding.cell].map { "\($0) (not shown)" }
                    ?? "a figure that is not shown", finding.lower, finding.upper
            )
        }
    }

    /// The cells suppressed (empty before `seal`).
    var suppressed: Set<Int> { protected?.suppressed ?? [] }

    /// Whether the reader can know a cell's value.
    func isKnown(_ cell: Int) -> Bool {
        protected?.isKnown(cell) ?? !ledger.hidden.contains(cell)
    }

    /// The number to show, or nil when it is suppressed.
    func count(_ cell: Int) -> Int? {
        protected.map { $0.count(cell) } ?? ledger.values[cell]
    }

    /// A rate from the counts as shown, or nil when either is unknown or the denominator is zero.
    func rate(_ numerator: Int, _ denominator: Int) -> Double? {
        guard let top = count(numerator), let bottom = count(denominator), bottom > 0 else { return nil }
        return Double(top) / Double(bottom)
    }

    /// Whether any of these cells is suppressed.
    func anySuppressed(_ cells: [Int]) -> Bool {
        guard let protected else { return false }
        return cells.contains { protected.suppressed.contains($0) }
    }
}
