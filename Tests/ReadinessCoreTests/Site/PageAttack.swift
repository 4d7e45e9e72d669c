import Foundation

@testable import ReadinessCompute

/// What a reader can work out from public pages with arithmetic alone, reading the HTML as
/// published (tables and chart data tables), with no knowledge of how Readiness protects them.
enum PageAttack {
    struct Table {
        let caption: String
        /// Cell texts, row header first; `<br>` lines joined by "\n".
        let rows: [[String]]
        /// Whether its notes say teams are left out of its rows but counted in its totals: the rows
        /// then do not add up to the total, and arithmetic on them alone gives nothing.
        var hidesTeams = false
    }

    /// Every table of a page.
    static func tables(_ html: String) -> [Table] {
        var out: [Table] = []
        var rest = html[...]
        while let start = rest.range(of: "<table"),
            let end = rest.range(of: "</table>", range: start.upperBound..<rest.endIndex)
        {
            let body = String(rest[start.lowerBound..<end.upperBound])
            rest = rest[end.upperBound...]
            // A caption carries the id that names its table's scrolling region.
            let caption =
                text(between: "<caption", "</caption>", in: body).first.map {
                    String($0.drop { $0 != ">" }.dropFirst())
                }
                ?? ""
            let rows = text(between: "<tr>", "</tr>", in: body).map { row in
                cells(row)
            }.filter { !$0.isEmpty }
            let notes = rest[..<(rest.range(of: "<table")?.lowerBound ?? rest.endIndex)]
            out.append(
                Table(
                    caption: caption, rows: rows,
                    hidesTeams: notes.contains(" is not shown; the totals include")
                        || notes.contains(" are not shown; the totals include")))
        }
        return out
    }

    private static func text(between open: String, _ close: String, in text: String) -> [String] {
        var out: [String] = []
        var rest = text[...]
        while let a = rest.range(of: open), let b = rest.range(of: close, range: a.upperBound..<rest.endIndex) {
            out.append(String(rest[a.upperBound..<b.lowerBound]))
            rest = rest[b.upperBound...]
        }
        return out
    }

    private static func cells(_ row: String) -> [String] {
        var out: [String] = []
        var rest = row[...]
        while let a = rest.range(of: "<t"), let close = rest.range(of: ">", range: a.upperBound..<rest.endIndex) {
            let tag = rest[a.lowerBound..<close.upperBound]
            guard tag.hasPrefix("<td") || tag.hasPrefix("<th") else {
                rest = rest[close.upperBound...]
                continue
            }
            let end = tag.hasPrefix("<td") ? "</td>" : "</th>"
            guard let b = rest.range(of: end, range: close.upperBound..<rest.endIndex) else { break }
            out.append(plain(String(rest[close.upperBound..<b.lowerBound])))
            rest = rest[b.upperBound...]
        }
        return out
    }

    /// Text with tags removed, `<br>` as a line break, entities and thousands separators undone.
    static func plain(_ html: String) -> String {
        var s = html.replacingOccurrences(of: "<br>", with: "\n")
        while let a = s.range(of: "<"), let b = s.range(of: ">", range: a.upperBound..<s.endIndex) {
            s.removeSubrange(a.lowerBound..<b.upperBound)
        }
        for (entity, char) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s.trimmingCharacters(in: .whitespaces)
    }

    /// A count as shown, or nil for `c` (or anything that is not a whole number).
    static func number(_ text: String) -> Int? { Int(text.replacingOccurrences(of: ",", with: "")) }

    /// "17 of 35 (49%)" → (17, 35), each nil when suppressed.
    static func share(_ text: String) -> (Int?, Int?) {
        let parts = text.components(separatedBy: " of ")
        guard parts.count == 2 else { return (nil, nil) }
        return (number(parts[0]), number(parts[1].components(separatedBy: " ").first ?? ""))
    }

