import ReadinessModel

/// Statistical disclosure control for every count about children that a build can publish.
///
/// A `DisclosureLedger` holds each count once (a cell), the additive relations between cells
/// ("the teams add up to the total", "within + not within = children", "the audits add up to
/// the moderated total") and whether a cell is shown anywhere. Cells are registered by key, so
/// the same number shown by two tables on two pages is one cell, and a relation one table
/// implies constrains what every other table shows. Some cells are never shown (the complement
/// "not within", a grade the table adds together, a hidden small team) but a reader could
/// work them out.
///
/// Protection (`suppressed(under:)`): primary suppression hides every shown count from 1 to
/// threshold - 1; secondary suppression then runs until the audit (`DisclosureAudit`) finds no
/// protected cell that a reader could pin to a narrower range than the threshold, solving the
/// linear programs over everything shown.
public struct DisclosureLedger: Sendable, Equatable {
    /// The counts, by cell index.
    public var values: [Int]
    /// Cells that are never displayed (but can be derived if not protected).
    public var hidden: Set<Int>
    /// Relations: each lists the cells of one additive equation, the parts then the total last.
    public var relations: [[Int]]
    /// Cells that are totals, suppressed only when no part can be.
    public var totals: Set<Int>
    /// Hidden cells that must not be derivable whatever their size (a hidden small team).
    public var alwaysProtect: Set<Int>
    /// Cells a reader is taken to know although no page shows them, such as the number of
    /// audited cases left ungraded (nearly always 0): never suppressed, and fixed in the audit.
    public var fixed: Set<Int> = []
    /// What a reader knows of a cell beyond the relations, from the shape of the tables: a team
    /// shown on a row of its own has at least the public minimum; a hidden small team has fewer;
    /// merged small teams have fewer than the minimum each. The audit's programs use these bounds.
    public var lowerBounds: [Int: Int] = [:]
    public var upperBounds: [Int: Int] = [:]
    /// Where a shown cell is first shown, for diagnostics: "caption: row, column".
    public var places: [Int: String] = [:]
    /// Where a cell no page shows belongs (a hidden or merged team's row), for diagnostics.
    public var hiddenPlaces: [Int: String] = [:]
    /// Cell indices by key.
    private var keys: [String: Int] = [:]
    /// Relations already recorded, so two tables implying one relation record it once.
    private var relationSet: Set<[Int]> = []

    public init(
        values: [Int] = [], hidden: Set<Int> = [], relations: [[Int]] = [], totals: Set<Int> = [],
        alwaysProtect: Set<Int> = []
    ) {
        self.values = values
        self.hidden = hidden
        self.relations = relations
        self.totals = totals
        self.alwaysProtect = alwaysProtect
        relationSet = Set(relations)
    }

    public static func == (a: DisclosureLedger, b: DisclosureLedger) -> Bool {
        a.values == b.values && a.hidden == b.hidden && a.relations == b.relations && a.totals == b.totals
            && a.alwaysProtect == b.alwaysProtect && a.lowerBounds == b.lowerBounds && a.upperBounds == b.upperBounds
    }

    /// Adds a cell with no key and returns its index.
    public mutating func add(_ value: Int, hidden: Bool = false, total: Bool = false, protect: Bool = false) -> Int {
        values.append(value)
        let index = values.count - 1
        if hidden { self.hidden.insert(index) }
        if total { totals.insert(index) }
        if protect { alwaysProtect.insert(index) }
        return index
    }

    /// Registers a cell under a key, or finds the cell already registered under it. A cell is
    /// hidden only while every registration of it is hidden: one table showing a count another
    /// table keeps to itself makes it shown for both.
    public mutating func cell(
        _ key: String, _ value: Int, hidden: Bool = false, total: Bool = false, protect: Bool = false,
        fixed: Bool = false, place: @autoclosure () -> String = ""
    ) -> Int {
        if fixed {
            let index = keys[key] ?? add(value)
            keys[key] = index
            self.fixed.insert(index)
            return index
        }
        if let index = keys[key] {
            if !hidden {
                self.hidden.remove(index)
                if places[index] == nil { places[index] = place() }
            }
            if total { totals.insert(index) }
            if protect { alwaysProtect.insert(index) }
            return index
        }
        let index = add(value, hidden: hidden, total: total, protect: protect)
        keys[key] = index
        if hidden { hiddenPlaces[index] = place() } else { places[index] = place() }
        return index
    }

    /// Records what a reader knows of a cell's size from the shape of the tables, keeping the
    /// tightest of several statements.
    public mutating func bound(_ cell: Int, atLeast lower: Int? = nil, atMost upper: Int? = nil) {
        if let lower { lowerBounds[cell] = max(lowerBounds[cell] ?? 0, lower) }
        if let upper { upperBounds[cell] = min(upperBounds[cell] ?? upper, upper) }
    }

