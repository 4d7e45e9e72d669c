/// Statistical disclosure control for a table of counts about children.
///
/// A `CountGrid` is a set of counts (cells) and the additive relations between them, such as
/// "the teams add up to the total" or "within + not within = children". Some cells are never
/// shown (the complement "not within", a hidden small team) but a reader could work them out.
///
/// Primary suppression hides every shown count from 1 to threshold - 1. Secondary suppression
/// then makes sure no relation is left with exactly one unknown cell that must be protected
/// (a suppressed cell, or a hidden one that is itself small): it suppresses the smallest
/// non-zero shown cell of that relation, preferring parts to totals, and repeats until nothing
/// changes. Rates are suppressed when their numerator or denominator is unknown.
public struct CountGrid: Sendable, Equatable {
    /// The counts, by cell index.
    public var values: [Int]
    /// Cells that are never displayed (but can be derived if not protected).
    public var hidden: Set<Int>
    /// Relations: each lists the cells of one additive equation, parts and total together.
    public var relations: [[Int]]
    /// Cells that are totals, suppressed only when no part can be.
    public var totals: Set<Int>
    /// Hidden cells that must not be derivable whatever their size (a hidden small team).
    public var alwaysProtect: Set<Int>

    public init(
        values: [Int] = [], hidden: Set<Int> = [], relations: [[Int]] = [], totals: Set<Int> = [],
        alwaysProtect: Set<Int> = []
    ) {
        self.values = values
        self.hidden = hidden
        self.relations = relations
        self.totals = totals
        self.alwaysProtect = alwaysProtect
    }

    /// Adds a cell and returns its index.
    public mutating func add(_ value: Int, hidden: Bool = false, total: Bool = false, protect: Bool = false) -> Int {
        values.append(value)
        let index = values.count - 1
        if hidden { self.hidden.insert(index) }
        if total { totals.insert(index) }
        if protect { alwaysProtect.insert(index) }
        return index
    }

    /// Adds a relation: the cells of one additive equation.
    public mutating func relate(_ cells: [Int]) {
        if cells.count >= 2 { relations.append(cells) }
    }

    /// The cells to suppress under a policy.
    public func suppressed(under policy: DisclosurePolicy) -> Set<Int> {
        guard policy.threshold > 0 || !alwaysProtect.isEmpty else { return [] }
        var suppressed: Set<Int> = []
        for (index, value) in values.enumerated() where !hidden.contains(index) && policy.isSensitive(value) {
            suppressed.insert(index)
        }
        // A hidden cell must stay unknown if it is small itself.
        let protectedHidden = Set(hidden.filter { policy.isSensitive(values[$0]) }).union(alwaysProtect)
        var changed = true
        while changed {
            changed = false
            for relation in relations {
                let unknown = relation.filter { suppressed.contains($0) || hidden.contains($0) }
                guard unknown.count == 1, let only = unknown.first,
                    suppressed.contains(only) || protectedHidden.contains(only)
                else { continue }
                // Suppress one more cell of this relation: the smallest non-zero part, else a total.
                let candidates = relation.filter { !suppressed.contains($0) && !hidden.contains($0) }
                let ordered = candidates.sorted {
                    let a = (totals.contains($0) ? 1 : 0, values[$0] == 0 ? 1 : 0, values[$0], $0)
                    let b = (totals.contains($1) ? 1 : 0, values[$1] == 0 ? 1 : 0, values[$1], $1)
                    return a < b
                }
                if let pick = ordered.first {
                    suppressed.insert(pick)
                    changed = true
                }
            }
        }
        return suppressed
    }
}

/// Counts after disclosure control, ready to show.
public struct ProtectedCounts: Sendable {
    public let grid: CountGrid
    public let suppressed: Set<Int>
    public let policy: DisclosurePolicy

    /// Applies a policy to a grid.
    public init(_ grid: CountGrid, policy: DisclosurePolicy) {
        self.grid = grid
        self.policy = policy
        suppressed = grid.suppressed(under: policy)
    }

    /// Whether the reader can know a cell's value.
    public func isKnown(_ index: Int) -> Bool { !suppressed.contains(index) && !grid.hidden.contains(index) }

    /// The number to show for a cell, or nil when it is suppressed.
    public func count(_ index: Int) -> Int? {
        isKnown(index) ? policy.rounded(grid.values[index]) : nil
    }

    /// A rate from two cells, or nil when either is unknown (so the rate cannot reveal them).
    public func rate(_ numerator: Int, _ denominator: Int) -> Double? {
        guard isKnown(numerator), isKnown(denominator), grid.values[denominator] > 0 else { return nil }
        return Double(grid.values[numerator]) / Double(grid.values[denominator])
    }

    /// Whether anything in the grid was suppressed.
    public var anySuppressed: Bool { !suppressed.isEmpty }
}
