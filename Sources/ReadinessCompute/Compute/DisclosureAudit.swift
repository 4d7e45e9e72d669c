import ReadinessModel

/// The audit a public build must pass before it publishes: for every protected count (a
/// suppressed small count, a hidden complement that is small, a hidden small team), the
/// smallest and largest value it could take given everything the build shows, found by linear
/// programming over the ledger's relations (as tau-ARGUS audits a suppression pattern).
///
/// A protected cell passes when the range a reader can work out, in whole numbers, is at least
/// the threshold wide (with a threshold of 5, a suppressed 2 must not be pinned to fewer than
/// five possible values), or is unbounded. Shown counts are exact unless the policy rounds them,
/// in which case each is known only to within half the rounding base either side.
package struct DisclosureAudit {
    /// A protected cell a reader could pin down too closely.
    package struct Finding: Sendable, Equatable {
        package let cell: Int
        /// The range a reader could work out, in whole numbers.
        package let lower: Int
        package let upper: Int
    }

    let ledger: DisclosureLedger
    let policy: DisclosurePolicy
    /// The relations each cell is in.
    private let relationsOf: [[Int]]

    init(ledger: DisclosureLedger, policy: DisclosurePolicy) {
        self.ledger = ledger
        self.policy = policy
        var relationsOf = Array(repeating: [Int](), count: ledger.values.count)
        for (index, relation) in ledger.relations.enumerated() {
            for cell in Set(relation) { relationsOf[cell].append(index) }
        }
        self.relationsOf = relationsOf
    }

    /// The relations a cell is in, by index.
    func relations(of cell: Int) -> [Int] { relationsOf[cell] }

    /// The cells the audit must protect, given what is suppressed.
    func protectedCells(suppressed: Set<Int>) -> [Int] {
        var cells = Set(suppressed.filter { policy.isSensitive(ledger.values[$0]) })
        cells.formUnion(ledger.hidden.filter { policy.isSensitive(ledger.values[$0]) })
        cells.formUnion(ledger.alwaysProtect)
        return cells.sorted()
    }

    /// Protected cells pinned to a narrower range than the threshold allows, among `targets` (all
    /// protected cells when nil).
    func exposed(suppressed: Set<Int>, among targets: [Int]? = nil) -> [Finding] {
        let need = max(policy.threshold, 2)
        return ranges(of: targets ?? protectedCells(suppressed: suppressed), suppressed: suppressed, margin: need - 1)
            .filter { $0.upper - $0.lower + 1 < need }
    }

    /// Suppressed cells a reader can work out exactly from what is shown. Showing them tells
    /// nothing new, so they are shown rather than marked c.
    func determined(suppressed: Set<Int>) -> [Int] {
        let secondary = suppressed.filter { !policy.isSensitive(ledger.values[$0]) }.sorted()
        return ranges(of: secondary, suppressed: suppressed, margin: 0).filter { $0.lower == $0.upper }.map(\.cell)
    }

    /// The range, in whole numbers, that a reader can work out for each target, leaving out those
    /// found to reach at least `margin` away from their value (or unbounded): with a margin of 0,
    /// those that can take any other value.
    func ranges(of targets: [Int], suppressed: Set<Int>, margin: Int) -> [Finding] {
        guard !targets.isEmpty else { return [] }
        let rounding = policy.roundTo > 1
        func isVariable(_ cell: Int) -> Bool {
            !ledger.fixed.contains(cell) && (suppressed.contains(cell) || ledger.hidden.contains(cell) || rounding)
        }
        // Cells whose values are fixed by what is shown carry no information between relations,
        // so each connected group of unknown cells is its own, small, linear program.
        var component = Array(repeating: -1, count: ledger.values.count)
        var groups: [[Int]] = []
        for target in targets where component[target] < 0 {
            var members: [Int] = []
            var stack = [target]
            component[target] = groups.count
            while let cell = stack.popLast() {
                members.append(cell)
                for relation in relationsOf[cell] {
                    for other in ledger.relations[relation] where component[other] < 0 && isVariable(other) {
                        component[other] = groups.count
                        stack.append(other)
                    }
                }
            }
            groups.append(members.sorted())
        }
        var findings: [Finding] = []
        for (number, members) in groups.enumerated() {
            let groupTargets = targets.filter { component[$0] == number }
            findings += solve(members, targets: groupTargets, suppressed: suppressed, margin: margin)
        }
        return findings
    }

    private func solve(_ members: [Int], targets: [Int], suppressed: Set<Int>, margin: Int) -> [Finding] {
        var position: [Int: Int] = [:]
        for (index, cell) in members.enumerated() { position[cell] = index }
        let bounds = members.map { cell -> LinearProgram.Bounds in
            let value = ledger.values[cell]
            // A rounded count that is shown says only which rounding interval the value is in.
            var lower = Double(ledger.lowerBounds[cell] ?? 0)
            var upper = ledger.upperBounds[cell].map(Double.init)
            if policy.roundTo > 1, !ledger.hidden.contains(cell), !suppressed.contains(cell),
                !ledger.fixed.contains(cell)
            {
                // The whole numbers that round to the count shown: with a base of 5, 13 to 17
                // show as 15 (halves go up), not 12.5 to 17.5.
                let shown = policy.rounded(value)
                lower = max(lower, Double(max(0, shown - policy.roundTo / 2)))
                upper = min(upper ?? .infinity, Double(shown + policy.roundTo - 1 - policy.roundTo / 2))
            }
            return .init(lower: lower, upper: upper)
        }
        var relationIndices = Set<Int>()
        for cell in members { relationIndices.formUnion(relationsOf[cell]) }
        var equations: [LinearProgram.Equation] = []
        for index in relationIndices.sorted() {
            let relation = ledger.relations[index]
            var terms: [(Int, Double)] = []
            var constant = 0.0
            for (offset, cell) in relation.enumerated() {
                let sign: Double = offset == relation.count - 1 ? -1 : 1
                if let variable = position[cell] {
                    terms.append((variable, sign))
                } else {
                    constant -= sign * Double(ledger.values[cell])
                }
            }
            equations.append(.init(terms: terms.map { (variable: $0.0, coefficient: $0.1) }, constant: constant))
        }
        let program = LinearProgram(bounds: bounds, equations: equations)
        let variables = targets.compactMap { target in
            position[target].map { (variable: $0, value: Double(ledger.values[target])) }
        }
        // A margin of 0 asks whether a target can take any other value; a hundredth of a case is
        // far above the solver's tolerance and far below a whole case.
        guard let ranges = program.narrowRanges(of: variables, margin: max(Double(margin) - 1e-6, 0.01)) else {
            // The published figures contradict each other; nothing can be concluded, so every
            // target is reported for a person to look at.
            return targets.map { Finding(cell: $0, lower: ledger.values[$0], upper: ledger.values[$0]) }
        }
        var findings: [Finding] = []
        for (target, range) in zip(targets, ranges) {
            guard let range, let upper = range.upper else { continue }
            let low = Int((range.lower - 1e-6).rounded(.up))
            let high = Int((upper + 1e-6).rounded(.down))
            findings.append(Finding(cell: target, lower: low, upper: high))
        }
        return findings
    }

    /// The shown cell to suppress next so that a protected cell gains room: the preferred cell of
    /// the nearest relations around it (its own relations first, then those one unknown cell
    /// further away).
    func nextToSuppress(protecting cell: Int, suppressed: Set<Int>) -> Int? {
        var frontier: Set<Int> = [cell]
        var reached: Set<Int> = [cell]
        var seenRelations: Set<Int> = []
        while !frontier.isEmpty {
            var candidates: [Int] = []
            var next: Set<Int> = []
            for member in frontier {
                for relation in relationsOf[member] where !seenRelations.contains(relation) {
                    seenRelations.insert(relation)
                    for other in ledger.relations[relation] where !ledger.fixed.contains(other) {
                        if suppressed.contains(other) || ledger.hidden.contains(other) {
                            if !reached.contains(other) {
                                reached.insert(other)
                                next.insert(other)
                            }
                        } else {
                            candidates.append(other)
                        }
                    }
                }
            }
            if let pick = candidates.min(by: { ledger.preference($0) < ledger.preference($1) }) { return pick }
            frontier = next
        }
        return nil
    }
}
