import ArgumentParser
import ReadinessCore

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
        name: .long,
        help: ArgumentHelp(
            "The folder the site is written to; the site in it is replaced, files you added are kept.",
            valueName: "dir"))
    var output = "_site"

    @Flag(name: .long, help: "Remove the files you added to the output folder, rather than keeping them.")
    var replace = false

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
        // Chromium's sandbox cannot start as root (as in CI containers).
        let printer = PDFPrinter(chromium: browser, extraArguments: SystemCalls.isRoot ? ["--no-sandbox"] : [])
        // Printed from the staging copy: the site replaces the old one only when every PDF is made.
        let result = try Build.run(inputs: inputs, output: output, standalone: false, replace: replace) { staging in
            let pages = (FileAccess.list(staging) ?? []).filter { $0.hasSuffix(".html") }
            return printer.print(pages: pages, site: staging)
        }
        let count = result.files.filter { $0.path.hasSuffix(".html") && !$0.path.contains("/") }.count
        FileHandleOutput.standardOutput("Printed \(count) PDFs into \(output)/\(PDFPrinter.folder)/.")
    }

    /// The first of chromium, chromium-browser, google-chrome found on PATH.
    static func findChromium() -> String? {
        let folders = SystemCalls.pathFolders
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in folders {
                let candidate = "\(folder)/\(name)"
                if SystemCalls.isExecutable(candidate) { return candidate }
            }
        }
        return nil
    }
}
