/// What a figure means, declared beside the code that works it out: one row of a reference table
/// in docs/indicators.md (`FigureReference` makes the tables; a test keeps the doc equal to them).
///
/// A row is the figure's name (the table's first column), any columns between, and its
/// definition (the last column), each Markdown as the doc shows it. A figure may also name the
/// settings.yaml keys it depends on and the template names that show it, which tests check
/// against the settings reader and the template declarations; neither is printed.
package struct FigureDefinition: Sendable, Equatable {
    /// The figure as the table's first column names it, e.g. `overdue` or `Due soon`.
    package let name: String
    /// The columns between the name and the definition, for tables that have them (a rating's
    /// colour; a timeliness check's list and population); empty for `| figure | definition |`.
    package let details: [String]
    /// How it is worked out, as the table's last column gives it.
    package let definition: String
    /// The settings.yaml keys it depends on, dotted from the top: `rag.due_soon_days`.
    package let settings: [String]
    /// The template names that show it, dotted from a page's names: `theme.counts.overdue`.
    package let templateNames: [String]

    /// A figure of a two-column table.
    package init(_ name: String, _ definition: String, settings: [String] = [], templates: [String] = []) {
        self.init(name, details: [], definition, settings: settings, templates: templates)
    }

    /// A figure of a table with columns between the name and the definition.
    package init(
        _ name: String, details: [String], _ definition: String, settings: [String] = [], templates: [String] = []
    ) {
        self.name = name
        self.details = details
        self.definition = definition
        self.settings = settings
        self.templateNames = templates
    }

    /// The row's cells, first column to last.
    package var cells: [String] { [name] + details + [definition] }
}
