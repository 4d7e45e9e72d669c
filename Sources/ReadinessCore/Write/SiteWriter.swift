import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a finished site atomically: into a folder beside the target, swapped in only when
/// every file is written, so a failed build leaves the last good site as it was.
public enum SiteWriter {
    /// The file that marks a folder as a site Readiness made, so it may be replaced.
    public static let marker = ".readiness-site"

    /// A reason the site could not be written.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Writes the files to `output`, replacing a site written there before.
    public static func publish(_ files: [OutputFile], to output: String, protecting inputs: [String]) -> Failure? {
        let target = output.hasSuffix("/") && output.count > 1 ? String(output.dropLast()) : output
        if let problem = checkTarget(target, inputs: inputs) { return problem }
        let staging = target + ".readiness-new"
        let previous = target + ".readiness-old"
        for leftover in [staging, previous]
        where FileAccess.kind(of: leftover) != .missing || FileAccess.isLink(leftover) {
            guard isOurs(leftover) else {
                return Failure(
                    message: "\(leftover) exists and was not made by Readiness; move it away and build again")
            }
            removeTree(leftover)
        }
        guard mkdir(staging, 0o755) == 0 else {
            return Failure(message: "cannot create \(staging): \(String(cString: strerror(errno)))")
        }
        // Folders first, then the files, written from several threads: with thousands of pages
        // the time is in the file system's calls, not the CPU.
        let all =
            [
                OutputFile(
                    path: marker, bytes: Array("Made by Readiness; this folder is replaced on each build.\n".utf8))
            ] + files
        var made: Set<String> = [staging]
        for file in all {
            if let failure = makeParents(of: staging + "/" + file.path, known: &made) {
                removeTree(staging)
                return failure
            }
        }
        let chunks = min(8, max(1, all.count / 64))
        let failures = UnsafeResults<Failure>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in stride(from: chunk, to: all.count, by: chunks) {
                if let failure = writeFile(staging + "/" + all[index].path, all[index].bytes) {
                    failures[chunk] = failure
                    return
                }
            }
        }
        if let failure = (0..<chunks).lazy.compactMap({ failures[$0] }).first {
            removeTree(staging)
            return failure
        }
        let hadSite = FileAccess.kind(of: target) == .directory
        if hadSite && rename(target, previous) != 0 {
            removeTree(staging)
            return Failure(message: "cannot move the old site aside: \(String(cString: strerror(errno)))")
        }
        guard rename(staging, target) == 0 else {
            let why = String(cString: strerror(errno))
            if hadSite { _ = rename(previous, target) }
            removeTree(staging)
            return Failure(message: "cannot put the new site in place: \(why)")
        }
        if hadSite { removeTree(previous) }
        return nil
    }

    /// Refuses an output folder that would destroy inputs or a folder Readiness did not make.
    static func checkTarget(_ target: String, inputs: [String]) -> Failure? {
        if target.isEmpty || target == "." || target == "/" {
            return Failure(
                message:
                    "the output folder '\(target)' would replace the current or root folder; name a folder such as _site"
            )
        }
        let absoluteTarget = absolute(target)
        for input in inputs {
            let absoluteInput = absolute(input)
            if absoluteInput == absoluteTarget || absoluteInput.hasPrefix(absoluteTarget + "/")
                || absoluteTarget.hasPrefix(absoluteInput + "/")
            {
                return Failure(
                    message:
                        "the output folder '\(target)' overlaps the input folder '\(input)'; choose another output folder"
                )
            }
        }
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

    private static func isOurs(_ path: String) -> Bool {
        !FileAccess.isLink(path) && FileAccess.kind(of: path) == .directory
            && (FileAccess.list(path) ?? []).contains(marker)
    }

    /// An absolute, normalised form of a path: the longest part of it that exists with its links
    /// resolved, and the rest appended, so that `dl/site` with `dl -> data` is seen to be in `data`.
    static func absolute(_ path: String) -> String {
        var base = ""
        if !path.hasPrefix("/"), let cwd = getcwd(nil, 0) {
            base = String(cString: cwd)
            free(cwd)
        }
        let parts = (base + "/" + path).split(separator: "/").filter { $0 != "." }
        for existing in stride(from: parts.count, through: 0, by: -1) {
            guard case .success(let resolved) = FileSystemCalls.realPath("/" + parts[..<existing].joined(separator: "/"))
            else { continue }
            var result = resolved == "/" ? [] : resolved.split(separator: "/")
            for part in parts[existing...] {
                if part == ".." { _ = result.popLast() } else { result.append(part) }
            }
            return "/" + result.joined(separator: "/")
        }
        return "/" + parts.joined(separator: "/")
    }

    private static func makeParents(of path: String, known: inout Set<String>) -> Failure? {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        var current = ""
        for (i, part) in parts.enumerated() {
            current += (i == 0 ? "" : "/") + part
            if current.isEmpty || known.contains(current) { continue }
            if mkdir(current, 0o755) != 0 && errno != EEXIST {
                return Failure(message: "cannot create \(current): \(String(cString: strerror(errno)))")
            }
            known.insert(current)
        }
        return nil
    }

    private static func writeFile(_ path: String, _ bytes: [UInt8]) -> Failure? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { return Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                return Failure(message: "cannot write \(path): \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        return nil
    }

    /// Removes a folder and everything in it, never following links out of it.
    static func removeTree(_ path: String) {
        if !FileAccess.isLink(path), FileAccess.kind(of: path) == .directory {
            let names = FileAccess.list(path) ?? []
            // Many files: unlink them from several threads (the time is in the file system).
            let chunks = min(8, max(1, names.count / 64))
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in stride(from: chunk, to: names.count, by: chunks) { removeTree(path + "/" + names[index]) }
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
