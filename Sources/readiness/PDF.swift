import ArgumentParser
import ReadinessCore

/// `readiness pdf`: builds the site, then prints each page and the agenda pack to PDF.
struct PDF: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site, then print each page and the agenda pack to PDF with headless Chromium.",
        discussion: """
            PDFs go in OUTPUT/pdf/: one per page (the overview, each theme, the follow-ups) and \
            agenda-pack.pdf with a contents page that gives each section's page number. They are A4, \
            tagged, and titled from the page. The agenda pack is also written as agenda-pack.docx \
            (Word) and agenda-pack.odt (OpenDocument) with pandoc, unless --no-documents is given. \
            Needs Chromium, pandoc and rsvg-convert: on Debian, sudo apt-get install chromium pandoc \
            librsvg2-bin; on Ubuntu, sudo snap install chromium and sudo apt-get install pandoc \
            librsvg2-bin. Chromium is the one --chromium names, else the one the CHROMIUM \
            environment variable names, else chromium, chromium-browser, google-chrome or \
            google-chrome-stable on PATH, else /snap/bin/chromium.
            """)

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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The Chromium program to print with (default: $CHROMIUM, else found on PATH, else the snap's).",
            valueName: "path"))
    var chromium: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The pandoc program that writes the Word and OpenDocument agenda packs (default: found on PATH).",
            valueName: "path"))
    var pandoc: String?

    @Flag(name: .long, help: "Write only the PDFs, not agenda-pack.docx and agenda-pack.odt (which need pandoc).")
    var noDocuments = false

    func run() throws {
        guard let browser = chromium ?? PDF.foundChromium() else { throw ExitCode(1) }
        let documents = try packDocuments()
        // Chromium's sandbox cannot start as root (as in CI containers).
        let printer = PDFPrinter(chromium: browser, extraArguments: SystemCalls.isRoot ? ["--no-sandbox"] : [])
        // Printed from the staging copy: the site replaces the old one only when every PDF is made.
        let result = try Build.run(inputs: inputs, output: output, standalone: false, replace: replace) { staging in
            let pages = (FileAccess.list(staging) ?? []).filter { $0.hasSuffix(".html") }
            var written: [String]
            switch printer.print(pages: pages, site: staging) {
            case .success(let pdfs): written = pdfs
            case .failure(let failure): return .failure(failure)
            }
            if pages.contains("agenda-pack.html") {
                switch PackContents.number(site: staging, printer: printer) {
                case .success(true): break
                case .success(false):
                    FileHandleOutput.standardError(
                        "readiness: warning: the agenda pack's PDF does not say where its sections start, "
                            + "so its contents have no page numbers")
                case .failure(let failure): return .failure(failure)
                }
                if let documents {
                    switch documents.write(site: staging) {
                    case .success(let names): written += names
                    case .failure(let failure): return .failure(failure)
                    }
                }
            }
            return .success(written)
        }
        let count = result.files.filter { $0.path.hasSuffix(".html") && !$0.path.contains("/") }.count
        if documents != nil {
            FileHandleOutput.standardOutput(
                "Wrote the agenda pack as agenda-pack.docx and agenda-pack.odt into \(output)/\(PDFPrinter.folder)/.")
        }
        FileHandleOutput.standardOutput("Printed \(count) PDFs into \(output)/\(PDFPrinter.folder)/.")
    }

    /// The converter of the Word and OpenDocument agenda packs; nil with --no-documents. Throws,
    /// saying how to install them, when pandoc or rsvg-convert is missing.
    func packDocuments() throws -> PackDocuments? {
        if noDocuments { return nil }
        guard let converter = pandoc ?? PDF.findProgram(["pandoc"]) else {
            FileHandleOutput.standardError(
                "readiness: pandoc was not found, so the Word and OpenDocument agenda packs cannot be written. "
                    + "Install it with:\n  sudo apt-get install pandoc librsvg2-bin\n"
                    + "or name it with --pandoc PATH, or leave them out with --no-documents.")
            throw ExitCode(1)
        }
        // pandoc runs rsvg-convert to give Word a PNG of each chart beside its SVG.
        guard PDF.findProgram(["rsvg-convert"]) != nil else {
            FileHandleOutput.standardError(
                "readiness: rsvg-convert was not found, so pandoc cannot put the charts in the Word agenda pack. "
                    + "Install it with:\n  sudo apt-get install librsvg2-bin\nor leave the documents out with "
                    + "--no-documents.")
            throw ExitCode(1)
        }
        return PackDocuments(pandoc: converter)
    }

    /// The Chromium `ChromiumSearch` finds; nil, having said what to install, when there is none.
    static func foundChromium() -> String? {
        switch ChromiumSearch.find() {
        case .found(let path):
            return path
        case .onlySnapScripts(let scripts):
            FileHandleOutput.standardError(
                "readiness: \(scripts.joined(separator: " and ")) only runs Ubuntu's Chromium snap, "
                    + "which is not installed, so no PDF can be printed. Install the snap with:\n"
                    + "  sudo snap install chromium\nor name another Chromium or Chrome with --chromium PATH.")
        case .missing:
            FileHandleOutput.standardError(
                "readiness: Chromium was not found, so no PDF can be printed. Install it with:\n"
                    + "  sudo apt-get install chromium    (Debian)\n  sudo snap install chromium    (Ubuntu)\n"
                    + "or name it with --chromium PATH.")
        }
        return nil
    }

    /// Each of `names` in each folder of PATH where it is a program this user may run, in order
    /// (by name, then by folder).
    static func programs(named names: [String]) -> [String] {
        let folders = SystemCalls.pathFolders
        return names.flatMap { name in
            folders.map { "\($0)/\(name)" }.filter { SystemCalls.isExecutable($0) }
        }
    }

    /// The first of `names` found on PATH, as a path.
    static func findProgram(_ names: [String]) -> String? {
        programs(named: names).first
    }
}