    /// Adds a relation: the parts of one additive equation, then its total.
    public mutating func relate(_ cells: [Int]) {
        guard cells.count >= 2, !relationSet.contains(cells) else { return }
        relationSet.insert(cells)
        relations.append(cells)
    }

    /// The cells to suppress under a policy.
    public func suppressed(under policy: DisclosurePolicy) -> Set<Int> {
        protect(under: policy).suppressed
    }

    /// Suppression under a policy, and the protected cells the audit still finds exposed (none,
    /// unless nothing more could be suppressed).
    func protect(under policy: DisclosurePolicy) -> (suppressed: Set<Int>, exposed: [DisclosureAudit.Finding]) {
        guard policy.threshold > 0 || !alwaysProtect.isEmpty else { return ([], []) }
        var suppressed: Set<Int> = []
        for (index, value) in values.enumerated()
        where !hidden.contains(index) && !fixed.contains(index) && policy.isSensitive(value) {
            suppressed.insert(index)
        }
        let audit = DisclosureAudit(ledger: self, policy: policy)
        defer { LinearProgram.releaseSolver() }
        // Suppressing a cell only turns a known value into an unknown one, so a protected cell's
        // range can only widen: once a cell passes it stays passed, and each round audits only the
        // cells that failed the round before.
        var pending: [Int]?
        while true {
            secondary(&suppressed, policy: policy)
            let findings = audit.exposed(suppressed: suppressed, among: pending)
            if findings.isEmpty { return (suppressed.subtracting(audit.determined(suppressed: suppressed)), []) }
            pending = findings.map(\.cell)
            // One more cell for each exposed count, then audit again; but never two in one round
            // around the same relation, since the first often frees its neighbours too.
            var touched: Set<Int> = []
            for finding in findings where audit.relations(of: finding.cell).allSatisfy({ !touched.contains($0) }) {
                guard let pick = audit.nextToSuppress(protecting: finding.cell, suppressed: suppressed) else {
                    continue
                }
                suppressed.insert(pick)
                touched.formUnion(audit.relations(of: pick))
                touched.formUnion(audit.relations(of: finding.cell))
            }
            if touched.isEmpty { return (suppressed, findings) }
        }
    }

    /// The usual per-relation rule, cheap and enough for most tables: no relation may be left
    /// with exactly one unknown cell that must be protected.
    private func secondary(_ suppressed: inout Set<Int>, policy: DisclosurePolicy) {
        let protectedHidden = Set(hidden.filter { policy.isSensitive(values[$0]) }).union(alwaysProtect)
        var changed = true
        while changed {
            changed = false
            for relation in relations {
                let unknown = relation.filter { suppressed.contains($0) || hidden.contains($0) }
                guard unknown.count == 1, let only = unknown.first,
                    suppressed.contains(only) || protectedHidden.contains(only)
                else { continue }
                let candidates = relation.filter {
                    !suppressed.contains($0) && !hidden.contains($0) && !fixed.contains($0)
                }
                if let pick = candidates.min(by: { preference($0) < preference($1) }) {
                    suppressed.insert(pick)
                    changed = true
                }
            }
        }
    }

    /// Which shown cell to suppress first: parts before totals, non-zero before zero, small first.
    func preference(_ cell: Int) -> (Int, Int, Int, Int) {
        (totals.contains(cell) ? 1 : 0, values[cell] == 0 ? 1 : 0, values[cell], cell)
    }
}

/// Counts after disclosure control, ready to show.
public struct ProtectedCounts: Sendable {
    public let grid: DisclosureLedger
    public let suppressed: Set<Int>
    public let policy: DisclosurePolicy
    /// Protected cells the audit found exposed even after suppression (a build fails on these).
    package let exposed: [DisclosureAudit.Finding]

    /// Applies a policy to a ledger.
    public init(_ grid: DisclosureLedger, policy: DisclosurePolicy) {
        self.grid = grid
        self.policy = policy
        (suppressed, exposed) = grid.protect(under: policy)
    }

    /// Whether the reader can know a cell's value.
    public func isKnown(_ index: Int) -> Bool { !suppressed.contains(index) && !grid.hidden.contains(index) }

    /// The number to show for a cell, or nil when it is suppressed.
    public func count(_ index: Int) -> Int? {
        isKnown(index) ? policy.rounded(grid.values[index]) : nil
    }

    /// A rate from two cells as shown, or nil when either is unknown (so the rate cannot reveal
    /// them). With rounding, the rate is worked out from the rounded counts, so it cannot undo
    /// the rounding.
    public func rate(_ numerator: Int, _ denominator: Int) -> Double? {
        guard let top = count(numerator), let bottom = count(denominator), bottom > 0 else { return nil }
        return Double(top) / Double(bottom)
    }

    /// Whether anything in the grid was suppressed.
    public var anySuppressed: Bool { !suppressed.isEmpty }
}
