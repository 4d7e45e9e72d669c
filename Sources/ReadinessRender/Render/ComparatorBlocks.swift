import ReadinessCompute
import ReadinessModel

/// A measure set beside its published comparators: the council's own value in the published
/// figure's terms, and for each area the latest year's value and the gap. The council's value is
/// the one its table shows (nil when suppressed), so a gap discloses nothing the page does not.
struct MeasureComparison {
    let figure: PublishedFigure
    /// The council's value, as published figures count it; nil when not shown.
    let own: Double?
    /// What stands for it when nil: `c` suppressed, `x` not available, `z` not applicable.
    var missing = HTMLBlocks.suppressedSymbol
    /// Per area (England, region, statistical neighbours), the latest year's figure.
    let comparators: [ComparatorFigure]

    /// The comparators of a measure: those naming its check or its name (the name wins in a year
    /// both give), the latest year per area.
    init(figure: PublishedFigure, own: Double?, names: [String], from all: [ComparatorFigure]) {
        self.figure = figure
        self.own = own
        let keys = names.map(TextKey.normalise)
        var latest: [ComparatorFigure.Area: (rank: Int, comparator: ComparatorFigure)] = [:]
        for comparator in all {
            guard let rank = keys.firstIndex(of: TextKey.normalise(comparator.measure)) else { continue }
            if let held = latest[comparator.area] {
                let (year, heldYear) = (
                    ComparatorFigure.yearKey(comparator.year), ComparatorFigure.yearKey(held.comparator.year)
                )
                let newer = year > heldYear
                let same = year == heldYear
                guard newer || (same && rank > held.rank) else { continue }
            }
            latest[comparator.area] = (rank, comparator)
        }
        comparators = ComparatorFigure.Area.allCases.compactMap { latest[$0]?.comparator }
    }

    /// A timeliness measure's comparison, from what its table shows. A figure published the
    /// other way round leaves out, as the DfE does, those with no count recorded (the table's
    /// last column): of the rest, the share not within.
    init(_ measure: TimelinessMeasure, table: HTMLBlocks.ShareTable, comparators all: [ComparatorFigure]) {
        let figure = measure.published
        var own = table.shownPercentage
        if figure.isComplement {
            own = table.shownTotals.flatMap { shown in
                let known = shown.population - shown.extra
                guard known > 0 else { return nil }
                return (Double(known - shown.within) / Double(known) * 1000).rounded() / 10
            }
        }
        self.init(figure: figure, own: own, names: [measure.check.rawValue, measure.name], from: all)
        if own == nil && table.share == "z" || (figure.isComplement && table.shownTotals != nil && own == nil) {
            missing = HTMLBlocks.notApplicable
        }
    }

    /// The council's value less the comparator's (percentage points, or caseload).
    func gap(_ comparator: ComparatorFigure) -> Double? {
        own.map { (($0 - comparator.value) * 10).rounded() / 10 }
    }

    /// Whether the council's value is worse than the comparator's; nil when not shown.
    func isWorse(_ comparator: ComparatorFigure) -> Bool? {
        guard let gap = gap(comparator) else { return nil }
        return figure.lowerIsBetter ? gap > 0 : gap < 0
    }

    /// A value as published figures are written: `22.4%` or `16.3`.
    func text(_ value: Double) -> String {
        NumberFormat.decimal(value) + (figure.isPercentage ? "%" : "")
    }
}

extension HTMLBlocks {
    /// The comparison's table, or nothing when the measure has no comparators.
    static func comparatorTable(_ comparison: MeasureComparison, council: String, asAt: CalendarDate) -> String {
        guard !comparison.comparators.isEmpty else { return "" }
        let figure = comparison.figure
        var table = HTMLTable(
            caption: "\(figure.label): how \(council) compares",
            columns: [
                .init(heading: "Area"), .init(heading: "Year"), .init(heading: "Value", numeric: true),
                .init(heading: figure.isPercentage ? "Gap (percentage points)" : "Gap", numeric: true),
                .init(heading: "Source"),
            ], rowHeaders: true)
        table.rows.append([
            Escaping.html(council), "as at " + Escaping.html(asAt.long),
            comparison.own.map { Escaping.html(comparison.text($0)) } ?? comparison.missing, "", "",
        ])
        for comparator in comparison.comparators {
            var gap = comparison.missing
            if let value = comparison.gap(comparator), let worse = comparison.isWorse(comparator) {
                let sign = value > 0 ? "+" : value < 0 ? "-" : ""
                let verdict = value == 0 ? "the same" : worse ? "worse" : "better"
                gap = "\(sign)\(NumberFormat.decimal(abs(value)))<br><span class=\"hint\">\(verdict)</span>"
            }
            var source = Escaping.html(comparator.source)
            if comparator.status != .published {
                source += " " + tag(comparator.status.label, colour: "grey")
            }
            table.rows.append([
                Escaping.html(comparator.area.label), Escaping.html(comparator.year),
                Escaping.html(comparison.text(comparator.value)), gap, source,
            ])
        }
        table.notes.append(
            figure.lowerIsBetter
                ? "Lower is better. The gap is \(council)'s value less the area's."
                : "Higher is better. The gap is \(council)'s value less the area's.")
        if figure.isComplement {
            table.notes.append(
                "\(council)'s value is the share not within, of those with a count recorded, as the DfE publishes it."
            )
        }
        if comparison.own == nil {
            table.notes.append(
                comparison.missing == suppressedSymbol
                    ? "c: \(council)'s value is suppressed to protect confidentiality, so no gap is shown."
                    : "\(council)'s value is not available, so no gap is shown.")
        }
        if comparison.comparators.contains(where: { $0.status == .illustrative }) {
            table.notes.append(
                "Illustrative: a made-up figure that shows how the page looks, not a published statistic. Replace it with the published figure in comparators.csv."
            )
        }
        return table.html
    }
}