    /// Recoveries within one page: a grade from a chart and the audit table beside it, a row from
    /// its table's total, and a count from caseload per FTE.
    static func findings(_ html: String) -> [String] {
        let all = tables(html)
        var found: [String] = []
        // A chart's grades with its total and the table's "good or better" for the same audits.
        for chart in all where chart.caption.hasPrefix("Data for: Audit grades before and after moderation, ") {
            let scope = String(chart.caption.dropFirst("Data for: Audit grades before and after moderation, ".count))
            let table = all.first {
                $0.caption == "Case-file audits for \(scope)"
                    || ($0.caption == "Case-file audits" && scope == "all themes")
            }
            let footer = table?.rows.first { $0.first == "Moderated audits together" }
            for (index, label) in ["As audited", "After moderation"].enumerated() {
                guard let row = chart.rows.first(where: { $0.first == label }), row.count >= 6 else { continue }
                let grades = row[1...4].map(number)
                let total = number(row[5])
                let good = footer.flatMap { $0.count > 2 + index ? share($0[2 + index]).0 : nil }
                func check(_ cells: [Int?], _ sum: Int?, _ what: String) {
                    if sum != nil, cells.filter({ $0 == nil }).count == 1 { found.append("\(chart.caption): \(what)") }
                }
                check(grades, total, "\(label): one grade from the total")
                check(Array(grades[0...1]), good, "\(label): outstanding or good from good or better")
                check(
                    Array(grades[2...3]), good.flatMap { g in total.map { $0 - g } },
                    "\(label): below good from the table")
            }
        }
        for table in all
        where table.caption.hasPrefix("Caseloads") || table.caption.hasPrefix("Case-file audits") == false {
            guard let header = table.rows.first, table.rows.count >= 3 else { continue }
            let body = Array(table.rows.dropFirst())
            // Caseload per FTE shown for a suppressed count: × FTE gives it back.
            if table.caption.hasPrefix("Caseloads") {
                for row in body where row.count >= 4 && row[1] == "c" && Double(row[3]) != nil {
                    found.append("\(table.caption): \(row[0]) from caseload per FTE")
                }
            }
            // A column whose total is shown and exactly one row is not (when the rows add up to it).
            guard !table.hidesTeams, let totalRow = body.last, totalRow.first?.hasPrefix("All teams") == true
            else { continue }
            for column in 1..<header.count {
                let parts = body.dropLast().map { $0.count > column ? number($0[column]) : 0 }
                if column < totalRow.count, number(totalRow[column]) != nil, parts.filter({ $0 == nil }).count == 1 {
                    found.append("\(table.caption): column \(header[column]) from its total")
                }
            }
        }
        return found
    }

    /// Rows of caseload tables as (children, FTE, caseload per FTE), where all three are shown.
    static func caseloadRows(_ html: String) -> [(children: Double, fte: Double, caseload: Double)] {
        tables(html).filter { $0.caption.hasPrefix("Caseloads") }.flatMap(\.rows).compactMap { row in
            guard row.count >= 4, let children = Double(row[1].replacingOccurrences(of: ",", with: "")),
                let fte = Double(row[2]),
                let caseload = Double(row[3].components(separatedBy: "\n")[0])
            else { return nil }
            return (children, fte, caseload)
        }
    }

    /// Rounded counts that caseload per FTE × FTE gives back more exactly than the rounding allows.
    static func roundingUndone(_ html: String, base: Int) -> [String] {
        caseloadRows(html).compactMap { row in
            let product = row.caseload * row.fte
            let consistent =
                Int(row.children) % base == 0 && abs(product - row.children) <= 0.05 * row.fte + 1e-9
            return consistent ? nil : "\(row.children) shown, \(row.caseload) × \(row.fte) = \(product)"
        }
    }

    /// Recoveries across pages: a theme's caseload table total less the teams another page shows.
    static func crossPage(_ pages: [String]) -> [String] {
        let caseloadTables = pages.flatMap(tables).filter { $0.caption.hasPrefix("Caseloads") }
        // Team counts known from any page, by caption month and team name.
        var known: [String: Int] = [:]
        func month(_ caption: String) -> String { caption.components(separatedBy: ", ").last ?? "" }
        func team(_ cell: String) -> String { cell.components(separatedBy: "\n").first ?? cell }
        for table in caseloadTables {
            for row in table.rows.dropFirst() where row.count > 1 && !row[0].hasPrefix("All teams") {
                if let n = number(row[1]) { known[month(table.caption) + "|" + team(row[0])] = n }
            }
        }
        var found: [String] = []
        for table in caseloadTables where !table.hidesTeams {
            guard let total = table.rows.last, total.first == "All teams", total.count > 1, number(total[1]) != nil
            else { continue }
            let unknown = table.rows.dropFirst().dropLast().filter {
                known[month(table.caption) + "|" + team($0[0])] == nil
            }
            if unknown.count == 1 {
                found.append("\(table.caption): \(team(unknown[0][0])) from the total and other pages")
            }
        }
        return found
    }

