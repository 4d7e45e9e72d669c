import ReadinessInput
import ReadinessModel

/// `readiness snapshot`: keeps the plan as it stands in `snapshots/YYYY-MM-DD/` inside the data
/// folder, as the baseline that pages built after that meeting compare with. Only the plan files
/// are copied (`Snapshot.files`, as CSV or workbook), never a child-level list or a file that
/// names workers.
public enum SnapshotWriter {
    /// Copies the plan files into `snapshots/<meeting>/`. Returns the files written (paths in the
    /// data folder), or why it could not. An existing snapshot is kept unless `replace`.
    public static func write(dataFolder: String, meeting: CalendarDate, replace: Bool) -> Result<
        [String], SiteWriter.Failure
    > {
        guard let confined = ConfinedFolder(dataFolder, role: "data") else {
            return .failure(.init(message: "the data folder \(dataFolder) does not exist"))
        }
        // A snapshot is named by the meeting it was reported to: one committees.yaml lists.
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let committees =
            confined.readText(FileAccess.join(dataFolder, "committees.yaml"), log: &log, ledger: &ledger, as: nil)
            .flatMap { YAMLValue.parse($0, log: &log) }
            .map { CommitteesLoader.load($0, log: &log) } ?? []
        guard committees.contains(where: { $0.meetings.contains(meeting) }) else {
            let listed = committees.map { "\($0.name): \($0.meetings.map(\.iso).joined(separator: ", "))" }
            return .failure(
                .init(
                    message:
                        "committees.yaml has no meeting on \(meeting.long); a snapshot is named by the meeting it is reported to, so add the meeting there first"
                        + (listed.isEmpty ? "" : " (its meetings: " + listed.joined(separator: "; ") + ")")))
        }
        var files: [(name: String, bytes: [UInt8])] = []
        for csv in Snapshot.files {
            for name in [csv, String(csv.dropLast(4)) + ".xlsx"] {
                let path = FileAccess.join(dataFolder, name)
                guard FileAccess.kind(of: path) != .missing || FileAccess.isLink(path) else { continue }
                switch confined.readBytes(path) {
                case .success(let bytes): files.append((name, bytes))
                case .failure(let refusal):
                    var log = DiagnosticLog()
                    confined.report(refusal, path: path, log: &log)
                    return .failure(.init(message: log.all.map(\.description).joined(separator: "\n")))
                }
            }
        }
        guard !files.isEmpty else {
            return .failure(
                .init(
                    message: "\(dataFolder) has none of \(Snapshot.files.joined(separator: ", ")) to keep a snapshot of"
                ))
        }
        let parent = FileAccess.join(dataFolder, Snapshot.folder)
        let target = FileAccess.join(parent, meeting.iso)
        let staging = FileAccess.join(parent, ".\(meeting.iso).new")
        if FileAccess.isLink(target) || FileAccess.isLink(parent) {
            return .failure(
                .init(message: "\(target) or its folder is a link: a snapshot is written only into a real folder"))
        }
        if FileAccess.kind(of: target) != .missing {
            guard replace else {
                return .failure(
                    .init(
                        message:
                            "there is already a snapshot for \(meeting.long) in \(target); give --replace to replace it with the data now"
                    ))
            }
        }
        guard FileSystemCalls.makeFolder(parent, existingIsFine: true),
            FileAccess.kind(of: parent) == .directory
        else { return .failure(.init(message: "cannot create \(parent): \(FileSystemCalls.errorText())")) }
        // Written beside, then moved into place, so a snapshot is never half written.
        removeTree(staging)
        guard FileSystemCalls.makeFolder(staging) else {
            return .failure(.init(message: "cannot create \(staging): \(FileSystemCalls.errorText())"))
        }
        for file in files {
            guard FileSystemCalls.writeFile(FileAccess.join(staging, file.name), file.bytes, followingLinks: false)
            else {
                let reason = FileSystemCalls.errorText()
                removeTree(staging)
                return .failure(.init(message: "cannot write \(FileAccess.join(staging, file.name)): \(reason)"))
            }
        }
        if FileAccess.kind(of: target) != .missing || FileAccess.isLink(target) {
            guard FileSystemCalls.exchange(staging, target) else {
                removeTree(staging)
                return .failure(.init(message: "cannot replace \(target): \(FileSystemCalls.errorText())"))
            }
            removeTree(staging)
        } else if !FileSystemCalls.move(staging, to: target) {
            removeTree(staging)
            return .failure(.init(message: "cannot create \(target): \(FileSystemCalls.errorText())"))
        }
        return .success(files.map { "\(Snapshot.folder)/\(meeting.iso)/\($0.name)" })
    }

    /// Removes a folder of files this writer made (one level deep).
    private static func removeTree(_ folder: String) {
        guard FileAccess.kind(of: folder) == .directory else { return }
        for name in FileAccess.list(folder) ?? [] { FileSystemCalls.removeFile(FileAccess.join(folder, name)) }
        FileSystemCalls.removeEmptyFolder(folder)
    }
}
