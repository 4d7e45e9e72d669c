#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints pages of a written site to PDF with headless Chromium: one per page and one for the
/// agenda pack. Chromium tags the PDFs and takes each title from the page's `<title>`.
///
/// Chromium is started with `posix_spawn` rather than Foundation's `Process`, whose `run()`
/// leaks an allocation on Linux (LeakSanitizer reports it, failing the sanitizer runs).
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
        if mkdir(pdfFolder, 0o755) != 0 && errno != EEXIST {
            return .failure(
                SiteWriter.Failure(message: "cannot create \(pdfFolder): \(String(cString: strerror(errno)))"))
        }
        let absoluteSite = SiteWriter.absolute(site)
        var written: [String] = []
        for page in pages {
            let name = PDFPrinter.folder + "/" + String(page.dropLast(5)) + ".pdf"
            let output = site + "/" + name
            let arguments =
                [chromium, "--headless", "--disable-gpu", "--no-pdf-header-footer", "--generate-pdf-document-outline"]
                + extraArguments + ["--print-to-pdf=\(output)", PDFPrinter.fileURL(absoluteSite + "/" + page)]
            let (status, detail) = PDFPrinter.run(arguments)
            guard status == 0, FileAccess.kind(of: output) == .file else {
                let reason = status < 0 ? "cannot run \(chromium)" : "exit \(status)"
                return .failure(
                    SiteWriter.Failure(message: "Chromium could not print \(page) (\(reason)): \(detail.suffix(400))"))
            }
            written.append(name)
        }
        return .success(written)
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
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return (-1, String(cString: strerror(errno))) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Chromium must get the usual signals even if this process was started with some blocked.
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, &argv, environ)
        close(pipeEnds[1])
        defer { close(pipeEnds[0]) }
        guard spawned == 0 else { return (-1, String(cString: strerror(spawned))) }
        var detail: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(pipeEnds[0], $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            detail.append(contentsOf: buffer[0..<n])
            if detail.count > 65536 { detail.removeFirst(detail.count - 65536) }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exited = (status & 0x7F) == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), String(decoding: detail, as: UTF8.self))
    }
}
