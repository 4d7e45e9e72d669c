import ReadinessModel

/// Small multiples: one small line chart per series, all on the same scale, each with the
/// reference line and its latest value labelled, so each team reads on its own and teams
/// compare by position. One data table for them all sits behind a disclosure.
struct SmallMultiples {
    var id: String
    var title: String
    var categories: [String]
    var series: [ChartSeries]
    /// Each series' latest value: the label at the line's end as the data table shows it
    /// (`17.5`, `c`, `z`) and the words for its description ("17.5", "suppressed").
    var latest: [(label: String, words: String)]
    var valueName: String
    /// A dashed reference line, e.g. the caseload threshold.
    var reference: (value: Double, label: String)?
    var width = 240
    var height = 140

    /// The one scale every small chart shares: from 0 to a round number above every value
    /// and the reference line.
    var maximum: Double {
        let values = series.flatMap { $0.values.compactMap { $0 } } + [reference?.value ?? 0]
        let step = ChartStyle.step(for: values.max() ?? 1)
        return max(step, ((values.max() ?? 0) / step).rounded(.up) * step)
    }

    var html: String {
        let maximum = maximum
        var out = "<ul class=\"multiples\">\n"
        for (index, s) in series.enumerated() {
            let chartID = "\(id)-\(index + 1)"
            let (label, words) = index < latest.count ? latest[index] : ("x", "not available")
            var description =
                "\(s.name): \(valueName.lowercased()) from \(categories.first ?? "") to \(categories.last ?? ""), on a scale of 0 to \(ChartStyle.n(maximum)); latest \(words)."
            if let reference { description += " \(reference.label)." }
            out +=
                "<li class=\"multiple\"><p class=\"multiple__name\" aria-hidden=\"true\">\(Escaping.html(s.name))</p>"
            out += chart(s, id: chartID, description: description, latest: label, maximum: maximum)
            out += "</li>\n"
        }
        out += "</ul>\n"
        let note =
            "One chart per team, each on the same scale from 0 to \(ChartStyle.n(maximum))"
            + (reference.map { "; the dashed line is the \($0.label.lowercased())" } ?? "")
            + "; the figure at the end of each line is the latest month's."
        out += "<p class=\"chart__note\">\(Escaping.html(note))</p>\n"

        var table = HTMLTable(
            caption: "Data for: \(title)",
            columns: [.init(heading: "Month")] + series.map { .init(heading: $0.name, numeric: true) }, rowHeaders: true
        )
        for (i, category) in categories.enumerated() {
            table.rows.append(
                [Escaping.html(category)]
                    + series.map { s in
                        if let texts = s.texts, i < texts.count { return texts[i] }
                        return i < s.values.count ? HTMLBlocks.decimal(s.values[i]) : HTMLBlocks.notAvailable
                    })
        }
        return ChartStyle.figure(id: id, title: title, svg: out, table: table.html, className: "chart chart--multiples")
    }

    /// One small chart: the series' line with markers, the shared axis, the reference line and
    /// the latest value at the line's end.
    private func chart(_ s: ChartSeries, id: String, description: String, latest: String, maximum: Double)
        -> String
    {
        let left = 30.0
        let right = 44.0
        let top = 10.0
        let bottom = 22.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        func x(_ i: Int) -> Double {
            categories.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(categories.count - 1)
        }
        func y(_ v: Double) -> Double { top + plotHeight * (1 - v / maximum) }
        let n = ChartStyle.n
        var svg = ChartStyle.svgOpen(id: id, width: width, height: height, title: s.name, description: description)
        svg += "<g class=\"chart__axis\" font-size=\"11\" fill=\"#0b0c0c\">"
        for tick in [0, maximum] {
            svg +=
                "<line x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(y(tick)))\" y2=\"\(n(y(tick)))\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            svg +=
                "<text class=\"multiple__scale\" x=\"\(n(left - 4))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\">\(n(tick))</text>"
        }
        if let first = categories.first, let last = categories.last {
            svg +=
                "<text x=\"\(n(x(0)))\" y=\"\(n(top + plotHeight + 16))\" text-anchor=\"start\">\(Escaping.html(first))</text>"
            if categories.count > 1 {
                svg +=
                    "<text x=\"\(n(x(categories.count - 1)))\" y=\"\(n(top + plotHeight + 16))\" text-anchor=\"end\">\(Escaping.html(last))</text>"
            }
        }
        svg += "</g>\n"
        if let reference {
            svg +=
                "<line class=\"multiple__threshold\" x1=\"\(n(left))\" x2=\"\(n(left + plotWidth))\" y1=\"\(n(y(reference.value)))\" y2=\"\(n(y(reference.value)))\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\"/>\n"
        }
        let colour = ChartStyle.colours[0]
        var path = ""
        var penDown = false
        for (i, value) in s.values.enumerated() {
            guard let value else {
                penDown = false
                continue
            }
            path += "\(penDown ? "L" : "M")\(n(x(i))) \(n(y(value)))"
            penDown = true
        }
        svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
        for (i, value) in s.values.enumerated() {
            if let value { svg += ChartStyle.Marker.circle.svg(x: x(i), y: y(value), colour: colour) }
        }
        // The latest value beside the last point drawn, or at the right edge when it is not drawn.
        let lastIndex = s.values.lastIndex { $0 != nil }
        let labelY = lastIndex.flatMap { s.values[$0] }.map { y($0) + 4 } ?? top + plotHeight / 2
        svg +=
            "<text class=\"multiple__latest\" x=\"\(n(left + plotWidth + 4))\" y=\"\(n(labelY))\" font-size=\"12\" font-weight=\"700\" fill=\"#0b0c0c\">\(Escaping.html(latest))</text>\n"
        return svg + "</svg>\n"
    }
}
