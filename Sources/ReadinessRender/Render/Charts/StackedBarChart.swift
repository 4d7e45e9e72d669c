/// Horizontal stacked bars: one bar per row, one segment per part, numbers in the segments and
/// a legend in words.
struct StackedBarChart {
    struct Bar {
        var label: String
        var values: [Int]
    }

    var id: String
    var title: String
    var description: String
    /// The parts each bar is split into, in order, e.g. Outstanding, Good...
    var parts: [String]
    /// A colour per part.
    var colours: [String]
    var bars: [Bar]
    /// What the data table shows per bar and part, when it differs from the drawn values (a
    /// public build shows `c` for suppressed grades); nil shows the values.
    var tableValues: [[String]]? = nil
    /// Each bar's total as it may be shown (`c` when suppressed); the sum of its values if nil.
    var totals: [String]? = nil
    /// Notes under the data table.
    var notes: [String] = []
    var width = 720

    var html: String {
        let left = 200.0
        let right = 20.0
        let barHeight = 28.0
        let gap = 14.0
        let legendHeight = 30.0
        let height = Int(legendHeight + Double(bars.count) * (barHeight + gap) + 8)
        let plotWidth = Double(width) - left - right
        let maximum = max(1, bars.map { $0.values.reduce(0, +) }.max() ?? 1)

        var svg = ChartStyle.svgOpen(id: id, width: width, height: height, title: title, description: description)
        // Legend: a swatch and the part's name, in words.
        var legendX = left
        for (index, part) in parts.enumerated() {
            svg +=
                "<rect x=\"\(ChartStyle.n(legendX))\" y=\"6\" width=\"14\" height=\"14\" fill=\"\(colours[index])\"/>"
            svg +=
                "<text x=\"\(ChartStyle.n(legendX + 19))\" y=\"18\" font-size=\"12\" fill=\"#0b0c0c\">\(Escaping.html(part))</text>"
            legendX += 26 + Double(part.count) * 6.6
        }
        for (row, bar) in bars.enumerated() {
            let y = legendHeight + Double(row) * (barHeight + gap)
            svg +=
                "<text x=\"\(ChartStyle.n(left - 8))\" y=\"\(ChartStyle.n(y + barHeight / 2 + 4))\" text-anchor=\"end\" font-size=\"13\" fill=\"#0b0c0c\">\(Escaping.html(bar.label))</text>"
            var x = left
            for (index, value) in bar.values.enumerated() where value > 0 {
                let w = plotWidth * Double(value) / Double(maximum)
                svg +=
                    "<rect x=\"\(ChartStyle.n(x))\" y=\"\(ChartStyle.n(y))\" width=\"\(ChartStyle.n(w))\" height=\"\(ChartStyle.n(barHeight))\" fill=\"\(colours[index])\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>"
                if w >= 22 {
                    svg +=
                        "<text x=\"\(ChartStyle.n(x + w / 2))\" y=\"\(ChartStyle.n(y + barHeight / 2 + 4))\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"#ffffff\">\(value)</text>"
                }
                x += w
            }
            svg +=
                "<text x=\"\(ChartStyle.n(x + 6))\" y=\"\(ChartStyle.n(y + barHeight / 2 + 4))\" font-size=\"12\" fill=\"#0b0c0c\">\(total(row, plain: true))</text>"
        }
        svg += "</svg>\n"

        let tableParts = tableValues.map { parts.prefix($0.first?.count ?? parts.count) } ?? parts[...]
        var table = HTMLTable(
            caption: "Data for: \(title)",
            columns: [.init(heading: " ")] + tableParts.map { .init(heading: $0, numeric: true) } + [
                .init(heading: "Total", numeric: true)
            ], rowHeaders: true)
        for (index, bar) in bars.enumerated() {
            let cells = tableValues?[index] ?? bar.values.map(String.init)
            table.rows.append([Escaping.html(bar.label)] + cells + [total(index, plain: false)])
        }
        table.notes = notes
        return ChartStyle.figure(id: id, title: title, description: description, svg: svg, table: table.html)
    }
}

extension StackedBarChart {
    /// A bar's total as shown: given, or the sum of its values. In SVG text the symbol is plain.
    func total(_ index: Int, plain: Bool) -> String {
        guard let totals else { return String(bars[index].values.reduce(0, +)) }
        return plain && totals[index] == HTMLBlocks.suppressedSymbol ? "c" : totals[index]
    }
}

/// A small line of a recommendation's score history, with the scores in words for screen readers.
struct Sparkline {
    var scores: [Int]
    var label: String

    var html: String {
        guard scores.count >= 2 else { return "" }
        let width = 80.0
        let height = 22.0
        func x(_ i: Int) -> Double { 3 + (width - 6) * Double(i) / Double(scores.count - 1) }
        // 1 (achieved) is drawn at the top, so up is better.
        func y(_ s: Int) -> Double { 3 + (height - 6) * Double(s - 1) / 4 }
        let path = scores.enumerated().map {
            "\($0.offset == 0 ? "M" : "L")\(ChartStyle.n(x($0.offset))) \(ChartStyle.n(y($0.element)))"
        }
        .joined()
        let last = scores.count - 1
        return
            "<svg class=\"sparkline\" viewBox=\"0 0 80 22\" width=\"80\" height=\"22\" role=\"img\" aria-label=\"\(Escaping.html(label))\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<path d=\"\(path)\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/>"
            + "<circle cx=\"\(ChartStyle.n(x(last)))\" cy=\"\(ChartStyle.n(y(scores[last])))\" r=\"3\" fill=\"#0b0c0c\"/></svg>"
    }
}
