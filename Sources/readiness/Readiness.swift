import ArgumentParser
import ReadinessCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `readiness` command: parses arguments, calls ReadinessCore, prints diagnostics.
@main
struct Readiness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract:
            "Builds inspection-readiness pages for children's services from action plans, audits, caseloads and committee follow-ups.",
        discussion: """
            Exit status: 0 when the site was built, 1 when the data or templates have errors \
            (every one is listed, as file:line:column: error: message), 2 when the command is used wrongly.
            """,
        version: "0.1.0",
        subcommands: [Build.self],
        defaultSubcommand: nil)

    /// Runs the command with Readiness's exit statuses: usage errors are 2, not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandleOutput.standardError(message) }
            Glibc.exit(2)
        }
    }
}

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
            throw ValidationError("--as-of '\(asOf)' is not a real date; write it as 2026-11-22 or 22/11/2026")
        }
    }
}

/// `readiness build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data and templates and write the site.",
        discussion: "Nothing is written when there is an error: the previous site is left as it was.")

    @OptionGroup var inputs: InputOptions

    @Option(
        name: .long, help: ArgumentHelp("The folder the site is written to; replaced as a whole.", valueName: "dir"))
    var output = "_site"

    func run() throws {
        let request = BuildRequest(
            dataFolder: inputs.data, templatesFolder: inputs.templates, outputFolder: output,
            asAt: try inputs.asAtDate())
        let result = SiteBuilder.build(request)
        DiagnosticPrinter.print(result.diagnostics)
        if result.diagnostics.hasErrors {
            FileHandleOutput.standardError(
                "readiness: the site was not built (\(DiagnosticPrinter.count(result.diagnostics))); \(output)/ is unchanged"
            )
            throw ExitCode(1)
        }
        let pages = result.files.filter { $0.path.hasSuffix(".html") }.count
        let asAt = result.asAt.map { " as at \($0.long)" } ?? ""
        FileHandleOutput.standardOutput(
            "Built \(pages) page\(pages == 1 ? "" : "s")\(asAt) into \(output)/. Open \(output)/index.html in a browser."
        )
    }
}
