import ArgumentParser
import ReadinessCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `readiness pdf`: builds the site, then prints each page and the agenda pack to PDF.
struct PDF: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, then print each page and the agenda pack to PDF with headless Chromium.",
        discussion: """
            PDFs go in OUTPUT/pdf/: one per page (the overview, each theme, the follow-ups) and \
            agenda-pack.pdf with a contents page. They are A4, tagged, and titled from the page. \
            Needs Chromium: on Debian or Ubuntu, sudo apt-get install chromium.
            """)

    @OptionGroup var inputs: InputOptions

    @Option(
        name: .long, help: ArgumentHelp("The folder the site is written to; replaced as a whole.", valueName: "dir"))
    var output = "_site"

    @Option(
        name: .long,
        help: ArgumentHelp("The Chromium program to print with (default: found on PATH).", valueName: "path"))
    var chromium: String?

    func run() throws {
        guard let browser = chromium ?? PDF.findChromium() else {
            FileHandleOutput.standardError(
                "readiness: Chromium was not found, so no PDF can be printed. Install it with:\n"
                    + "  sudo apt-get install chromium\nor name it with --chromium PATH.")
            throw ExitCode(1)
        }
        let result = try Build.run(inputs: inputs, output: output, standalone: false)
        let pages = result.files.map(\.path).filter { $0.hasSuffix(".html") && !$0.contains("/") }
        // Chromium's sandbox cannot start as root (as in CI containers).
        let extra = geteuid() == 0 ? ["--no-sandbox"] : []
        switch PDFPrinter(chromium: browser, extraArguments: extra).print(pages: pages, site: output) {
        case .success(let written):
            FileHandleOutput.standardOutput("Printed \(written.count) PDFs into \(output)/\(PDFPrinter.folder)/.")
        case .failure(let failure):
            FileHandleOutput.standardError("readiness: \(failure.message)")
            throw ExitCode(1)
        }
    }

    /// The first of chromium, chromium-browser, google-chrome found on PATH.
    static func findChromium() -> String? {
        guard let path = getenv("PATH").map({ String(cString: $0) }) else { return nil }
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if access(candidate, X_OK) == 0 { return candidate }
            }
        }
        return nil
    }
}
