import ArgumentParser
import Foundation
import ReadinessCore

/// Options shared by the commands that read a site's inputs.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder of CSV and YAML data.", valueName: "dir"))
    var data = "data"

    @Option(
        name: .long, help: ArgumentHelp("The folder of Markdown pages, layouts, partials and assets.", valueName: "dir")
    )
    var templates = "site-templates"

    // The value is taken whatever it looks like, so `--as-of -1` is "not a date", not "missing".
    @Option(
        name: .customLong("as-of"), parsing: .unconditional,
        help: ArgumentHelp(
            "The as-at date (YYYY-MM-DD or DD/MM/YYYY) that every 'overdue' and 'days since' is worked out from, or today or yesterday as the calendar stands in England (Europe/London). Defaults to as_at in settings.yaml; the clock is read only for today and yesterday.",
            valueName: "date"))
    var asOf: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who the site is for: internal (team names and small counts shown) or public (small counts suppressed). Defaults to audience in settings.yaml, else internal.",
            valueName: "internal|public"))
    var audience: Audience?

    @Option(
        name: .customLong("annex-a"),
        help: ArgumentHelp(
            "The folder holding the Annex A lists (list-N.csv or annex-a.xlsx), such as a protected share, instead of the data folder's annex-a/.",
            valueName: "dir"))
    var annexA: String?

    @Flag(
        name: .customLong("no-git-history"),
        help:
            "Do not read earlier meetings' data from the data folder's git history (snapshots folders are still read).")
    var noGitHistory = false

    /// The `git` program the library reads the data folder's history with: the first on PATH,
    /// unless turned off.
    var git: String? {
        guard !noGitHistory else { return nil }
        for folder in SystemCalls.pathFolders {
            let candidate = "\(folder)/git"
            if SystemCalls.isExecutable(candidate) { return candidate }
        }
        return nil
    }

    /// Refuses an impossible `--as-of`, and a blank folder name, before anything runs (exit status 2).
    func validate() throws {
        _ = try asAtDate()
        try Self.requireFolderName(data, option: "--data", instead: "leave it out to read data/")
        try Self.requireFolderName(templates, option: "--templates", instead: "leave it out to read site-templates/")
        if let annexA {
            try Self.requireFolderName(
                annexA, option: "--annex-a", instead: "leave it out to read the data folder's annex-a/")
        }
    }

    /// Refuses an empty or blank folder name: it would mean the current folder, or one named by spaces.
    static func requireFolderName(_ value: String, option: String, instead: String) throws {
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError(
                "\(option) needs a folder name, and '\(value)' is blank; name the folder, or \(instead)")
        }
    }

    /// The as-at date given, checked; `today` and `yesterday` from the clock (`AsOfDate`).
    func asAtDate(now: Date = AsOfDate.startedAt) throws -> CalendarDate? {
        guard let asOf else { return nil }
        switch AsOfDate.resolve(asOf, now: now) {
        case .success(let date): return date
        case .failure(.notADate):
            throw ValidationError(
                "--as-of '\(asOf)' is not a real date; write it as 2026-11-22, 22/11/2026 or 22 Nov 2026, or as today or yesterday"
            )
        case .failure(.noTimeZone):
            throw ValidationError(
                "--as-of \(asOf) needs England's time zone (\(AsOfDate.timeZoneName)), which this computer lacks; give the date itself, as 2026-11-22"
            )
        }
    }
}

extension Audience: ExpressibleByArgument {}
