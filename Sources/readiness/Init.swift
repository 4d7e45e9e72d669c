import ArgumentParser
import ReadinessCore

/// `readiness init DIR`: scaffolds a new site.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Create a new site in a folder: sample data (or, with --blank, none), templates, settings, docs and CI workflows, ready to build."
    )

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var folder: String

    @Flag(
        name: .long,
        help: "Start with no sample figures: settings with a placeholder name, each data file with only its header row."
    )
    var blank = false

    func run() throws {
        switch SiteScaffold.create(in: folder, blank: blank) {
        case .success(let files):
            FileHandleOutput.standardOutput(
                "Created \(files.count) files in \(folder)/. Next: cd \(folder) && readiness build, then open _site/index.html."
            )
        case .failure(let failure):
            FileHandleOutput.standardError("readiness: \(failure.message)")
            throw ExitCode(1)
        }
    }
}
