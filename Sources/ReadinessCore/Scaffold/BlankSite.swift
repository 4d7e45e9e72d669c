import Foundation
import ReadinessInput

/// The data of `readiness init --blank`: no sample figures, only what a build needs to start:
/// settings with a placeholder for the council's name, each table with its header row (from the
/// tables' declarations, so headings never drift from what the loaders read), and minimal
/// themes, inspections and committees.
enum BlankSite {
    /// The blank data files, by path inside the new site.
    static var dataFiles: [(path: String, text: String)] {
        [
            ("data/settings.yaml", settings), ("data/themes.yaml", themes), ("data/inspections.yaml", inspections),
            ("data/committees.yaml", committees),
        ] + DataFiles.tables.map { ("data/" + $0.name, header($0)) }
    }

    /// A table's header row: each declared column's heading, quoted where CSV needs it.
    static func header(_ file: DataFileDeclaration) -> String {
        file.columns.map { column in
            let name = column.name
            return name.contains(",") || name.contains("\"")
                ? "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : name
        }.joined(separator: ",") + "\n"
    }

    static let settings = """
        # Site settings for Readiness. See docs/configuration.md beside this folder.
        # Write your council's name here: it is shown in every page header.
        council: Your Council
        site_title: Children's services inspection readiness
        # The date every "overdue" and "days since" is worked out from. Change it to the date your
        # figures are as at; `readiness build --as-of 2026-12-01` overrides it for one build.
        as_at: 2026-01-01

        # Your logo, colours and menu order (docs/configuration.md, "Logo, colours and menu"):
        # logo:
        #   file: logo.svg          # an image in this data folder
        #   alt: Your Council
        # brand:
        #   primary: "#1d70b8"
        #   link: "#1d70b8"
        # menu: [index]

        # Timeliness measures are worked out from the child-level (Annex A) lists in annex-a/:
        # see docs/indicators.md, and docs/data-format.md, "Annex A lists from a protected store".
        # timeliness:
        #   - check: assessments
        #     standard: 45 working days
        #     theme: help-and-protection

        """

    static let themes = """
        # Inspection frameworks and their themes: each theme gets a page. See docs/data-format.md.
        frameworks:
          - id: ilacs
            name: ILACS
            title: Inspecting local authority children's services (Ofsted)

        themes:
          - id: leaders
            framework: ilacs
            name: The impact of leaders on social work practice with children and families
            short_name: Leaders
            summary: How well leaders know their services, manage the workforce and improve practice.
            service_areas: all

        """

    static let inspections = """
        # Inspections and visits whose recommendations the action plan answers. See docs/data-format.md.
        inspections: []

        """

    static let committees = """
        # Committees and their meeting dates. See docs/data-format.md.
        committees: []

        """
}
