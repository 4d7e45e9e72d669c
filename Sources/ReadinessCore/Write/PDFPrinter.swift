import Foundation

/// Prints pages of a written site to PDF with headless Chromium: one per theme page and one
/// for the agenda pack. Chromium tags the PDFs and takes each title from the page's `<title>`.
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

    /// Prints `pages` (paths inside `site`) to `site/pdf/NAME.pdf`. Returns the PDFs written,
    /// or a message saying what failed.
    public func print(pages: [String], site: String) -> Result<[String], SiteWriter.Failure> {
        let pdfFolder = site + "/" + PDFPrinter.folder
        do {
            try FileManager.default.createDirectory(atPath: pdfFolder, withIntermediateDirectories: true)
        } catch {
            return .failure(SiteWriter.Failure(message: "cannot create \(pdfFolder): \(error)"))
        }
        let absoluteSite = SiteWriter.absolute(site)
        var written: [String] = []
        for page in pages {
            let output = pdfFolder + "/" + String(page.dropLast(5)) + ".pdf"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments =
                ["--headless", "--disable-gpu", "--no-pdf-header-footer", "--generate-pdf-document-outline"]
                + extraArguments + ["--print-to-pdf=\(output)", "file://\(absoluteSite)/\(page)"]
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            do {
                try process.run()
            } catch {
                return .failure(SiteWriter.Failure(message: "cannot run \(chromium): \(error)"))
            }
            let detail = errors.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            guard process.terminationStatus == 0, FileAccess.kind(of: output) == .file else {
                let text = String(decoding: detail.suffix(400), as: UTF8.self)
                return .failure(
                    SiteWriter.Failure(
                        message: "Chromium could not print \(page) (exit \(process.terminationStatus)): \(text)"))
            }
            written.append(output)
        }
        return .success(written)
    }
}
