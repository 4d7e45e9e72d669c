import ReadinessInput

/// Prints pages of a written site to PDF with headless Chromium: one per page and one for the
/// agenda pack. Chromium tags the PDFs and takes each title from the page's `<title>`.
///
/// Chromium is started by `ProgramCalls` (`posix_spawn`) rather than Foundation's `Process`, whose
/// `run()` leaks an allocation on Linux (LeakSanitizer reports it, failing the sanitizer runs).
public struct PDFPrinter: Sendable {
    /// The Chromium executable.
    public let chromium: String
    /// Extra arguments, such as `--no-sandbox` when running as root.
    public let extraArguments: [String]

    public init(chromium: String, extraArguments: [String]) {
        self.chromium = chromium
        self.extraArguments = extraArguments
    }

    /// The folder, inside the site, that holds the PDFs.
    public static let folder = "pdf"

    /// Prints `pages` (paths inside `site`) to `site/pdf/NAME.pdf`. Returns the PDFs written, as
    /// paths inside the site, or a message saying what failed.
    public func print(pages: [String], site: String) -> Result<[String], SiteWriter.Failure> {
        let pdfFolder = site + "/" + PDFPrinter.folder
        if !FileSystemCalls.makeFolder(pdfFolder, existingIsFine: true) {
            return .failure(SiteWriter.Failure(message: "cannot create \(pdfFolder): \(FileSystemCalls.errorText())"))
        }
        var written: [String] = []
        for page in pages {
            let name = PDFPrinter.folder + "/" + String(page.dropLast(5)) + ".pdf"
            if case .failure(let failure) = printPage(page, to: name, site: site) { return .failure(failure) }
            written.append(name)
        }
        return .success(written)
    }

    /// Prints one page (a path inside `site`) to `name` (a path inside `site`, in an existing folder).
    func printPage(_ page: String, to name: String, site: String) -> Result<Void, SiteWriter.Failure> {
        let output = site + "/" + name
        let arguments =
            [chromium, "--headless", "--disable-gpu", "--no-pdf-header-footer", "--generate-pdf-document-outline"]
            + extraArguments
            + ["--print-to-pdf=\(output)", PDFPrinter.fileURL(FileAccess.absolute(site) + "/" + page)]
        let (status, detail) = PDFPrinter.run(arguments)
        guard status == 0, FileAccess.kind(of: output) == .file else {
            let reason = status < 0 ? "cannot run \(chromium)" : "exit \(status)"
            return .failure(
                SiteWriter.Failure(message: "Chromium could not print \(page) (\(reason)): \(detail.suffix(400))"))
        }
        return .success(())
    }

    /// A `file://` address for an absolute path, every byte other than letters, digits, `-._~`
    /// and `/` percent-encoded (a path holding `%41` must not name another folder).
    public static func fileURL(_ path: String) -> String {
        var encoded = "file://"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                encoded.unicodeScalars.append("%")
                encoded.unicodeScalars.append(hex[Int(byte >> 4)])
                encoded.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return encoded
    }

    /// Runs a program, its output discarded and its error output returned with its exit status
    /// (-1 when it could not be started).
    static func run(_ arguments: [String]) -> (Int32, String) {
        let outcome = ProgramCalls.run(arguments, environment: .inherited(adding: []), outputLimit: nil)
        return (outcome.status, outcome.errorText)
    }
}
