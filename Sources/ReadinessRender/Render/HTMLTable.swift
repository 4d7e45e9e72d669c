/// Builds an accessible data table: a caption, column headers with scope, row headers where
/// given, and numbers right-aligned. Cell content is HTML already escaped by the caller.
/// A table with `tools` is marked for the internal site's filtering and sorting script
/// (`assets/tables.js`): `data-table-tools` on the table, `data-filter` on the columns readers
/// may filter by, and `data-sort` on cells whose order is not their text (dates, numbers).
struct HTMLTable {
    struct Column {
        var heading: String
        var numeric = false
        /// Readers may filter the rows by this column's values (with `tools`).
        var filter = false
    }

    var caption: String
    var columns: [Column]
    var rows: [[String]] = []
    /// The first cell of each row is a row header.
    var rowHeaders = false
    var footer: [String]?
    var className = "table"
    /// Notes printed under the table, such as what `c` means.
    var notes: [String] = []
    /// Marks the table for filtering and sorting on the internal site.
    var tools = false
    /// Each row's sort keys by column, written as `data-sort` where not nil (with `tools`).
    var sortKeys: [[String?]] = []

    /// The caption's id, which names the scrolling region: made from the caption's words.
    var captionID: String {
        let words = ChartStyle.id(caption)
        return words.isEmpty ? "table-caption" : "table-" + words
    }

    var html: String {
        // A wide table scrolls inside its own region on a narrow screen; the region is named by
        // the caption and can take focus, so a keyboard can scroll it (axe: scrollable-region-focusable).
        var out =
            "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"\(captionID)\" tabindex=\"0\">"
            + "<table class=\"\(className)\"\(tools ? " data-table-tools" : "")>\n"
            + "<caption id=\"\(captionID)\">\(Escaping.html(caption))</caption>\n<thead><tr>"
        for column in columns {
            out +=
                "<th scope=\"col\"\(column.numeric ? " class=\"num\"" : "")\(tools && column.filter ? " data-filter" : "")>"
            out += "\(Escaping.html(column.heading))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            out += self.row(row, sortKeys: tools && index < sortKeys.count ? sortKeys[index] : [])
        }
        out += "</tbody>\n"
        if let footer { out += "<tfoot>\n" + self.row(footer, sortKeys: []) + "</tfoot>\n" }
        out += "</table></div>\n"
        for note in notes { out += "<p class=\"table-note\">\(Escaping.html(note))</p>\n" }
        return out
    }

    private func row(_ cells: [String], sortKeys: [String?]) -> String {
        var out = "<tr>"
        for (index, cell) in cells.enumerated() {
            let numeric = index < columns.count && columns[index].numeric
            var attr = numeric ? " class=\"num\"" : ""
            if index < sortKeys.count, let key = sortKeys[index] { attr += " data-sort=\"\(Escaping.html(key))\"" }
            if index == 0 && rowHeaders {
                out += "<th scope=\"row\"\(attr)>\(cell)</th>"
            } else {
                out += "<td\(attr)>\(cell)</td>"
            }
        }
        return out + "</tr>\n"
    }
}

extension HTMLBlocks {
    /// A table with one row per item, or, when there are none, a sentence saying so: every
    /// listing block (actions, recommendations, moved due dates, follow-ups) is drawn by it.
    /// Given `sortKeys`, the table is marked for filtering and sorting (`HTMLTable.tools`).
    /// `none` is Readiness's own words (a `StaticString`, so never data) and is not escaped.
    static func listing<Item>(
        _ items: [Item], none: StaticString, caption: String, columns: [HTMLTable.Column], rowHeaders: Bool = true,
        className: String = "table", sortKeys: ((Item) -> [String?])? = nil, row: (Item) -> [String]
    ) -> String {
        guard !items.isEmpty else { return emptyNote(none) }
        var table = HTMLTable(caption: caption, columns: columns, rowHeaders: rowHeaders, className: className)
        table.rows = items.map(row)
        if let sortKeys {
            table.tools = true
            table.sortKeys = items.map(sortKeys)
        }
        return table.html
    }

    /// A sentence saying a block has nothing to show, in Readiness's own words.
    static func emptyNote(_ text: StaticString) -> String {
        "<p class=\"empty\">\(text)</p>\n"
    }
}
