import ReadinessModel

/// An input folder (data or templates) whose files are read only from inside it.
///
/// A symbolic link is followed only when its target stays inside the same folder. Links that
/// climb out, link loops and anything that is not an ordinary file (FIFOs, devices, sockets,
/// files of /proc and /sys) are refused with a reason, so nothing outside the inputs can reach
/// the site and nothing can hang a build.
public struct ConfinedFolder: Sendable {
    /// The folder as it was named, as diagnostics show it.
    public let path: String
    /// What the folder is called in messages: "data" or "templates".
    public let role: String
    /// The folder's real path.
    let root: String

    /// At most this many folders deep is walked.
    static let depthLimit = 16
    /// At most this many entries are walked in one folder tree.
    static let entryLimit = 20_000

    /// The confined view of `path`; nil when it is not a folder.
    public init?(_ path: String, role: String) {
        guard case .success(let root) = FileSystemCalls.realPath(path),
            FileSystemCalls.node(root) == .directory
        else { return nil }
        self.path = path
        self.role = role
        self.root = root
    }

    /// Why a path inside the folder was refused.
    public enum Refusal: Error, Equatable {
        case missing
        case danglingLink
        case isDirectory
        case notDirectory
        case outside(target: String)
        case loop
        case special(String)
        case unreadable(String)
        /// A file with another name somewhere (a hard link), which may be a file outside.
        case hardLinked
    }

    /// What a path names once its links are resolved, or why it is refused.
    func resolve(_ path: String) -> Result<(real: String, kind: FileSystemCalls.Node), Refusal> {
        let own = FileSystemCalls.node(path)
        if own == .missing { return .failure(.missing) }
        let real: String
        switch FileSystemCalls.realPath(path) {
        case .success(let resolved): real = resolved
        case .failure(.loop): return .failure(.loop)
        case .failure(.missing): return .failure(own == .link ? .danglingLink : .missing)
        case .failure(.other(let why)): return .failure(.unreadable(why))
        }
        guard real == root || real.hasPrefix(root == "/" ? "/" : root + "/") else {
            return .failure(.outside(target: real))
        }
        if FileSystemCalls.isKernelFileSystem(real) { return .failure(.special("a file of the operating system")) }
        let kind = FileSystemCalls.node(real)
        switch kind {
        // A hard link is the same file under a second name, possibly outside the folder: it
        // cannot be told from a file that belongs here, so a file with more than one name is refused.
        case .file where FileSystemCalls.linkCount(real) > 1: return .failure(.hardLinked)
        case .file, .directory: return .success((real, kind))
        case .fifo: return .failure(.special("a named pipe (FIFO)"))
        case .socket: return .failure(.special("a socket"))
        case .device: return .failure(.special("a device"))
        case .link, .missing: return .failure(.missing)
        }
    }

    /// The whole content of a file inside the folder.
    public func readBytes(_ path: String) -> Result<[UInt8], Refusal> {
        open(path).flatMap { FileSystemCalls.readAll(closing: $0).mapError { .unreadable($0.reason) } }
    }

    /// A file inside the folder opened for reading, to be read in chunks (`CSVStream`) and
    /// closed with `FileSystemCalls.closeFile`.
    package func open(_ path: String) -> Result<Int32, Refusal> {
        let real: String
        switch resolve(path) {
        case .success((let resolved, .file)): real = resolved
        case .success: return .failure(.isDirectory)
        case .failure(let refusal): return .failure(refusal)
        }
        let fd = FileSystemCalls.openRegularFile(real)
        guard fd >= 0 else { return .failure(.unreadable(FileSystemCalls.errorText())) }
        return .success(fd)
    }

    /// Reads and decodes a file, reporting any refusal, and records it in the ledger under `name`.
    package func readText(_ path: String, log: inout DiagnosticLog, ledger: inout InputLedger, as name: String?)
        -> SourceText?
    {
        switch readBytes(path) {
        case .success(let bytes):
            // Settings, tables and templates are parsed whole, at several times their size in
            // memory: a file far larger than any of them is refused before it is parsed.
            guard bytes.count <= Budgets.wholeFileBytes else {
                log.error(
                    "this file is \(bytes.count / (1024 * 1024)) MB, more than the "
                        + "\(Budgets.wholeFileBytes / (1024 * 1024)) MB a settings, table or template file may have",
                    file: path, hint: "check it is the right file; an action plan or caseload table is a few MB at most"
                )
                return nil
            }
            if let name { ledger.record(name, bytes) }
            return SourceText.decode(bytes, path: path, log: &log)
        case .failure(let refusal):
            report(refusal, path: path, log: &log)
            return nil
        }
    }

    /// The names in a folder inside this one, sorted by bytes; nil when it is not a folder
    /// inside (`refusal` says why).
    package func list(_ folder: String) -> Result<[String], Refusal> {
        switch resolve(folder) {
        case .success((let real, .directory)):
            guard let names = FileAccess.list(real) else { return .failure(.unreadable(FileSystemCalls.errorText())) }
            return .success(names)
        case .success: return .failure(.notDirectory)
        case .failure(let refusal): return .failure(refusal)
        }
    }

    /// Reports a refusal as an error naming the path and what to do.
    package func report(_ refusal: Refusal, path: String, log: inout DiagnosticLog) {
        let rule = "a link is followed only when its target stays inside the folder"
        switch refusal {
        case .missing:
            log.error("cannot read this file: the file does not exist", file: path)
        case .danglingLink:
            log.error("cannot read this file: it is a link to a file that does not exist", file: path)
        case .isDirectory:
            log.error("cannot read this file: it is a folder", file: path, hint: "a file of this name is expected here")
        case .notDirectory:
            log.error("this should be a folder, not a file", file: path, hint: "move the file away and make a folder")
        case .outside(let target):
            log.error(
                "cannot read this file: it is a link to '\(target)', outside the \(role) folder", file: path,
                hint: "\(rule); copy the file into \(self.path) instead")
        case .loop:
            log.error(
                "cannot read this file: it is a link that leads round in a loop", file: path,
                hint: "remove the link, or point it at a file inside \(self.path)")
        case .special(let what):
            log.error(
                "cannot read this file: it is \(what), not an ordinary file", file: path,
                hint: "only ordinary files are read; replace it with a file or remove it")
        case .unreadable(let why):
            log.error("cannot read this file: \(why)", file: path)
        case .hardLinked:
            log.error(
                "cannot read this file: it is a hard link, another name for a file that may be outside the \(role) folder",
                file: path, hint: "copy the file here instead of linking it (cp, not ln)")
        }
    }
}
