/// Diagnostics' file paths made relative to the repository's root, as GitLab's Code Quality
/// report needs them to place each problem on the merge request's files.
///
/// Worked out from the text alone: the command passes the folder it runs in and the
/// repository's root, so nothing here reads the file system or the environment.
public struct RepositoryPaths: Sendable, Equatable {
    /// The folder relative paths in diagnostics start from (the command's current folder).
    public var workingDirectory: String
    /// The repository's root folder.
    public var root: String

    /// Paths relative to `root`, for diagnostics whose paths start from `workingDirectory`.
    public init(workingDirectory: String, root: String) {
        self.workingDirectory = workingDirectory
        self.root = root
    }

    /// `file` relative to the root (`data/actions.csv`); a file outside the root keeps its
    /// whole path.
    public func path(for file: String) -> String {
        let whole = RepositoryPaths.normalise(file.hasPrefix("/") ? file : PathText.join(workingDirectory, file))
        let top = RepositoryPaths.normalise(root)
        if whole == top { return "." }
        let prefix = top == "/" ? "/" : top + "/"
        return whole.hasPrefix(prefix) ? String(whole.dropFirst(prefix.count)) : whole
    }

    /// An absolute path with `.`, `..` and repeated slashes worked out from the text.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." {
                _ = parts.popLast()
            } else {
                parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
