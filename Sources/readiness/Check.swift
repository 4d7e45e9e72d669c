import ArgumentParser
import ReadinessCore

/// `readiness check`: validates data and templates, writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data and templates and report every problem, writing nothing.",
        discussion: """
            Renders the whole site in memory, so every problem the build would find is reported. \
            Exit status: 0 no errors (warnings may be printed), 1 errors in the inputs, 2 wrong usage. \
            --format github prints GitHub Actions annotations, which show on the pull request's lines.
            """)

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: ArgumentHelp("How to print diagnostics: text, json or github.", valueName: "format"))
    var format: DiagnosticFormat = .text

    func run() throws {
        var request = BuildRequest(
            dataFolder: inputs.data, templatesFolder: inputs.templates, outputFolder: "", asAt: try inputs.asAtDate(),
            audience: inputs.audience)
        request.git = inputs.git
        request.annexAFolder = inputs.annexA
        let result = SiteBuilder.render(request)
        let report = format.render(result.diagnostics)
        // JSON and GitHub annotations are read by programs from standard output; text is for people.
        if format != .text {
            FileHandleOutput.standardOutput(report.isEmpty ? "" : String(report.dropLast()))
        } else if !report.isEmpty {
            FileHandleOutput.standardError(String(report.dropLast()))
        }
        if result.diagnostics.hasErrors { throw ExitCode(1) }
        if format == .text {
            FileHandleOutput.standardOutput("No errors (\(DiagnosticPrinter.count(result.diagnostics))).")
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
