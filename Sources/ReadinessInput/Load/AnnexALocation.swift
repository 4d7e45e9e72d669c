import ReadinessModel

/// Where the Annex A lists are read from: the data folder's `annex-a/` (or `annex-a.xlsx`), or a
/// folder named by the command's `--annex-a` or settings.yaml's `annex_a: folder:`, such as a
/// protected share. Files inside it are read by the same rules as the data folder's
/// (`ConfinedFolder`: no link out of it, ordinary files only).
struct AnnexALocation {
    /// The folder whose files may be read; nil when it does not exist.
    let confined: ConfinedFolder?
    /// The folder that holds `list-N.csv`.
    let folder: String
    /// The workbook read in its place, `annex-a.xlsx`.
    let workbook: String
    /// Whether a list folder or workbook is there to read.
    let supplied: Bool
    /// What named the folder, when not the data folder: `--annex-a` or `annex_a: folder:`.
    let namedBy: String?

    /// The location for a build: `command` (`--annex-a`) wins over `settings` (`annex_a: folder:`,
    /// relative to the data folder unless absolute); else the data folder's own.
    static func find(dataFolder: String, command: String?, settings: String?) -> AnnexALocation {
        if let given = command ?? settings {
            let folder = given.hasPrefix("/") || command != nil ? given : FileAccess.join(dataFolder, given)
            let confined = ConfinedFolder(folder, role: "Annex A")
            let workbook = FileAccess.join(folder, AnnexAWorkbook.fileName)
            let supplied =
                confined.map { confined in
                    ChildLevelLoader.exists(workbook, in: confined)
                        || (FileAccess.list(folder) ?? []).contains { $0.hasPrefix("list-") }
                } ?? false
            return AnnexALocation(
                confined: confined, folder: folder, workbook: workbook, supplied: supplied,
                namedBy: command != nil ? "--annex-a" : "'annex_a: folder:' in settings.yaml")
        }
        let confined = ConfinedFolder(dataFolder, role: "data")
        let folder = FileAccess.join(dataFolder, ChildLevelLoader.folder)
        let workbook = FileAccess.join(dataFolder, AnnexAWorkbook.fileName)
        let supplied =
            confined.map {
                ChildLevelLoader.exists(workbook, in: $0) || ChildLevelLoader.exists(folder, in: $0)
            } ?? false
        return AnnexALocation(
            confined: confined, folder: folder, workbook: workbook, supplied: supplied, namedBy: nil)
    }

    /// Reports lists that were not supplied: an error when the command named a folder that is not
    /// there, otherwise a warning (a fresh clone, with the lists kept out of the repository),
    /// saying where they were looked for and how to supply them.
    func reportNotSupplied(measures: [TimelinessMeasure], log: inout DiagnosticLog) {
        let looked = namedBy == nil ? "\(folder)/ or \(workbook)" : "\(folder)/ (named by \(namedBy ?? ""))"
        let howTo =
            "supply them with 'readiness build --annex-a DIR', or 'annex_a: folder: DIR' in settings.yaml, pointing at the protected folder that holds list-N.csv; see docs/data-format.md, \"Annex A lists from a protected store\""
        if namedBy == "--annex-a", confined == nil {
            log.error(
                "the folder given with --annex-a does not exist: \(folder)", file: folder,
                hint: "check the path and that the protected share is mounted")
            return
        }
        guard !measures.isEmpty else { return }
        let count = measures.count == 1 ? "1 timeliness measure shows" : "\(measures.count) timeliness measures show"
        log.warning(
            "the Annex A lists were not found (looked in \(looked)), so \(count) 'not available: lists not supplied'",
            at: SourceLocation(file: folder, line: 0, column: 0), hint: howTo)
    }
}
