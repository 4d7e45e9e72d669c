import ReadinessModel

/// The print header and footer on every printed page: the council, the page and the as-at
/// date, and "Page N of M", with CSS page margin boxes.
enum PrintStyle {
    static func header(council: String, page: String, asAt: CalendarDate) -> String {
        let left = Escaping.cssString(council)
        let right = Escaping.cssString("\(page), as at \(asAt.long)")
        let font = "font-family: Arial, Helvetica, sans-serif; font-size: 9pt; color: #0b0c0c;"
        return "<style media=\"print\">@page { @top-left { content: \"\(left)\"; \(font) } "
            + "@top-right { content: \"\(right)\"; \(font) } "
            + "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); \(font) } }</style>"
    }
}
