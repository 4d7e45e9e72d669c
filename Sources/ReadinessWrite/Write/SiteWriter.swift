import Dispatch
import ReadinessInput
import ReadinessModel
import ReadinessRender

/// Writes a finished site atomically: into a folder beside the target, swapped in only when
/// every file is written, so a failed or killed build leaves the last good site as it was.
///
/// Builds into one folder take turns (a lock file beside it). Files a person added to the
/// output folder are carried into the new site unless `replacingAddedFiles` is set. Folders left
/// by a build that was killed are recognised by their marker and cleaned up, or put back, by the
/// next one.
public enum SiteWriter {
    /// The file that marks a folder as a site Readiness made, listing the files it wrote.
    public static let marker = ".readiness-site"

    /// A reason the site could not be written.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }

        /// The memberwise initializer, declared so that other targets of the package can use it.
        package init(message: String) {
            self.message = message
        }
    }

    /// Writes the files to `output`, replacing a site written there before.
    ///
    /// - Parameters:
    ///   - replacingAddedFiles: remove the files a person added to the output folder, rather than
    ///     keeping them.
    ///   - finish: called with the staging folder once every file is in it, before it replaces the
    ///     output; it may add files (the PDFs) and returns their paths inside the site.
    public static func publish(
        _ files: [OutputFile], to output: String, protecting inputs: [String], replacingAddedFiles: Bool = false,
        finish: ((String) -> Result<[String], Failure>)? = nil, waiting: () -> Void = {}
    ) -> Failure? {
        let target = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        if let problem = checkPlacement(target, inputs: inputs) { return problem }
        let lockPath = target + ".readiness-lock"
        switch FileSystemCalls.node(lockPath) {
        case .missing, .file: break
        case let other:
            // Its name is Readiness's: anything but a lock file there was put by someone else.
            let what = other == .link ? "a link" : other == .directory ? "a folder" : "a special file"
            return Failure(
                message: "\(lockPath) is \(what) that Readiness did not make (it keeps a lock file of this name "
                    + "beside the site); move it away and build again")
        }
        guard let lock = FileSystemCalls.Lock(lockPath, waiting: waiting) else {
            return Failure(message: "cannot create the lock file \(lockPath): \(FileSystemCalls.errorText())")
        }
        return withExtendedLifetime(lock) {
            if let problem = recover(target) ?? checkTarget(target, inputs: inputs) { return problem }
            let staging = target + ".readiness-new"
            // The site before the last one, kept, is brought up to date in place: the files the
            // new site has unchanged are not written again, and no tree is deleted file by file.
            let spare = target + ".readiness-spare"
            if isOurs(spare), !FileSystemCalls.isFresh(spare, folder: true) { removeOurs(spare) }
            if isOurs(spare), FileSystemCalls.isFresh(spare, folder: true), FileSystemCalls.move(spare, to: staging) {
                prune(staging, keeping: files)
            } else if !FileSystemCalls.makeFolder(staging) {
                return Failure(message: "cannot create \(staging): \(FileSystemCalls.errorText())")
            }
            if let failure = stage(
                files, in: staging, replacing: target, keepAdded: !replacingAddedFiles, finish: finish)
            {
                removeOurs(staging)
                return failure
            }
            return swap(staging, into: target)
        }
    }

    /// Writes the marker (first, so that a killed build's folder is recognised), the files, the
    /// finishing step's files and the added files carried over from the old site.
    private static func stage(
        _ files: [OutputFile], in staging: String, replacing target: String, keepAdded: Bool,
        finish: ((String) -> Result<[String], Failure>)?
    ) -> Failure? {
        var written = files.map(\.path)
        if let failure = writeFile(staging + "/" + marker, OutputOwnership.marker(listing: written)) { return failure }
        if let failure = writeAll(files, into: staging) { return failure }
        if let finish {
            switch finish(staging) {
            case .success(let extra): written += extra
            case .failure(let failure): return failure
            }
            if let failure = writeFile(staging + "/" + marker, OutputOwnership.marker(listing: written)) {
                return failure
            }
        }
        guard keepAdded, FileSystemCalls.node(target) == .directory,
            let previous = OutputOwnership.writtenFiles(in: target)
        else { return nil }
        let added = OutputOwnership.added(in: target, written: previous)
        let clashes = OutputOwnership.clashes(added, with: Set(written))
        if !clashes.isEmpty {
            let named = clashes.prefix(5).joined(separator: ", ") + (clashes.count > 5 ? " and others" : "")
            return Failure(
                message: "the output folder holds files you added where the new site has its own: \(named);"
                    + " move them away, or build with --replace to remove the files you added")
        }
        return OutputOwnership.carry(added, from: target, to: staging)
    }

    /// Writes the files into the staging folder: folders first, then the files from several
    /// threads (with thousands of pages the time is in the file system's calls, not the CPU).
    private static func writeAll(_ files: [OutputFile], into staging: String) -> Failure? {
        var made: Set<String> = [staging]
        for file in files {
            if let failure = makeParents(of: staging + "/" + file.path, known: &made) { return failure }
        }
        let chunks = min(8, max(1, files.count / 64))
        let failures = ParallelResults<Failure>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in stride(from: chunk, to: files.count, by: chunks) {
                let path = staging + "/" + files[index].path
                // Kept from the spare site, unchanged: not written again.
                if FileSystemCalls.holds(path, files[index].bytes) { continue }
                if let failure = writeFile(path, files[index].bytes) {
                    failures[chunk] = failure
                    return
                }
            }
        }
        return (0..<chunks).lazy.compactMap { failures[$0] }.first
    }

    /// Puts the staging folder in place of the target: in one exchange where the file system
    /// can, so the target is never missing; otherwise in two renames, which `recover` completes
    /// if the build is killed between them.
    private static func swap(_ staging: String, into target: String) -> Failure? {
        guard FileSystemCalls.node(target) == .directory else {
            guard FileSystemCalls.move(staging, to: target) else {
                let why = FileSystemCalls.errorText()
                removeOurs(staging)
                return Failure(message: "cannot put the new site in place: \(why)")
            }
            return nil
        }
        if FileSystemCalls.exchange(staging, target) {
            keepAsSpare(staging, of: target)  // now the old site
            return nil
        }
        let previous = target + ".readiness-old"
        guard FileSystemCalls.move(target, to: previous) else {
            removeOurs(staging)
            return Failure(message: "cannot move the old site aside: \(FileSystemCalls.errorText())")
        }
        guard FileSystemCalls.move(staging, to: target) else {
            let why = FileSystemCalls.errorText()
            _ = FileSystemCalls.move(previous, to: target)
            removeOurs(staging)
            return Failure(message: "cannot put the new site in place: \(why)")
        }
        keepAsSpare(previous, of: target)
        return nil
    }

    /// Keeps the site just replaced beside the new one (`NAME.readiness-spare`), for the next
    /// build to bring up to date in place; removed instead if it cannot be moved there.
    private static func keepAsSpare(_ old: String, of target: String) {
        let spare = target + ".readiness-spare"
        if FileSystemCalls.node(spare) != .missing, isOurs(spare) { removeOurs(spare) }
        if !FileSystemCalls.move(old, to: spare) { removeOurs(old) }
    }

    /// Readies a spare site to be written over: removes everything in it that the new site will
    /// not hold as an ordinary file or a folder on the way to one (old pages, files a person
    /// added, and anything not an ordinary file or folder: a link, a file with a second name,
    /// a pipe), and anything whose owner or permissions are not what a fresh build gives. What
    /// is left is files the writing compares byte for byte, and folders.
    static func prune(_ staging: String, keeping files: [OutputFile]) {
        let wanted = Set(files.map(\.path))
        let folders = OutputOwnership.folders(holding: wanted)
        prune(staging, relative: "", wanted: wanted, folders: folders)
    }

    private static func prune(_ folder: String, relative: String, wanted: Set<String>, folders: Set<String>) {
        for name in FileAccess.list(folder) ?? [] where !(relative.isEmpty && name == marker) {
            let inner = relative.isEmpty ? name : relative + "/" + name
            let path = folder + "/" + name
            // Kept only as a fresh build would make it: this user's, with the usual permissions
            // (a file made read-only or world-writable, or another user's, is made anew).
            switch FileSystemCalls.node(path) {
            case .directory where folders.contains(inner) && FileSystemCalls.isFresh(path, folder: true):
                prune(path, relative: inner, wanted: wanted, folders: folders)
            case .file where wanted.contains(inner) && FileSystemCalls.isFresh(path, folder: false):
                continue
            default:
                removeTree(path)
            }
        }
    }

    /// Cleans up after a build that was killed: a staging folder is removed; an old site moved
    /// aside is put back if the new one never arrived, and removed otherwise. A folder of these
    /// names that Readiness did not make is refused.
    static func recover(_ target: String) -> Failure? {
        let staging = target + ".readiness-new"
        let previous = target + ".readiness-old"
        for leftover in [staging, previous, target + ".readiness-spare"]
        where FileSystemCalls.node(leftover) != .missing {
            guard isOurs(leftover) else {
                // Say what it is: a link or a file there is not a folder a build left behind.
                let what: String
                switch FileSystemCalls.node(leftover) {
                case .link: what = "is a link"
                case .directory: what = "is a folder"
                default: what = "is a file"
                }
                return Failure(
                    message: "\(leftover) \(what) that Readiness did not make (it keeps a folder of this name "
                        + "beside the site); move it away and build again")
            }
        }
        if FileSystemCalls.node(previous) != .missing {
            if FileSystemCalls.node(target) == .missing {
                if !FileSystemCalls.move(previous, to: target) {
                    return Failure(message: "cannot put back \(previous): \(FileSystemCalls.errorText())")
                }
            } else {
                removeOurs(previous)
            }
        }
        if FileSystemCalls.node(staging) != .missing { removeOurs(staging) }
        return nil
    }

    /// Refuses an output folder that would destroy inputs or a folder Readiness did not make.
    static func checkTarget(_ target: String, inputs: [String]) -> Failure? {
        if let problem = checkPlacement(target, inputs: inputs) { return problem }
        return checkContents(target)
    }

    /// Refuses the current or root folder, and a folder that is, holds or is inside an input,
    /// links resolved (before anything is made beside it).
    static func checkPlacement(_ target: String, inputs: [String]) -> Failure? {
        if target.isEmpty || target == "." || target == "/" {
            return Failure(
                message:
                    "the output folder '\(target)' would replace the current or root folder; name a folder such as _site"
            )
        }
        let absoluteTarget = FileAccess.absolute(target)
        for input in inputs {
            let absoluteInput = FileAccess.absolute(input)
            if absoluteInput == absoluteTarget || absoluteInput.hasPrefix(absoluteTarget + "/")
                || absoluteTarget.hasPrefix(absoluteInput + "/")
            {
                return Failure(
                    message:
                        "the output folder '\(target)' overlaps the input folder '\(input)'; choose another output folder"
                )
            }
        }
        return nil
    }

    /// Refuses a target that is a file, a link, or a folder of files Readiness did not make.
    private static func checkContents(_ target: String) -> Failure? {
        switch FileAccess.kind(of: target) {
        case .missing:
            if FileAccess.isLink(target) {
                return Failure(message: "'\(target)' is a broken link; remove it or choose another output folder")
            }
            return nil
        case .directory:
            if FileAccess.isLink(target) { return Failure(message: "'\(target)' is a link; name the folder itself") }
            let names = FileAccess.list(target) ?? []
            if names.isEmpty || names.contains(marker) { return nil }
            return Failure(
                message:
                    "the output folder '\(target)' holds files Readiness did not make; empty it or choose another folder"
            )
        default:
            return Failure(message: "'\(target)' is a file, not a folder; choose another output folder")
        }
    }

    /// A folder holding the marker, or an empty one (a build killed before it wrote the marker).
    private static func isOurs(_ path: String) -> Bool {
        guard FileSystemCalls.node(path) == .directory, let names = FileAccess.list(path) else { return false }
        return names.isEmpty || names.contains(marker)
    }

    /// Removes a folder of ours, its marker last, so that a removal cut short is still ours.
    static func removeOurs(_ path: String) {
        let names = (FileAccess.list(path) ?? []).filter { $0 != marker }
        let chunks = min(8, max(1, names.count / 64))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in stride(from: chunk, to: names.count, by: chunks) { removeTree(path + "/" + names[index]) }
        }
        FileSystemCalls.removeFile(path + "/" + marker)
        FileSystemCalls.removeEmptyFolder(path)
    }

    /// Makes the folders above `path`.
    static func makeParents(of path: String) -> Failure? {
        var known: Set<String> = []
        return makeParents(of: path, known: &known)
    }

    private static func makeParents(of path: String, known: inout Set<String>) -> Failure? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        var current = ""
        for (i, part) in parts.enumerated() {
            current += (i == 0 ? "" : "/") + part
            if current.isEmpty || known.contains(current) { continue }
            if !FileSystemCalls.makeFolder(current, existingIsFine: true) {
                return Failure(message: "cannot create \(current): \(FileSystemCalls.errorText())")
            }
            known.insert(current)
        }
        return nil
    }

    /// Writes a file with plain POSIX calls (Foundation's writing calls fsync on every file).
    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Failure? {
        guard FileSystemCalls.writeFile(path, bytes) else {
            return Failure(message: "cannot write \(path): \(FileSystemCalls.errorText())")
        }
        return nil
    }

    /// Removes a folder and everything in it, never following links out of it.
    package static func removeTree(_ path: String) {
        if !FileAccess.isLink(path), FileAccess.kind(of: path) == .directory {
            let names = FileAccess.list(path) ?? []
            // Many files: unlink them from several threads (the time is in the file system).
            let chunks = min(8, max(1, names.count / 64))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in stride(from: chunk, to: names.count, by: chunks) { removeTree(path + "/" + names[index]) }
            }
            FileSystemCalls.removeEmptyFolder(path)
        } else {
            FileSystemCalls.removeFile(path)
        }
    }
}
