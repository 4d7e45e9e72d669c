import ArgumentParser
import Foundation
import ReadinessCore

/// `readiness check`: validates data and templates, writing nothing.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data and templates and report every problem, writing nothing.",
        discussion: """
            Renders the whole site in memory, so every problem the build would find is reported; \
            without --audience, for both the internal and the public site. \
            Exit status: 0 no errors (warnings may be printed), 1 errors in the inputs, 2 wrong usage. \
            --format github prints GitHub Actions annotations, which show on the pull request's lines; \
            --format codequality prints GitLab's Code Quality report, which shows on the merge request \
            (its paths are relative to $CI_PROJECT_DIR when set, else to the current folder).
            """)

    @OptionGroup var inputs: InputOptions

    @Option(
        name: .long,
        help: ArgumentHelp("How to print diagnostics: text, json, github or codequality.", valueName: "format"))
    var format: DiagnosticFormat = .text

    func run() throws {
        var request = BuildRequest(
            dataFolder: inputs.data, templatesFolder: inputs.templates, outputFolder: "", asAt: try inputs.asAtDate(),
            audience: inputs.audience)
        request.git = inputs.git
        request.annexAFolder = inputs.annexA
        let diagnostics = SiteBuilder.check(request)
        let report = format.render(diagnostics, paths: Check.repositoryPaths())
        // JSON, GitHub annotations and the Code Quality report are read by programs from standard output; text is for people.
        if format != .text {
            FileHandleOutput.standardOutput(report.isEmpty ? "" : String(report.dropLast()))
        } else if !report.isEmpty {
            FileHandleOutput.standardError(String(report.dropLast()))
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
        if format == .text {
            FileHandleOutput.standardOutput("No errors (\(DiagnosticPrinter.count(diagnostics))).")
        }
    }

    /// Where the Code Quality report's paths start from: GitLab's checkout (`CI_PROJECT_DIR`),
    /// else the current folder, taken as the repository's root.
    static func repositoryPaths(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) -> RepositoryPaths {
        let root = environment["CI_PROJECT_DIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? currentDirectory
        return RepositoryPaths(workingDirectory: currentDirectory, root: root)
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}
