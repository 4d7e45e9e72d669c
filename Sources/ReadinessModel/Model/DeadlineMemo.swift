/// The deadlines of one rule already worked out, by start day, for the days up to the as-at
/// date: a list's rows start on a few hundred distinct days, so each deadline (a walk over
/// working days, or a calendar month's arithmetic) is worked out once, not once a row.
package struct DeadlineMemo: Sendable {
    /// The first start day kept.
    let base: Int
    /// The deadline after `base + k` at `k`; `Int.min` until worked out.
    var days: [Int]

    /// A memo of the `window` days up to and including `asAt` (days since 1970-01-01).
    package init(asAt: Int, window: Int = 800) {
        base = asAt - window
        days = Array(repeating: Int.min, count: window + 1)
    }

    /// A memo that keeps nothing.
    package init() {
        base = 0
        days = []
    }
}
