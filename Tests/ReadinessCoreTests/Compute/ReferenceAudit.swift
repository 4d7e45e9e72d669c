@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// An audit written independently of the library's (no GLPK, no shared code): a dense two-phase
/// simplex with Bland's rule over every relation of a ledger at once, asking for each protected
/// cell the smallest and largest value it can take given every count shown.
enum ReferenceAudit {
    /// Protected cells (suppressed small counts, hidden small counts, hidden teams) whose range,
    /// in whole numbers, is narrower than the threshold: each with its range.
    static func exposed(_ ledger: DisclosureLedger, suppressed: Set<Int>, threshold: Int) -> [(Int, Int, Int)] {
        let sensitive = { (cell: Int) in ledger.values[cell] > 0 && ledger.values[cell] < threshold }
        let unknown = (0..<ledger.values.count).filter {
            !ledger.fixed.contains($0) && (suppressed.contains($0) || ledger.hidden.contains($0))
        }
        let isUnknown = Set(unknown)
        // Each target's linear program holds only the relations reachable from it through
        // unknown cells (shown cells are constants and link nothing).
        func program(_ target: Int) -> (column: [Int: Int], rows: [[Double]], rhs: [Double]) {
            var column: [Int: Int] = [target: 0]
            var order = [target]
            var used: Set<Int> = []
            var changed = true
            while changed {
                changed = false
                for (index, relation) in ledger.relations.enumerated()
                where !used.contains(index) && relation.contains(where: { column[$0] != nil }) {
                    used.insert(index)
                    changed = true
                    for cell in relation where isUnknown.contains(cell) && column[cell] == nil {
                        column[cell] = order.count
                        order.append(cell)
                    }
                }
            }
            var rows: [[Double]] = []
            var rhs: [Double] = []
            for index in used.sorted() {
                let relation = ledger.relations[index]
                var row = [Double](repeating: 0, count: order.count)
                var constant = 0.0
                for (offset, cell) in relation.enumerated() {
                    let sign: Double = offset == relation.count - 1 ? -1 : 1
                    if let j = column[cell] { row[j] += sign } else { constant -= sign * Double(ledger.values[cell]) }
                }
                rows.append(row)
                rhs.append(constant)
            }
            // What the tables' shape tells a reader (a team shown alone has at least the public
            // minimum, a hidden one fewer): x - s = lower and x + t = upper, with slacks s, t >= 0.
            var bounds: [(variable: Int, sign: Double, value: Double)] = []
            for (j, cell) in order.enumerated() {
                if let lower = ledger.lowerBounds[cell], lower > 0 { bounds.append((j, -1, Double(lower))) }
                if let upper = ledger.upperBounds[cell] { bounds.append((j, 1, Double(upper))) }
            }
            let width = order.count + bounds.count
            rows = rows.map { $0 + [Double](repeating: 0, count: bounds.count) }
            for (k, bound) in bounds.enumerated() {
                var row = [Double](repeating: 0, count: width)
                row[bound.variable] = 1
                row[order.count + k] = bound.sign
                rows.append(row)
                rhs.append(bound.value)
            }
            return (column, rows, rhs)
        }
        var found: [(Int, Int, Int)] = []
        for cell in unknown
        where sensitive(cell) || ledger.alwaysProtect.contains(cell)
            || (suppressed.contains(cell) && sensitive(cell))
        {
            let (column, rows, rhs) = program(cell)
            guard let j = column[cell] else { continue }
            var objective = [Double](repeating: 0, count: rows.first?.count ?? column.count)
            objective[j] = 1
            guard let high = maximize(objective, rows, rhs) else { continue }
            guard high.isFinite else { continue }
            objective[j] = -1
            guard let negLow = maximize(objective, rows, rhs) else { continue }
            let low = Int((-negLow - 1e-6).rounded(.up))
            let up = Int((high + 1e-6).rounded(.down))
            if up - low + 1 < max(threshold, 2) { found.append((cell, low, up)) }
        }
        return found
    }

    /// Maximises c·x subject to A x = b and x ≥ 0: nil when infeasible, infinity when unbounded.
    static func maximize(_ c: [Double], _ a: [[Double]], _ b: [Double]) -> Double? {
        let m = a.count
        let n = c.count
        if m == 0 { return c.contains { $0 > 0 } ? .infinity : 0 }
        let width = n + m + 1
        var t: [[Double]] = []
        for i in 0..<m {
            let flip: Double = b[i] < 0 ? -1 : 1
            var row = a[i].map { $0 * flip }
            row += (0..<m).map { $0 == i ? 1 : 0 }
            row.append(b[i] * flip)
            t.append(row)
        }
        var basis = (0..<m).map { n + $0 }
        func pivot(_ r: Int, _ col: Int) {
            let p = t[r][col]
            for j in 0..<width { t[r][j] /= p }
            for i in 0..<m where i != r {
                let f = t[i][col]
                if f != 0 { for j in 0..<width { t[i][j] -= f * t[r][j] } }
            }
            basis[r] = col
        }
        func run(_ objective: [Double], columns: Int) -> Bool {
            while true {
                var enter = -1
                for j in 0..<columns where !basis.contains(j) {
                    var reduced = objective[j]
                    for i in 0..<m { reduced -= objective[basis[i]] * t[i][j] }
                    if reduced > 1e-9 {
                        enter = j
                        break
                    }
                }
                if enter < 0 { return true }
                var leave = -1
                var best = Double.infinity
                for i in 0..<m where t[i][enter] > 1e-9 {
                    let ratio = t[i][width - 1] / t[i][enter]
                    if ratio < best - 1e-12 || (abs(ratio - best) <= 1e-12 && leave >= 0 && basis[i] < basis[leave]) {
                        best = ratio
                        leave = i
                    }
                }
                if leave < 0 { return false }
                pivot(leave, enter)
            }
        }
        var phaseOne = [Double](repeating: 0, count: n + m)
        for k in 0..<m { phaseOne[n + k] = -1 }
        _ = run(phaseOne, columns: n + m)
        var infeasibility = 0.0
        for i in 0..<m where basis[i] >= n { infeasibility += t[i][width - 1] }
        if infeasibility > 1e-7 { return nil }
        for i in 0..<m where basis[i] >= n {
            if let j = (0..<n).first(where: { abs(t[i][$0]) > 1e-9 && !basis.contains($0) }) { pivot(i, j) }
        }
        let phaseTwo = c + [Double](repeating: 0, count: m)
        if !run(phaseTwo, columns: n) { return .infinity }
        var value = 0.0
        for i in 0..<m { value += phaseTwo[basis[i]] * t[i][width - 1] }
        return value
    }
}
