import ReadinessModel

/// Reads every file of a data folder into a `ReadinessData`, reporting all problems at once.
public enum DataLoader {
    /// Loads the data folder. Returns nil only when nothing usable could be read; otherwise the
    /// data and, in the log, every problem found. `annexA` is the folder the command names for
    /// the Annex A lists (`--annex-a`), if any. `childLevel`, when given, keeps the child-level
    /// aggregates between builds while their inputs are unchanged (the preview's).
    public static func load(
        from folder: String, asAtOverride: CalendarDate?, git: String? = nil, annexA: String? = nil,
        log: inout DiagnosticLog, ledger: inout InputLedger, childLevel: ChildLevelCache? = nil
    ) -> ReadinessData? {
        guard let confined = ConfinedFolder(folder, role: "data") else {
            log.error("the data folder does not exist", file: folder, hint: "pass the folder with --data")
            return nil
        }
        func path(_ name: String) -> String { FileAccess.join(folder, name) }
        func exists(_ path: String) -> Bool { FileAccess.kind(of: path) != .missing || FileAccess.isLink(path) }
        func source(_ name: String, required: Bool) -> SourceText? {
            let p = path(name)
            if !required && !exists(p) {
                let consequence =
                    name == "bank-holidays.csv"
                    ? "working days count only weekends as days off"
                    : "the pages show no \(String(name.split(separator: ".")[0]).replacingAll("-", with: " "))"
                let names = name.hasSuffix(".csv") ? [name, String(name.dropLast(4)) + ".xlsx"] : [name]
                // A file named all but exactly (Actions.XLSX, actions.xls) is told of by name.
                let near = (FileAccess.list(folder) ?? []).filter { found in
                    names.contains { TextKey.normalise($0) == TextKey.normalise(found) }
                        || TextKey.normalise(found) == TextKey.normalise(String(name.dropLast(4)) + ".xls")
                }
                log.warning(
                    "there is no \(names.joined(separator: " or ")), so \(consequence)",
                    at: SourceLocation(file: p, line: 0, column: 0),
                    hint: near.isEmpty
                        ? "see docs/data-format.md"
                        : "there is \(near.map { "'\($0)'" }.joined(separator: " and ")): file names must be written exactly, in lower case, as \(names.joined(separator: " or ")) (an .xls workbook must be saved as .xlsx)"
                )
                return nil
            }
            return confined.readText(p, log: &log, ledger: &ledger, as: "data/" + name)
        }
        // What did not load, so that what follows from it is reported under its cause.
        var failures = LoadFailures()
        func yaml(_ name: String, required: Bool) -> YAMLValue? {
            let mark = log.mark
            let value = source(name, required: required).flatMap { YAMLValue.parse($0, log: &log) }
            if value == nil { failures.wholeFile(name, path: path(name), causeFiles: log.errorFiles(since: mark)) }
            return value
        }
        // Settings first: they say how the tables' columns are headed.
        let settings = yaml("settings.yaml", required: true).flatMap { SiteSettings.load($0, log: &log) }
        // Every table's cells are matched against the council's own words too.
        let vocabularies = settings?.vocabularies ?? Vocabularies()
        // Where each table was read from: its CSV file or the workbook in its place.
        var tablePaths: [String: String] = [:]
        func table(_ file: DataFileDeclaration) -> CSVTable? {
            let mark = log.mark
            let workbook = path(WorkbookTable.workbookName(for: file))
            var table: CSVTable?
            if exists(workbook) {
                tablePaths[file.name] = workbook
                if exists(path(file.name)) {
                    log.error(
                        "there are both \(file.name) and \(WorkbookTable.workbookName(for: file)), so neither is read",
                        file: workbook, hint: "keep one of the two: delete or move the other out of the data folder")
                    table = nil
                } else {
                    switch confined.readBytes(workbook) {
                    case .success(let bytes):
                        ledger.record("data/" + WorkbookTable.workbookName(for: file), bytes)
                        table = WorkbookTable.read(
                            bytes, path: workbook, as: file, mapping: settings?.columns[file.name], log: &log)
                    case .failure(let refusal):
                        confined.report(refusal, path: workbook, log: &log)
                        table = nil
                    }
                }
            } else {
                tablePaths[file.name] = path(file.name)
                table = source(file.name, required: file.required).flatMap {
                    CSVTable.read($0, as: file, mapping: settings?.columns[file.name], log: &log)
                }
            }
            table?.vocabularies = vocabularies
            if table == nil {
                failures.wholeFile(
                    file.name, path: tablePaths[file.name] ?? path(file.name), causeFiles: log.errorFiles(since: mark))
            }
            return table
        }
        /// Notes what of a file that was read did not load: the values of `columns` in its
        /// records that were dropped (every record when none loaded), with the errors since `mark`.
        func noteDropped(
            _ name: String, since mark: DiagnosticLog.Mark, loadedNone: Bool,
            _ values: [(field: LoadFailures.Field, values: Set<String>)]
        ) {
            let causes = log.errorFiles(since: mark)
            guard !causes.isEmpty else { return }
            let shown = tablePaths[name] ?? path(name)
            if loadedNone { failures.wholeFile(name, path: shown, causeFiles: causes) }
            for (field, dropped) in values {
                failures.dropped(dropped, of: field, path: shown, causeFiles: causes)
            }
        }

        let asAt = asAtOverride ?? settings?.asAt
        var mark = log.mark
        let themesYAML = yaml(ThemesFile.declaration.name, required: true)
        let (frameworks, themes) = themesYAML.map { ThemesLoader.load($0, log: &log) } ?? ([], [])
        if let themesYAML {
            noteDropped(
                ThemesFile.declaration.name, since: mark, loadedNone: themes.isEmpty,
                [
                    (
                        .theme,
                        themesYAML.values(
                            of: ThemesFile.Theme.id.name, in: ThemesFile.themes.name, notAt: themes.map(\.location))
                    ),
                    (
                        .framework,
                        themesYAML.values(
                            of: ThemesFile.Framework.id.name, in: ThemesFile.frameworks.name,
                            notAt: frameworks.map(\.location))
                    ),
                ])
        }
        mark = log.mark
        let inspectionsYAML = yaml(InspectionsFile.declaration.name, required: false)
        let inspections = inspectionsYAML.map { InspectionsLoader.load($0, log: &log) } ?? []
        if let inspectionsYAML {
            noteDropped(
                InspectionsFile.declaration.name, since: mark, loadedNone: inspections.isEmpty,
                [
                    (
                        .inspection,
                        inspectionsYAML.values(
                            of: InspectionsFile.Inspection.id.name, in: InspectionsFile.inspections.name,
                            notAt: inspections.map(\.location))
                    )
                ])
        }
        mark = log.mark
        let recommendationsTable = table(RecommendationsFile.declaration)
        let recommendations = recommendationsTable.map { RecommendationsLoader.load($0, log: &log) } ?? []
        if let recommendationsTable {
            let column = RecommendationsFile.reference.name
            noteDropped(
                RecommendationsFile.declaration.name, since: mark, loadedNone: recommendations.isEmpty,
                [
                    (
                        .recommendation,
                        recommendationsTable.values(of: column, inRowsNotAt: Set(recommendations.map(\.location.line)))
                    )
                ])
        }
        mark = log.mark
        let actionsTable = table(ActionsFile.declaration)
        let actions = actionsTable.map { ActionsLoader.load($0, asAt: asAt, log: &log) } ?? []
        if let actionsTable {
            let column = ActionsFile.recommendation.name
            noteDropped(
                ActionsFile.declaration.name, since: mark, loadedNone: actions.isEmpty,
                [
                    (
                        .actionRecommendation,
                        actionsTable.values(of: column, inRowsNotAt: Set(actions.map(\.location.line)))
                    )
                ])
        }
        let audits = table(AuditsFile.declaration).map { AuditsLoader.load($0, log: &log) } ?? []
        mark = log.mark
        let caseloadsTable = table(CaseloadsFile.declaration)
        let caseloads = caseloadsTable.map { CaseloadsLoader.load($0, asAt: asAt, log: &log) } ?? []
        if let caseloadsTable {
            // Teams and service areas are compared loosely.
            let loaded = Set(caseloads.map(\.location.line))
            noteDropped(
                CaseloadsFile.declaration.name, since: mark, loadedNone: caseloads.isEmpty,
                [
                    (.caseloadTeam, CaseloadsFile.team.name), (.caseloadServiceArea, CaseloadsFile.serviceArea.name),
                ].map { field, column in
                    (field, Set(caseloadsTable.values(of: column, inRowsNotAt: loaded).map(TextKey.normalise)))
                })
        }
        let followUps =
            table(FollowUpsFile.declaration).map { FollowUpsLoader.load($0, log: &log) } ?? []
        mark = log.mark
        let committeesYAML = yaml(CommitteesFile.declaration.name, required: false)
        let committees = committeesYAML.map { CommitteesLoader.load($0, log: &log) } ?? []
        if let committeesYAML {
            noteDropped(
                CommitteesFile.declaration.name, since: mark, loadedNone: committees.isEmpty,
                [
                    (
                        .committee,
                        committeesYAML.values(
                            of: CommitteesFile.Committee.id.name, in: CommitteesFile.committees.name,
                            notAt: committees.map(\.location))
                    )
                ])
        }
        // Without progress-history.csv, scores over time come from recommendations.csv's `Score`
        // column and the snapshots (docs/history.md): its absence is news only when there is none.
        let progressGiven = [
            ProgressHistoryFile.declaration.name, WorkbookTable.workbookName(for: ProgressHistoryFile.declaration),
        ]
        .contains { exists(path($0)) }
        let progress =
            progressGiven || !recommendations.contains(where: { $0.score != nil })
            ? table(ProgressHistoryFile.declaration).map { ProgressHistoryLoader.load($0, log: &log) } ?? [] : []
        let holidays =
            table(BankHolidaysFile.declaration).map { BankHolidaysLoader.load($0, log: &log) } ?? []
        let calendar = WorkingDayCalendar(bankHolidays: holidays)
        var timeliness: [TimelinessResult] = []
        let lists = AnnexALocation.find(dataFolder: folder, command: annexA, settings: settings?.annexAFolder)
        if let settings, let asAt {
            if lists.supplied {
                let compute = { (log: inout DiagnosticLog, ledger: inout InputLedger) in
                    ChildLevelLoader.load(
                        measures: settings.timeliness, from: lists, asAt: asAt, calendar: calendar,
                        maxAgeDays: settings.childLevelMaxAgeDays, mappings: settings.columns, log: &log,
                        ledger: &ledger)
                }
                timeliness =
                    childLevel?.results(
                        measures: settings.timeliness, location: lists, asAt: asAt, calendar: calendar,
                        maxAgeDays: settings.childLevelMaxAgeDays, mappings: settings.columns, log: &log,
                        ledger: &ledger, compute: compute) ?? compute(&log, &ledger)
            } else {
                lists.reportNotSupplied(measures: settings.timeliness, log: &log)
            }
        }
        var indicators: [TeamIndicatorResult] = []
        for indicator in DataFiles.indicators {
            guard let table = table(indicator.file), let settings, let asAt else { continue }
            var setting: IndicatorSetting
            if let set = settings.indicators[indicator.id] {
                setting = set
            } else {
                // Not set: the default standard, on the default theme if the council has it.
                setting = indicator.defaultSetting(at: SourceLocation(file: path("settings.yaml"), line: 0, column: 0))
                // A theme that did not load is reported in themes.yaml, where it must be fixed.
                if let theme = setting.theme, !themes.contains(where: { $0.id == theme }),
                    failures.failure(of: .theme, value: theme) == nil
                {
                    setting.theme = nil
                    log.warning(
                        "\(indicator.file.name) is read, but no theme shows it: there is no '\(theme)' theme",
                        at: setting.location, hint: "set '\(indicator.id): theme:' in settings.yaml to a theme's id")
                }
            }
            indicators.append(indicator.result(table, setting: setting, asAt: asAt, calendar: calendar, log: &log))
        }

        guard var settings else { return nil }
        settings.asAt = asAt
        settings.logo = settings.logo.flatMap { LogoLoader.load($0, from: confined, log: &log, ledger: &ledger) }
        var data = ReadinessData(
            folder: folder, settings: settings, frameworks: frameworks, themes: themes, inspections: inspections,
            recommendations: recommendations, actions: actions, audits: audits, caseloads: caseloads,
            followUps: followUps, committees: committees, progress: progress, calendar: calendar,
            timeliness: timeliness, indicators: indicators)
        data.comparators =
            table(ComparatorsFile.declaration).map {
                ComparatorsLoader.load($0, measures: settings.timeliness, log: &log)
            } ?? []
        if let asAt {
            data.history = SnapshotLoader.load(
                folder: folder, confined: confined, settings: settings, committees: committees, asAt: asAt, git: git,
                log: &log, ledger: &ledger)
        }
        data.failures = failures
        data.annexAListsSupplied = lists.supplied
        return data
    }
}
