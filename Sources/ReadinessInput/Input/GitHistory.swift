import ReadinessModel

/// The data folder's own git history, read with the `git` command: which commit was in force
/// before a day, and the files of the data folder at a commit. Only plumbing commands are run
/// (`rev-parse`, `log`, `ls-tree`, `cat-file`): none runs hooks, a pager or the work tree's
/// file-system monitor, and none writes. Git is given its own small environment, not the
/// caller's, so no `GIT_DIR` or global setting can point it elsewhere.
package struct GitHistory: Sendable {
    /// A commit on the first-parent line of `HEAD`, with the day it was committed (in the
    /// committer's own time zone: no clock or time zone of this computer is read).
    package struct Commit: Sendable, Equatable {
        package var id: String
        package var date: CalendarDate
    }

    /// One file of the data folder at a commit: its bytes, or why it was not read.
    package enum File: Sendable {
        case bytes([UInt8])
        case refused(String)
    }

    let git: String
    let folder: String
    /// The data folder's path inside the repository, with a trailing `/` (empty at the top).
    let prefix: String
    /// Newest first.
    package let commits: [Commit]

    /// The history of the repository `folder` is in, or nil when it is in none (or git cannot
    /// read it; `problem` then says why, for a warning).
    package static func open(git: String, folder: String) -> (GitHistory?, problem: String?) {
        let probe = run(
            git, folder,
            [
                "rev-parse", "--is-inside-work-tree", "--show-toplevel", "--absolute-git-dir",
                "--is-shallow-repository",
                "--show-prefix",
            ],
            limit: 1 << 16)
        guard probe.status == 0 else { return (nil, nil) }
        let lines = String(decoding: probe.output, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        guard lines.count >= 5, lines[0] == "true" else { return (nil, nil) }
        // The repository must be the work tree's own `.git` folder: a `.git` file naming a
        // repository elsewhere would read a history from outside the data folder's tree.
        guard lines[2] == lines[1] + "/.git" else {
            return (nil, "its repository is not the .git folder of \(lines[1]) (a .git file points elsewhere)")
        }
        if lines[3] == "true" {
            return (
                nil,
                "it is a shallow clone, with no history before its last commit: clone or check out the whole history (fetch-depth: 0 on GitHub, GIT_DEPTH: 0 on GitLab)"
            )
        }
        let prefix = lines.count > 4 ? lines[4] : ""
        // rev-list is plumbing: unlike `git log`, it reads no `log.*` setting (`log.showSignature`
        // would run the repository's `gpg.program`).
        let list = run(
            git, folder, ["rev-list", "--first-parent", "--format=%H %cI", "HEAD"], limit: Budgets.gitLogBytes)
        guard list.status == 0 else {
            // A repository with no commit yet has no history to compare with.
            return (nil, list.truncated ? "its history is longer than Readiness reads" : nil)
        }
        var commits: [Commit] = []
        for line in String(decoding: list.output, as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: " ")
            // rev-list writes "commit <id>" before each formatted line.
            guard parts.count == 2, parts[0] != "commit", parts[0].count >= 40, parts[1].count >= 10,
                case .success(let date) = CalendarDate.parse(String(parts[1].prefix(10)))
            else { continue }
            commits.append(Commit(id: String(parts[0]), date: date))
        }
        return (GitHistory(git: git, folder: folder, prefix: prefix, commits: commits), nil)
    }

    /// The data as it stood before `day`: on the first-parent line of `HEAD`, from the oldest
    /// commit on, the last one before the first committed on `day` or later (so a commit dated
    /// earlier but made on top of a later one does not bring the later one's data back). A
    /// commit made on the meeting day may hold what the meeting decided, so it is not the data
    /// the meeting was given.
    package func commit(before day: CalendarDate) -> Commit? {
        var inForce: Commit?
        for commit in commits.reversed() {
            if commit.date >= day { break }
            inForce = commit
        }
        return inForce
    }

    /// The data folder's files named `names` (at its top level) at a commit. A name the commit
    /// does not have is left out; a link or a folder in its place is refused.
    package func files(at commit: Commit, named names: Set<String>) -> [String: File] {
        // `<commit>:data` names the folder's tree (`<commit>:data/` names nothing), and
        // `--full-tree` lists all of it (run inside `data`, ls-tree would list only `data/...`).
        let path = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        let listing = GitHistory.run(
            git, folder, ["ls-tree", "--full-tree", "-z", "\(commit.id):\(path)"], limit: 1 << 22)
        guard listing.status == 0 else { return [:] }
        var found: [String: File] = [:]
        for entry in listing.output.split(separator: 0) {
            // "<mode> <type> <object>\t<name>"
            guard let tab = entry.firstIndex(of: 0x09) else { continue }
            let name = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            guard names.contains(name) else { continue }
            let fields = entry[..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 3 else { continue }
            guard fields[0] == "100644" || fields[0] == "100755" else {
                found[name] = .refused(
                    fields[0] == "120000"
                        ? "it is a link, and links in the history are not followed" : "it is not a file")
                continue
            }
            let blob = GitHistory.run(git, folder, ["cat-file", "blob", fields[2]], limit: Budgets.wholeFileBytes)
            if blob.truncated {
                found[name] = .refused(
                    "it is larger than the \(Budgets.wholeFileBytes / (1024 * 1024)) MB a table may have")
            } else if blob.status != 0 {
                found[name] = .refused("git could not read it: \(blob.errorText.trimmingSpaces)")
            } else {
                found[name] = .bytes(blob.output)
            }
        }
        return found
    }

    /// Runs git in `folder` with its own environment.
    static func run(_ git: String, _ folder: String, _ arguments: [String], limit: Int) -> ProgramCalls.Outcome {
        ProgramCalls.run(
            [
                git, "--no-pager", "-C", folder, "-c", "safe.directory=*", "-c", "core.fsmonitor=false", "-c",
                "core.hooksPath=/dev/null", "-c", "log.showSignature=false", "-c", "gpg.program=/bin/false", "-c",
                "gpg.ssh.program=/bin/false", "-c", "gpg.x509.program=/bin/false", "-c", "core.pager=cat",
            ] + arguments,
            environment: .exactly([
                "LC_ALL=C", "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null", "HOME=/nonexistent",
                "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0",
            ]), outputLimit: limit)
    }
}
