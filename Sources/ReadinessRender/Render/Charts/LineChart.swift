import ReadinessModel

/// A line chart of a measure over months, one line per series, labelled at the line's end.
struct LineChart {
    struct Series {
        var name: String
        /// One value per category; nil where there is none (the line breaks).
        var values: [Double?]
        /// The data table's text for each category, where a value is missing for a reason (`c`,
        /// `x`, `z`); the value to one decimal place if nil.
        var texts: [String]? = nil
    }

    var id: String
    var title: String
    var description: String
    var categories: [String]
    var series: [Series]
    var valueName: String
    /// A dashed reference line, e.g. the caseload threshold.
    var reference: (value: Double, label: String)?
    var width = 720
    var height = 320

    var html: String {
        let left = 48.0
        let right = 190.0
        let top = 16.0
        let bottom = 40.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let values = series.flatMap { $0.values.compactMap { $0 } } + [reference?.value ?? 0]
        let step = ChartStyle.step(for: values.max() ?? 1)
        let maximum = max(step, ((values.max() ?? 0) / step).rounded(.up) * step)
        func x(_ i: Int) -> Double {
            categories.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(i) / Double(categories.count - 1)
        }
        func y(_ v: Double) -> Double { top + plotHeight * (1 - v / maximum) }

        var svg = ChartStyle.svgOpen(id: id, width: width, height: height, title: title, description: description)
        svg += "<g class=\"chart__axis\" font-size=\"12\" fill=\"#0b0c0c\">"
        var tick = 0.0
        while tick <= maximum + step / 1000 {
            svg +=
                "<line x1=\"\(ChartStyle.n(left))\" x2=\"\(ChartStyle.n(left + plotWidth))\" y1=\"\(ChartStyle.n(y(tick)))\" y2=\"\(ChartStyle.n(y(tick)))\" stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
            svg +=
                "<text x=\"\(ChartStyle.n(left - 6))\" y=\"\(ChartStyle.n(y(tick) + 4))\" text-anchor=\"end\">\(ChartStyle.n(tick))</text>"
            tick += step
        }
        // Label every k-th month counting back from the latest, so the latest is always labelled.
        let labelEvery = max(1, (categories.count + 5) / 6)
        for (i, label) in categories.enumerated() where (categories.count - 1 - i) % labelEvery == 0 {
            svg +=
                "<text x=\"\(ChartStyle.n(x(i)))\" y=\"\(ChartStyle.n(top + plotHeight + 18))\" text-anchor=\"middle\">\(Escaping.html(label))</text>"
        }
        svg += "</g>\n"
        var labelYs: [Double] = []
        if let reference {
            labelYs.append(y(reference.value) + 4)
            svg +=
                "<line x1=\"\(ChartStyle.n(left))\" x2=\"\(ChartStyle.n(left + plotWidth))\" y1=\"\(ChartStyle.n(y(reference.value)))\" y2=\"\(ChartStyle.n(y(reference.value)))\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
            svg +=
                "<text x=\"\(ChartStyle.n(left + plotWidth + 6))\" y=\"\(ChartStyle.n(y(reference.value) + 4))\" font-size=\"12\" fill=\"#0b0c0c\">\(Escaping.html(reference.label))</text>\n"
        }
        for (index, s) in series.enumerated() {
            let colour = ChartStyle.colours[index % ChartStyle.colours.count]
            let dash = ChartStyle.dashes[index % ChartStyle.dashes.count]
            let marker = ChartStyle.Marker.allCases[index % ChartStyle.Marker.allCases.count]
            var path = ""
            var penDown = false
            for (i, value) in s.values.enumerated() {
                guard let value else {
                    penDown = false
                    continue
                }
                path += "\(penDown ? "L" : "M")\(ChartStyle.n(x(i))) \(ChartStyle.n(y(value)))"
                penDown = true
            }
            svg +=
                "<g><path d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\"\(dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\"")/>"
            for (i, value) in s.values.enumerated() {
                if let value { svg += marker.svg(x: x(i), y: y(value), colour: colour) }
            }
            if let lastIndex = s.values.lastIndex(where: { $0 != nil }), let last = s.values[lastIndex] {
                // Label the line at its end, nudged apart from labels already placed.
                var labelY = y(last) + 4
                while labelYs.contains(where: { abs($0 - labelY) < 13 }) { labelY += 13 }
                labelYs.append(labelY)
                svg +=
                    "<text x=\"\(ChartStyle.n(left + plotWidth + 10))\" y=\"\(ChartStyle.n(labelY))\" font-size=\"12\" fill=\"\(colour)\">\(Escaping.html(s.name)) \(NumberFormat.decimal(last))</text>"
            }
            svg += "</g>\n"
        }
        svg += "</svg>\n"

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
        return ChartStyle.figure(id: id, title: title, description: description, svg: svg, table: table.html)
    }
}
