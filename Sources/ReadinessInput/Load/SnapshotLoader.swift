import ReadinessModel

/// Reads the snapshots of the plan at each meeting of the reporting committee before the as-at
/// date: from `snapshots/YYYY-MM-DD/` folders in the data folder when it has a `snapshots`
/// folder, otherwise from the data folder's git history when it is in a git repository and the
/// command names a `git` program. Both read the same files, as bytes, into the same loaders, so
/// a snapshot folder and the commit holding the same files give the same snapshot.
package enum SnapshotLoader {
    /// The meetings a history is read for: the reporting committee's (or the first committee's)
    /// meetings before the as-at date, oldest first.
    package static func meetings(settings: SiteSettings, committees: [Committee], asAt: CalendarDate)
        -> (committee: Committee?, meetings: [CalendarDate])
    {
        let committee =
            settings.reportingCommittee.flatMap { id in
                committees.first { $0.id == id || TextKey.normalise($0.name) == TextKey.normalise(id) }
            } ?? committees.first
        let meetings = Array(Set(committee?.meetings ?? []).filter { $0 < asAt }.sorted().suffix(Budgets.snapshots))
        return (committee, meetings)
    }

    package static func load(
        folder: String, confined: ConfinedFolder, settings: SiteSettings, committees: [Committee],
        asAt: CalendarDate, git: String?, log: inout DiagnosticLog, ledger: inout InputLedger
    ) -> SnapshotHistory {
        let (committee, meetings) = self.meetings(settings: settings, committees: committees, asAt: asAt)
        var history = SnapshotHistory(committee: committee?.id)
        let snapshotsFolder = FileAccess.join(folder, Snapshot.folder)
        let names = Set(
            Snapshot.files.flatMap { name in [name, String(name.dropLast(4)) + ".xlsx"] })
        // The plan files the data folder has now: a snapshot without one of them cannot say
        // what changed in it (an absent actions.csv is not a plan with no actions). Without
        // progress-history.csv a snapshot's scores come from its recommendations.csv.
        let present = Snapshot.files.filter { $0 != "progress-history.csv" }.filter { name in
            [name, String(name.dropLast(4)) + ".xlsx"].contains {
                FileAccess.kind(of: FileAccess.join(folder, $0)) == .file
            }
        }
        func lacking(_ files: [String: [UInt8]]) -> [String] {
            present.filter { files[$0] == nil && files[String($0.dropLast(4)) + ".xlsx"] == nil }
        }
        if FileAccess.kind(of: snapshotsFolder) != .missing || FileAccess.isLink(snapshotsFolder) {
            history.kind = .folder
            let listed: [String]
            switch confined.list(snapshotsFolder) {
            case .success(let found): listed = found
            case .failure(let refusal):
                confined.report(refusal, path: snapshotsFolder, log: &log)
                return history
            }
            var dated: [CalendarDate: String] = [:]
            for name in listed where !name.hasPrefix(".") {
                let path = FileAccess.join(snapshotsFolder, name)
                guard name.utf8.count == 10, case .success(let date) = CalendarDate.parse(name), date.iso == name else {
                    log.warning(
                        "'\(name)' is not read: a snapshot folder is named by its meeting's date, as YYYY-MM-DD",
                        at: SourceLocation(file: path, line: 0, column: 0),
                        hint:
                            "rename it to the meeting's date, such as 2026-09-17, or move it out of the snapshots folder"
                    )
                    continue
                }
                guard FileAccess.kind(of: path) == .directory else {
                    log.warning(
                        "'\(name)' is not read: a snapshot is a folder holding the plan's files",
                        at: SourceLocation(file: path, line: 0, column: 0),
                        hint: "make it with readiness snapshot --meeting \(date.iso)")
                    continue
                }
                if let committee, !committee.meetings.contains(date) {
                    log.warning(
                        "there is no meeting of the \(committee.name) on \(date.long) in committees.yaml, so this snapshot is not used",
                        at: SourceLocation(file: path, line: 0, column: 0),
                        hint: "name the folder by a meeting date committees.yaml lists, or add the meeting there")
                    continue
                }
                dated[date] = path
            }
            for meeting in meetings {
                guard let path = dated[meeting] else {
                    history.missing.append(meeting)
                    continue
                }
                var files: [String: [UInt8]] = [:]
                for name in names.sorted() {
                    let filePath = FileAccess.join(path, name)
                    guard FileAccess.kind(of: filePath) != .missing || FileAccess.isLink(filePath) else { continue }
                    switch confined.readBytes(filePath) {
                    case .success(let bytes):
                        guard bytes.count <= Budgets.wholeFileBytes else {
                            log.error(
                                "this file is more than the \(Budgets.wholeFileBytes / (1024 * 1024)) MB a table may have",
                                file: filePath, hint: "a snapshot holds the plan's tables, a few MB at most")
                            continue
                        }
                        ledger.record("data/\(Snapshot.folder)/\(meeting.iso)/\(name)", bytes)
                        files[name] = bytes
                    case .failure(let refusal):
                        confined.report(refusal, path: filePath, log: &log)
                    }
                }
                // Both a table and the workbook in its place: which one the meeting was given is
                // not known, as in the data folder.
                let both = Snapshot.files.filter { files[$0] != nil && files[String($0.dropLast(4)) + ".xlsx"] != nil }
                guard both.isEmpty else {
                    log.warning(
                        "this snapshot has both \(both.map { "\($0) and \($0.dropLast(4)).xlsx" }.joined(separator: ", ")), so it is not used",
                        at: SourceLocation(file: path, line: 0, column: 0),
                        hint: "keep the one the meeting was given and delete the other")
                    history.missing.append(meeting)
                    continue
                }
                let missing = lacking(files)
                guard missing.isEmpty else {
                    log.warning(
                        "this snapshot has no \(missing.joined(separator: " or ")), which the data folder has, so it is not used",
                        at: SourceLocation(file: path, line: 0, column: 0),
                        hint: "copy the file as it stood at the meeting into the folder, or make the snapshot again")
                    history.missing.append(meeting)
                    continue
                }
                history.snapshots.append(
                    snapshot(
                        files, meeting: meeting, source: .folder(path), pathOf: { FileAccess.join(path, $0) },
                        settings: settings, log: &log))
            }
            return history
        }
        guard let git, !meetings.isEmpty else {
            history.missing = meetings
            return history
        }
        let (opened, problem) = GitHistory.open(git: git, folder: folder)
        if let problem {
            log.warning(
                "the data folder's git history is not read: \(problem)",
                at: SourceLocation(file: folder, line: 0, column: 0),
                hint: "keep snapshots in \(Snapshot.folder)/YYYY-MM-DD folders instead (readiness snapshot makes one)")
        }
        guard let repository = opened else {
            history.missing = meetings
            return history
        }
        history.kind = .git
        for meeting in meetings {
            guard let commit = repository.commit(before: meeting) else {
                history.missing.append(meeting)
                continue
            }
            var files: [String: [UInt8]] = [:]
            let label = "commit \(commit.id.prefix(7))"
            let hint =
                "to compare with that meeting, keep its snapshot in \(Snapshot.folder)/\(meeting.iso)/ (readiness snapshot)"
            var refused = false
            for (name, file) in repository.files(at: commit, named: names).sorted(by: { $0.key < $1.key }) {
                switch file {
                case .bytes(let bytes):
                    ledger.record("data/\(name)@\(commit.id)", bytes)
                    files[name] = bytes
                case .refused(let reason):
                    refused = true
                    log.warning(
                        "\(name) at \(label) is not read: \(reason); the meeting on \(meeting.long) is compared with no snapshot",
                        at: SourceLocation(file: folder, line: 0, column: 0), hint: hint)
                }
            }
            let missing = lacking(files)
            if !refused && !missing.isEmpty {
                log.warning(
                    "\(label) (the data before the meeting on \(meeting.long)) has no \(missing.joined(separator: " or ")), which the data folder has, so it is not used",
                    at: SourceLocation(file: folder, line: 0, column: 0), hint: hint)
            }
            guard !refused, missing.isEmpty else {
                history.missing.append(meeting)
                continue
            }
            // A commit's problems cannot be fixed now: each file that had any is told of once,
            // as a warning, and that meeting is compared with no snapshot rather than with a part
            // of one (a row left out would read as an action added since).
            var commitLog = DiagnosticLog()
            let snapshot = snapshot(
                files, meeting: meeting, source: .commit(id: commit.id, date: commit.date),
                pathOf: { FileAccess.join(folder, $0) + " (\(label))" }, settings: settings, log: &commitLog)
            for file in Set(commitLog.errors.map(\.file)).sorted() {
                let count = commitLog.errors.filter { $0.file == file }.count
                log.warning(
                    "\(count) problem\(count == 1 ? "" : "s") in this file at \(label) (the data before the meeting on \(meeting.long)), so that meeting is compared with no snapshot",
                    at: SourceLocation(file: file, line: 0, column: 0), hint: hint)
            }
            guard !commitLog.hasErrors else {
                history.missing.append(meeting)
                continue
            }
            history.snapshots.append(snapshot)
        }
        return history
    }

    /// Loads one snapshot's files (by name: `actions.csv` or `actions.xlsx`) with the data
    /// folder's loaders, under the current settings' headings and words.
    static func snapshot(
        _ files: [String: [UInt8]], meeting: CalendarDate, source: Snapshot.Source, pathOf: (String) -> String,
        settings: SiteSettings, log: inout DiagnosticLog
    ) -> Snapshot {
        func read(_ file: DataFileDeclaration, mapping: ColumnMapping?, log: inout DiagnosticLog) -> CSVTable? {
            let workbook = WorkbookTable.workbookName(for: file)
            if let bytes = files[file.name] {
                return SourceText.decode(bytes, path: pathOf(file.name), log: &log).flatMap {
                    CSVTable.read($0, as: file, mapping: mapping, log: &log)
                }
            } else if let bytes = files[workbook] {
                return WorkbookTable.read(bytes, path: pathOf(workbook), as: file, mapping: mapping, log: &log)
            }
            return nil
        }
        // A snapshot from before the council's own headings were set in settings.yaml has
        // Readiness's headings: when the council's do not fit it and Readiness's do, those are used.
        func table(_ file: DataFileDeclaration) -> CSVTable? {
            var mappedLog = DiagnosticLog()
            var table = read(file, mapping: settings.columns[file.name], log: &mappedLog)
            if mappedLog.hasErrors, settings.columns[file.name] != nil {
                var plainLog = DiagnosticLog()
                let plain = read(file, mapping: nil, log: &plainLog)
                if plain != nil && !plainLog.hasErrors {
                    table = plain
                    mappedLog = plainLog
                }
            }
            log.merge(mappedLog)
            table?.vocabularies = settings.vocabularies
            return table
        }
        let progressTable = table(ProgressHistoryFile.declaration)
        return Snapshot(
            meeting: meeting, source: source,
            recommendations: table(RecommendationsFile.declaration).map { RecommendationsLoader.load($0, log: &log) }
                ?? [],
            actions: table(ActionsFile.declaration).map { ActionsLoader.load($0, asAt: meeting, log: &log) } ?? [],
            followUps: table(FollowUpsFile.declaration).map { FollowUpsLoader.load($0, log: &log) } ?? [],
            audits: table(AuditsFile.declaration).map { AuditsLoader.load($0, log: &log) } ?? [],
            progress: progressTable.map { ProgressHistoryLoader.load($0, log: &log) } ?? [],
            hasProgressHistory: progressTable != nil)
    }
}
