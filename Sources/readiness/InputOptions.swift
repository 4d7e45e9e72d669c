import ArgumentParser
import ReadinessCore

/// Options shared by the commands that read a site's inputs.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of CSV and YAML data.", valueName: "dir"))
    var data = "data"

    @Option(
        name: .long, help: ArgumentHelp("The folder of Markdown pages, layouts, partials and assets.", valueName: "dir")
    )
    var templates = "site-templates"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "The as-at date (YYYY-MM-DD or DD/MM/YYYY) that every 'overdue' and 'days since' is worked out from. Defaults to as_at in settings.yaml; never the clock.",
            valueName: "date"))
    var asOf: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who the site is for: internal (team names and small counts shown) or public (small counts suppressed). Defaults to audience in settings.yaml, else internal.",
            valueName: "internal|public"))
    var audience: Audience?

    /// Refuses an impossible `--as-of` before anything runs (exit status 2).
    func validate() throws {
        _ = try asAtDate()
    }

    /// The as-at date given, checked.
    func asAtDate() throws -> CalendarDate? {
        guard let asOf else { return nil }
        switch CalendarDate.parse(asOf) {
        case .success(let date): return date
        case .failure:
            throw ValidationError(
                "--as-of '\(asOf)' is not a real date; write it as 2026-11-22, 22/11/2026 or 22 Nov 2026")
        }
    }
}

extension Audience: ExpressibleByArgument {}
