import ReadinessCompute
import ReadinessModel

/// Trends over the last 12 months: a timeliness measure month by month, for all teams.
extension HTMLBlocks {
    /// A measure's counts in each of the 12 months to the as-at date, after disclosure control;
    /// empty when the check has no trend. Each month's cells are parts of the measure's total in
    /// the site's ledger, with the months before the 12 a hidden part, so a month's count cannot
    /// be worked out from the total and the others.
    static func timelinessTrend(_ result: TimelinessResult, counts shown: PublishedCounts, asAt: CalendarDate)
        -> String
    {
        guard !result.months.isEmpty, result.measure.check.trend != nil else { return "" }
        let measure = result.measure
        let labels = TimelinessLabels(measure, agreedFrequencies: result.agreedFrequencies)
        let key = "timeliness|\(measure.check.rawValue)|\(measure.name)|"
        let total = result.total
        // The table's own cells for all teams, as `shareTable` registered them.
        let totalPopulation = shown.cell(key + "all|children", total.population, total: true)
        let totalWithin = shown.cell(key + "all|within", total.within, total: true)
        var populations: [Int] = []
        var withins: [Int] = []
        var mine: [Int] = []
        var table = HTMLTable(
            caption: "\(measure.name): by month \(TimelinessLabels.trendWord(measure.check))",
            columns: [
                .init(heading: "Month"), .init(heading: labels.counted, numeric: true),
                .init(heading: labels.within, numeric: true), .init(heading: "Share within", numeric: true),
            ], rowHeaders: true)
        // Initial health assessments count children who entered care within 6 months: the
        // months before cannot hold any.
        let months = measure.check == .initialHealthAssessments ? Array(result.months.suffix(7)) : result.months
        var inMonths = TimelinessResult.Counts()
        for (month, counts) in months {
            inMonths.add(counts)
            let monthKey = key + "month:\(month)|"
            let label = month == months.last?.month ? "\(month.long) (to \(asAt.long))" : month.long
            let population = shown.cell(
                monthKey + "children", counts.population, place: "\(measure.name): \(label), \(labels.counted)")
            let within = shown.cell(
                monthKey + "within", counts.within, place: "\(measure.name): \(label), \(labels.within)")
            let notWithin = shown.cell(monthKey + "not within", counts.population - counts.within, hidden: true)
            shown.relate([within, notWithin, population])
            populations.append(population)
            withins.append(within)
            mine += [population, within]
            table.rows.append([
                Escaping.html(label), count(shown, population), count(shown, within),
                rate(shown, within, population),
            ])
        }
        // Counted before the 12 months (or with no day to place them): a hidden part of the total.
        let earlierPopulation = shown.cell(
            key + "months-before|children", total.population - inMonths.population, hidden: true)
        let earlierWithin = shown.cell(key + "months-before|within", total.within - inMonths.within, hidden: true)
        // Of those, no more within than counted: when none fell before, none within did either.
        let earlierNotWithin = shown.cell(
            key + "months-before|not within",
            (total.population - inMonths.population) - (total.within - inMonths.within), hidden: true)
        shown.relate([earlierWithin, earlierNotWithin, earlierPopulation])
        shown.relate(populations + [earlierPopulation, totalPopulation])
        shown.relate(withins + [earlierWithin, totalWithin])
        table.notes = disclosureNotes(policy: shown.policy, suppressed: shown.anySuppressed(mine))
        return table.html
    }
}
