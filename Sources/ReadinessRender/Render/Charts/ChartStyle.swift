import ReadinessModel

/// Colours, dash patterns and number formatting shared by the charts.
///
/// Every colour has at least 3:1 contrast with white (WCAG 1.4.11), and no chart relies on
/// colour alone: lines also differ by dash pattern and marker and are labelled at their ends;
/// bar segments carry their numbers and a text legend.
enum ChartStyle {
    /// Series colours with their contrast against white.
    static let colours = [
        "#1d70b8",  // blue, 5.2:1
        "#d4351c",  // red, 4.5:1
        "#00703c",  // green, 6.0:1
        "#4c2c92",  // purple, 10.9:1
        "#505a5f",  // dark grey, 7.0:1
        "#d53880",  // pink, 4.3:1
        "#6f4e00",  // brown, 8.2:1
        "#0b0c0c",  // black, 20.0:1
    ]

    /// Stroke dash patterns, one per series, so lines differ without colour.
    static let dashes = ["", "8 4", "2 3", "10 3 2 3", "4 4", "1 5", "12 6", "6 2 2 2"]

    /// Marker shapes, one per series.
    enum Marker: CaseIterable {
        case circle, square, triangle, diamond

        func svg(x: Double, y: Double, colour: String) -> String {
            let (cx, cy) = (ChartStyle.n(x), ChartStyle.n(y))
            switch self {
            case .circle: return "<circle cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.5\" fill=\"\(colour)\"/>"
            case .square:
                return
                    "<rect x=\"\(ChartStyle.n(x - 3.5))\" y=\"\(ChartStyle.n(y - 3.5))\" width=\"7\" height=\"7\" fill=\"\(colour)\"/>"
            case .triangle:
                return
                    "<path d=\"M\(cx) \(ChartStyle.n(y - 4.5))L\(ChartStyle.n(x + 4.5)) \(ChartStyle.n(y + 3.5))L\(ChartStyle.n(x - 4.5)) \(ChartStyle.n(y + 3.5))Z\" fill=\"\(colour)\"/>"
            case .diamond:
                return
                    "<path d=\"M\(cx) \(ChartStyle.n(y - 5))L\(ChartStyle.n(x + 5)) \(cy)L\(cx) \(ChartStyle.n(y + 5))L\(ChartStyle.n(x - 5)) \(cy)Z\" fill=\"\(colour)\"/>"
            }
        }
    }

    /// A coordinate with at most one decimal place, the same on every machine.
    static func n(_ value: Double) -> String {
        let text = NumberFormat.decimal(value, places: 1)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// An id safe for HTML attributes, from a readable name.
    static func id(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        return out.trimmingCharacters(in: "-")
    }

    /// A round step for an axis from 0 to `maximum`, giving about five gridlines.
    static func step(for maximum: Double) -> Double {
        guard maximum > 0 else { return 1 }
        let raw = maximum / 5
        var magnitude = 1.0
        while magnitude * 10 <= raw { magnitude *= 10 }
        while magnitude > raw { magnitude /= 10 }
        for multiple in [1.0, 2.0, 2.5, 5.0, 10.0] where magnitude * multiple >= raw { return magnitude * multiple }
        return magnitude * 10
    }

    /// A chart inside a figure, with its title and description for screen readers and its
    /// data table behind a disclosure.
    static func figure(
        id: String, title: String, description: String = "", svg: String, table: String, className: String = "chart"
    ) -> String {
        "<figure class=\"\(className)\" id=\"\(id)\">\n"
            + "<figcaption class=\"chart__title\">\(Escaping.html(title))</figcaption>\n" + svg
            + "<details class=\"chart__data\"><summary>Show the data for this chart</summary>\n\(table)</details>\n"
            + "</figure>\n"
    }

    /// The opening of an accessible SVG: role, labels, title and description.
    static func svgOpen(id: String, width: Int, height: Int, title: String, description: String) -> String {
        "<svg class=\"chart__svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
            + "aria-labelledby=\"\(id)-t \(id)-d\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-t\">\(Escaping.html(title))</title><desc id=\"\(id)-d\">\(Escaping.html(description))</desc>\n"
    }
}

extension String {
    /// The string without leading and trailing runs of a character.
    func trimmingCharacters(in character: Character) -> String {
        var s = Substring(self)
        while s.first == character { s = s.dropFirst() }
        while s.last == character { s = s.dropLast() }
        return String(s)
    }
}
