/// Formats figures the same way on every machine: no locale, halves rounded away from zero.
public enum NumberFormat {
    /// `value` to `places` decimal places, e.g. 16.0, 17.8.
    public static func decimal(_ value: Double, places: Int = 1) -> String {
        guard value.isFinite else { return "–" }
        // Beyond what Int holds after scaling: no council figure is this big, but never trap.
        guard abs(value) < 1e12 else { return value < 0 ? "-" + String(Int64(1e12)) + "+" : String(Int64(1e12)) + "+" }
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        // Nudge by a tiny relative amount so 0.15 stored as 0.1499999... still rounds up.
        let scaled = (abs(value) * scale * (1 + 1e-12)).rounded(.toNearestOrAwayFromZero)
        let whole = Int(scaled) / Int(scale)
        let fraction = Int(scaled) % Int(scale)
        let sign = value < 0 && scaled != 0 ? "-" : ""
        if places == 0 { return sign + String(whole) }
        let digits = String(fraction)
        return sign + String(whole) + "." + String(repeating: "0", count: places - digits.count) + digits
    }

    /// A ratio as a percentage, e.g. 0.178 → `17.8%`; nil denominators give nil.
    public static func percent(_ numerator: Double, of denominator: Double, places: Int = 0) -> String? {
        guard denominator > 0 else { return nil }
        return decimal(numerator / denominator * 100, places: places) + "%"
    }

    /// A whole number with thousands separators, e.g. `337,055`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }
}
