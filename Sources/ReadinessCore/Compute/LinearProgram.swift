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

    /// The variables' bounds, by index.
    var bounds: [Bounds]
    /// The equations tying them.
    var equations: [Equation]

    /// For each target variable, the range of values it can take: `nil` when the constraints have
    /// no solution at all, and an `upper` of `nil` when it is unbounded above.
    func ranges(of targets: [Int]) -> [Bounds]? {
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

        func solve(_ target: Int, _ direction: Int32) -> (ok: Bool, value: Double?) {
            glp_set_obj_dir(problem, direction)
            glp_set_obj_coef(problem, Int32(target + 1), 1)
            defer { glp_set_obj_coef(problem, Int32(target + 1), 0) }
            guard glp_simplex(problem, &parameters) == 0 else { return (false, nil) }
            switch glp_get_status(problem) {
            case GLP_OPT: return (true, glp_get_obj_val(problem))
            case GLP_UNBND: return (true, nil)
            default: return (false, nil)
            }
        }

        var result: [Bounds] = []
        for target in targets {
            let low = solve(target, GLP_MIN)
            let high = solve(target, GLP_MAX)
            guard low.ok, high.ok, let lower = low.value else { return nil }
            result.append(Bounds(lower: lower, upper: high.value))
        }
        return result
    }
}
