import ArgumentParser
import Dispatch
import ReadinessCore

/// `readiness build`.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data and templates and write the site.",
        discussion: "Nothing is written when there is an error: the previous site is left as it was.")

    @OptionGroup var inputs: InputOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder the site is written to; the site in it is replaced, files you added are kept.",
            valueName: "dir"))
    var output = "_site"

    /// Refuses a blank output folder name before anything runs.
    func validate() throws {
        try InputOptions.requireFolderName(output, option: "--output", instead: "leave it out to write _site/")
    }

    @Flag(name: .long, help: "Remove the files you added to the output folder, rather than keeping them.")
    var replace = false

    @Flag(name: .long, help: "Also write each page as one self-contained HTML file (styles inlined) under standalone/.")
    var standalone = false

    @Flag(name: .long, help: "Print how long each stage took, on standard error.")
    var timings = false

    func run() throws {
        let result = try Build.run(
            inputs: inputs, output: output, standalone: standalone, replace: replace, timed: timings)
        for (stage, nanoseconds) in result.timings {
            FileHandleOutput.standardError(
                "\(stage): \(nanoseconds / 1_000_000).\(String(nanoseconds / 100_000 % 10)) ms")
        }
        let pages = result.files.filter { $0.path.hasSuffix(".html") && !$0.path.contains("/") }.count
        let asAt = result.asAt.map { " as at \($0.long)" } ?? ""
        FileHandleOutput.standardOutput(
            "Built \(pages) page\(pages == 1 ? "" : "s")\(asAt) into \(output)/. Open \(output)/index.html in a browser."
        )
    }

    /// Builds and writes the site, printing diagnostics; throws exit status 1 on errors.
    static func run(
        inputs: InputOptions, output: String, standalone: Bool, replace: Bool = false, timed: Bool = false,
        finish: (@Sendable (String) -> Result<[String], SiteWriter.Failure>)? = nil
    ) throws -> BuildResult {
        var request = BuildRequest(
            dataFolder: inputs.data, templatesFolder: inputs.templates, outputFolder: output,
            asAt: try inputs.asAtDate(),
            standalone: standalone, audience: inputs.audience)
        request.git = inputs.git
        request.annexAFolder = inputs.annexA
        request.replaceAddedFiles = replace
        request.waitingForOutput = {
            FileHandleOutput.standardError(
                "readiness: another build is writing to \(output)/; waiting for it to finish (Ctrl-C to stop)")
        }
        request.finishStaging = finish
        if timed { request.stopwatch = { DispatchTime.now().uptimeNanoseconds } }
        let result = SiteBuilder.build(request)
        DiagnosticPrinter.print(result.diagnostics)
        if result.diagnostics.hasErrors {
            FileHandleOutput.standardError(
                "readiness: the site was not built (\(DiagnosticPrinter.count(result.diagnostics))); \(output)/ is unchanged"
            )
            throw ExitCode(1)
        }
        return result
    }
}