    /// Merged rows ("Other teams (k)") whose shown count pins the teams in them: each of the k
    /// teams is known to have from 1 to minimum - 1, so a row showing n leaves each team between
    /// max(1, n - (k - 1)(minimum - 1)) and min(minimum - 1, n - (k - 1)); fewer values than the
    /// threshold is a finding. Every count column of the row is read the same way.
    static func mergedRows(_ html: String, minimum: Int, threshold: Int) -> [String] {
        guard minimum > 0 else { return [] }
        var found: [String] = []
        for table in tables(html) {
            for row in table.rows {
                guard let label = row.first, label.hasPrefix("Other teams ("),
                    let k = Int(label.dropFirst("Other teams (".count).prefix { $0.isNumber }), k > 1,
                    row.count > 1, let n = Int(row[1].replacingOccurrences(of: ",", with: ""))
                else { continue }
                let low = max(1, n - (k - 1) * (minimum - 1))
                let high = min(minimum - 1, n - (k - 1))
                if high - low + 1 < threshold {
                    found.append("\(table.caption): \(label) shows \(n), so each team has \(low) to \(high)")
                }
            }
        }
        return found
    }
}

extension PageAttack {
    /// A measure's monthly table set against its team table on the same public page, as a reader
    /// would: each month's counted and within, the months before the first as one unknown, each
    /// within no more than its counted, the months adding up to the team table's "All teams".
    /// Returns each suppressed small month cell (1 to `width`) whose range is narrower than
    /// `width` (so fewer than `width + 1` values are possible), using the internal page for the
    /// true values.
    static func trendRanges(public publicHTML: String, internal internalHTML: String, width: Double) -> [String] {
        let shown = tables(publicHTML)
        let truth = tables(internalHTML)
        var found: [String] = []
        for trend in shown {
            guard let range = trend.caption.range(of: ": by month "),
                let measure = shown.first(where: { $0.caption == String(trend.caption[..<range.lowerBound]) }),
                let total = measure.rows.last, total.first == "All teams", total.count >= 3,
                let actual = truth.first(where: { $0.caption == trend.caption })
            else { continue }
            let months = Array(trend.rows.dropFirst())
            let real = Array(actual.rows.dropFirst())
            guard months.count == real.count else { continue }
            // Variables: per month counted (3k), within (3k + 1), not within (3k + 2); then the
            // months before: counted, within, not within.
            let k = months.count
            var bounds = Array(repeating: LinearProgram.Bounds(lower: 0, upper: nil), count: 3 * k + 3)
            var equations: [LinearProgram.Equation] = []
            for group in 0...k {
                let base = 3 * group
                equations.append(.init(terms: [(base + 1, 1), (base + 2, 1), (base, -1)], constant: 0))
            }
            var targets: [(variable: Int, value: Double, label: String)] = []
            for (index, row) in months.enumerated() where row.count >= 3 {
                for (offset, column) in [(0, 1), (1, 2)] {
                    if let value = number(row[column]) {
                        bounds[3 * index + offset] = .init(lower: Double(value), upper: Double(value))
                    }
                }
                // The suppressed cells, and those not within (never shown) where one is: each a
                // target when it is a small count, which the threshold protects.
                guard row[1] == "c" || row[2] == "c", let n = number(real[index][1]), let w = number(real[index][2])
                else { continue }
                let cells = [
                    (3 * index, n, "\(row[0]) counted", row[1] == "c"),
                    (3 * index + 1, w, "\(row[0]) within", row[2] == "c"),
                    (3 * index + 2, n - w, "\(row[0]) not within", true),
                ]
                for (variable, value, label, hidden) in cells where hidden && value > 0 && Double(value) <= width {
                    targets.append((variable, Double(value), label))
                }
            }
            for (offset, column) in [(0, 1), (1, 2)] {
                guard let value = number(total[column]) else { continue }
                equations.append(
                    .init(
                        terms: (0...k).map { (3 * $0 + offset, 1.0) }, constant: Double(value)))
            }
            let program = LinearProgram(bounds: bounds, equations: equations)
            guard !targets.isEmpty,
                let ranges = program.narrowRanges(
                    of: targets.map { ($0.variable, $0.value) }, margin: width)
            else { continue }
            for (target, range) in zip(targets, ranges) {
                if let range, let upper = range.upper, upper - range.lower < width {
                    found.append(
                        "\(trend.caption): \(target.label) is between \(Int(range.lower)) and \(Int(upper))")
                }
            }
        }
        return found
    }
}
