import CGLPK

/// The smallest and largest value each of some variables can take under linear equations and
/// bounds, solved with GLPK's simplex method. Every `glp_*` call is in this file.
///
/// The disclosure audit uses it to ask, for each protected count, what a reader could work out
/// about it from everything a build publishes.
struct LinearProgram {
    /// One equation: the sum of `coefficient × variable` equals `constant`.
    struct Equation {
        var terms: [(variable: Int, coefficient: Double)]
        var constant: Double
    }

    /// Bounds of a variable; `nil` upper means unbounded above.
    struct Bounds: Equatable {
        var lower: Double
        var upper: Double?
    }

    /// Frees what GLPK keeps for the calling thread (its environment, made on first use). Call
    /// when no program is being solved on this thread any more.
    static func releaseSolver() {
        _ = glp_free_env()
    }

    /// The variables' bounds, by index.
    var bounds: [Bounds]
    /// The equations tying them.
    var equations: [Equation]

    /// For each target variable (with a value it is known to be able to take), its range: or nil
    /// where some solution found on the way puts it at least `margin` away from that value, which
    /// is all the caller needs to know (the range is at least that wide), or where it is unbounded.
    /// Each solution is read for every target, so one solve often settles many. Returns nil when
    /// the constraints have no solution at all.
    func narrowRanges(of targets: [(variable: Int, value: Double)], margin: Double) -> [Bounds?]? {
        guard !bounds.isEmpty else { return [] }
        glp_term_out(GLP_OFF)
        guard let problem = glp_create_prob() else { return nil }
        defer { glp_delete_prob(problem) }
        let columns = Int32(bounds.count)
        glp_add_cols(problem, columns)
        for (index, bound) in bounds.enumerated() {
            let column = Int32(index + 1)
            if let upper = bound.upper {
                glp_set_col_bnds(problem, column, upper > bound.lower ? GLP_DB : GLP_FX, bound.lower, upper)
            } else {
                glp_set_col_bnds(problem, column, GLP_LO, bound.lower, 0)
            }
        }
        if !equations.isEmpty {
            glp_add_rows(problem, Int32(equations.count))
            // GLPK's sparse matrix arrays are 1-based: index 0 is unused.
            var rowIndex: [Int32] = [0]
            var columnIndex: [Int32] = [0]
            var values: [Double] = [0]
            for (row, equation) in equations.enumerated() {
                glp_set_row_bnds(problem, Int32(row + 1), GLP_FX, equation.constant, equation.constant)
                for term in equation.terms {
                    rowIndex.append(Int32(row + 1))
                    columnIndex.append(Int32(term.variable + 1))
                    values.append(term.coefficient)
                }
            }
            glp_load_matrix(problem, Int32(values.count - 1), rowIndex, columnIndex, values)
        }
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF

        var settled = Array(repeating: false, count: targets.count)
        // Marks every target the solution just found puts at least `margin` from its value.
        func settle() {
            for (index, other) in targets.enumerated() where !settled[index] {
                let value = glp_get_col_prim(problem, Int32(other.variable + 1))
                if abs(value - other.value) >= margin { settled[index] = true }
            }
        }
        // Solves for one target in one direction; marks every target the solution settles.
        func solve(_ target: Int, _ direction: Int32) -> (ok: Bool, value: Double?) {
            glp_set_obj_dir(problem, direction)
            glp_set_obj_coef(problem, Int32(target + 1), 1)
            defer { glp_set_obj_coef(problem, Int32(target + 1), 0) }
            guard glp_simplex(problem, &parameters) == 0 else { return (false, nil) }
            switch glp_get_status(problem) {
            case GLP_OPT:
                settle()
                return (true, glp_get_obj_val(problem))
            case GLP_UNBND: return (true, nil)
            default: return (false, nil)
            }
        }

        // First push every target up together, then down together: one solve each that often
        // settles most targets at once.
        if targets.count > 2 {
            for direction in [GLP_MAX, GLP_MIN] {
                for target in targets { glp_set_obj_coef(problem, Int32(target.variable + 1), 1) }
                glp_set_obj_dir(problem, direction)
                if glp_simplex(problem, &parameters) == 0, glp_get_status(problem) == GLP_OPT { settle() }
                for target in targets { glp_set_obj_coef(problem, Int32(target.variable + 1), 0) }
            }
        }
        var result: [Bounds?] = Array(repeating: nil, count: targets.count)
        for (index, target) in targets.enumerated() where !settled[index] {
            let high = solve(target.variable, GLP_MAX)
            guard high.ok else { return nil }
            guard let upper = high.value else {
                settled[index] = true
                continue
            }
            if settled[index] { continue }
            let low = solve(target.variable, GLP_MIN)
            guard low.ok, let lower = low.value else { return nil }
            if settled[index] { continue }
            result[index] = Bounds(lower: lower, upper: upper)
        }
        return result
    }
}
