import ReadinessModel

/// Reads every file of a data folder into a `ReadinessData`, reporting all problems at once.
public enum DataLoader {
    /// Loads the data folder. Returns nil only when nothing usable could be read; otherwise the
    /// data and, in the log, every problem found.
    public static func load(
        from folder: String, asAtOverride: CalendarDate?, log: inout DiagnosticLog, ledger: inout InputLedger
    ) -> ReadinessData? {
        guard let confined = ConfinedFolder(folder, role: "data") else {
            log.error("the data folder does not exist", file: folder, hint: "pass the folder with --data")
            return nil
        }
        func path(_ name: String) -> String { FileAccess.join(folder, name) }
        func source(_ name: String, required: Bool) -> SourceText? {
            let p = path(name)
            if !required && FileAccess.kind(of: p) == .missing && !FileAccess.isLink(p) {
                let consequence =
                    name == "bank-holidays.csv"
                    ? "working days count only weekends as days off"
                    : "the pages show no \(String(name.split(separator: ".")[0]).replacingAll("-", with: " "))"
                log.warning(
                    "there is no \(name), so \(consequence)", at: SourceLocation(file: p, line: 0, column: 0),
                    hint: "see docs/data-format.md")
                return nil
            }
            return confined.readText(p, log: &log, ledger: &ledger, as: "data/" + name)
        }
        func yaml(_ name: String, required: Bool) -> YAMLValue? {
            source(name, required: required).flatMap { YAMLValue.parse($0, log: &log) }
        }
        let settings = yaml("settings.yaml", required: true).flatMap { SiteSettings.load($0, log: &log) }
        // Every table's cells are matched against the council's own words too.
        let vocabularies = settings?.vocabularies ?? Vocabularies()
        func table(_ file: DataFileDeclaration) -> CSVTable? {
            guard
                var table = source(file.name, required: file.required).flatMap({
                    CSVTable.read($0, as: file, log: &log)
                })
            else { return nil }
            table.vocabularies = vocabularies
            return table
        }

        let asAt = asAtOverride ?? settings?.asAt
        let (frameworks, themes) =
            yaml("themes.yaml", required: true).map { ThemesLoader.load($0, log: &log) } ?? ([], [])
        let inspections = yaml("inspections.yaml", required: false).map { InspectionsLoader.load($0, log: &log) } ?? []
        let recommendations =
            table(RecommendationsFile.declaration).map {
                RecommendationsLoader.load($0, log: &log)
            }
            ?? []
        let actions =
            table(ActionsFile.declaration).map { ActionsLoader.load($0, asAt: asAt, log: &log) } ?? []
        let audits = table(AuditsFile.declaration).map { AuditsLoader.load($0, log: &log) } ?? []
        let caseloads =
            table(CaseloadsFile.declaration).map { CaseloadsLoader.load($0, log: &log) } ?? []
        let followUps =
            table(FollowUpsFile.declaration).map { FollowUpsLoader.load($0, log: &log) } ?? []
        let committees = yaml("committees.yaml", required: false).map { CommitteesLoader.load($0, log: &log) } ?? []
        let progress =
            table(ProgressHistoryFile.declaration).map {
                ProgressHistoryLoader.load($0, log: &log)
            }
            ?? []
        let holidays =
            table(BankHolidaysFile.declaration).map { BankHolidaysLoader.load($0, log: &log) } ?? []
        let calendar = WorkingDayCalendar(bankHolidays: holidays)
        var timeliness: [TimelinessResult] = []
        if let settings, let asAt {
            timeliness = ChildLevelLoader.load(
                measures: settings.timeliness, folder: folder, asAt: asAt, calendar: calendar,
                maxAgeDays: settings.childLevelMaxAgeDays, log: &log, ledger: &ledger)
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
                if let theme = setting.theme, !themes.contains(where: { $0.id == theme }) {
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
        return ReadinessData(
            folder: folder, settings: settings, frameworks: frameworks, themes: themes, inspections: inspections,
            recommendations: recommendations, actions: actions, audits: audits, caseloads: caseloads,
            followUps: followUps, committees: committees, progress: progress, calendar: calendar,
            timeliness: timeliness, indicators: indicators)
    }
}
