import ReadinessModel

/// Reads files and folders with plain POSIX calls (through `FileSystemCalls`), so that a folder or a dangling link where a
/// file should be is an answer, not a crash, and listings come back in one fixed order.
public enum FileAccess {
    /// Why a file could not be read.
    public enum Failure: Error, Equatable {
        case missing
        case isDirectory
        case unreadable(String)
    }

    /// What is at a path.
    public enum Kind: Equatable {
        case file, directory, missing, other
    }

    /// What is at a path, following links (a dangling link is `missing`).
    public static func kind(of path: String) -> Kind {
        switch FileSystemCalls.node(path, followingLinks: true) {
        case .file: return .file
        case .directory: return .directory
        case .missing: return .missing
        case .link, .fifo, .device, .socket: return .other
        }
    }

    /// A file's size and modification time, as text, to notice changes.
    package static func stamp(of path: String) -> String {
        FileSystemCalls.stamp(path)
    }

    /// A file's identity and version, links followed; nil when it cannot be read.
    package static func fileStamp(of path: String) -> FileStamp? {
        FileSystemCalls.fileStamp(path)
    }

    /// Whether a path is a symbolic link (dangling or not).
    public static func isLink(_ path: String) -> Bool {
        FileSystemCalls.node(path) == .link
    }

    /// The whole content of a file.
    public static func readBytes(_ path: String) -> Result<[UInt8], Failure> {
        switch kind(of: path) {
        case .missing: return .failure(.missing)
        case .directory: return .failure(.isDirectory)
        case .other: return .failure(.unreadable("it is not a regular file"))
        case .file: break
        }
        let fd = FileSystemCalls.openForReading(path)
        guard fd >= 0 else { return .failure(.unreadable(FileSystemCalls.errorText())) }
        return FileSystemCalls.readAll(closing: fd).mapError { .unreadable($0.reason) }
    }

    /// The names in a folder (not `.` or `..`), sorted by their bytes so the order never depends on
    /// the file system or the locale.
    public static func list(_ path: String) -> [String]? {
        guard let names = FileSystemCalls.folderNames(path) else { return nil }
        // In byte order; each name's bytes made once (making both per comparison was 5% of a
        // 5,000-page build).
        return names.map { (bytes: Array($0.utf8), name: $0) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
            .map(\.name)
    }

    /// Joins path parts with one slash (`PathText.join`).
    public static func join(_ base: String, _ name: String) -> String { PathText.join(base, name) }

    /// Reads a file and decodes it, reporting any problem as a diagnostic naming the path.
    static func readText(_ path: String, log: inout DiagnosticLog) -> SourceText? {
        var ledger = InputLedger()
        return readText(path, log: &log, ledger: &ledger, as: nil)
    }

    /// Reads and decodes a file, recording it in the ledger under `name` when given.
    static func readText(_ path: String, log: inout DiagnosticLog, ledger: inout InputLedger, as name: String?)
        -> SourceText?
    {
        switch readBytes(path) {
        case .success(let bytes):
            if let name { ledger.record(name, bytes) }
            return SourceText.decode(bytes, path: path, log: &log)
        case .failure(.missing):
            let why = isLink(path) ? "it is a link to a file that does not exist" : "the file does not exist"
            log.error("cannot read this file: \(why)", file: path)
        case .failure(.isDirectory):
            log.error("cannot read this file: it is a folder", file: path, hint: "a file of this name is expected here")
        case .failure(.unreadable(let why)):
            log.error("cannot read this file: \(why)", file: path)
        }
        return nil
    }

    /// An absolute, normalised form of a path: the longest part of it that exists with its links
    /// resolved, and the rest appended, so that `dl/site` with `dl -> data` is seen to be in `data`.
    package static func absolute(_ path: String) -> String {
        var base = ""
        if !path.hasPrefix("/"), let cwd = FileSystemCalls.currentFolder() { base = cwd }
        let parts = (base + "/" + path).split(separator: "/").filter { $0 != "." }
        for existing in stride(from: parts.count, through: 0, by: -1) {
            guard
                case .success(let resolved) = FileSystemCalls.realPath("/" + parts[..<existing].joined(separator: "/"))
            else { continue }
            var result = resolved == "/" ? [] : resolved.split(separator: "/")
            for part in parts[existing...] {
                if part == ".." { _ = result.popLast() } else { result.append(part) }
            }
            return "/" + result.joined(separator: "/")
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether two folders are one, or one holds the other, links resolved.
    package static func overlap(_ a: String, _ b: String) -> Bool {
        let first = absolute(a)
        let second = absolute(b)
        return first == second || first.hasPrefix(second + "/") || second.hasPrefix(first + "/")
            || first == "/" || second == "/"
    }
}
