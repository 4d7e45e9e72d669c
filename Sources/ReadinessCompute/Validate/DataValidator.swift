import ReadinessModel

/// Checks what no single file can: references between files, and warnings about stale data.
public enum DataValidator {
    /// Resolves the themes and committees the data names by name to their ids
    /// (`ReferenceNames`), then reports every broken reference and warning; `asAt` drives the
    /// staleness checks.
    public static func validate(_ data: inout ReadinessData, asAt: CalendarDate, log: inout DiagnosticLog) {
        ReferenceNames.resolve(&data)
        let themeIDs = Set(data.themes.map(\.id))
        let themeHint =
            "give a theme's id or name as themes.yaml writes it: " + ReferenceNames(themes: data.themes).listed
        let committeeHint =
            "give a committee's id or name as committees.yaml writes it: "
            + ReferenceNames(committees: data.committees).listed
        let inspectionIDs = Set(data.inspections.map(\.id))
        let recommendationIDs = Set(data.recommendations.map(\.reference))
        let frameworkIDs = Set(data.frameworks.map(\.id))
        let committeeIDs = Set(data.committees.map(\.id))
        // A reference to a record that did not load because of an error is counted here and
        // reported once, after its cause.
        var folded = FoldedConsequences(data.failures)
        typealias Phrase = FoldedConsequences.Phrase

        for inspection in data.inspections {
            if !frameworkIDs.contains(inspection.framework)
                && !folded.fold(
                    Phrase(
                        "inspection names a framework that did not load",
                        "inspections name a framework that did not load"),
                    at: inspection.location, naming: inspection.framework, of: .framework)
            {
                log.error(
                    "inspection '\(inspection.id)' names framework '\(inspection.framework)', which is not defined",
                    at: inspection.location, hint: "frameworks are defined in themes.yaml")
            }
            for judgement in inspection.judgements
            where judgement.theme != "overall" && !themeIDs.contains(judgement.theme)
                && !folded.fold(
                    Phrase("judgement names a theme that did not load", "judgements name a theme that did not load"),
                    at: judgement.location, naming: judgement.theme, of: .theme)
            {
                log.error(
                    "judgement area '\(judgement.theme)' is not a theme", at: judgement.location,
                    hint: themeHint + ", or 'overall' for overall effectiveness")
            }
        }
        for recommendation in data.recommendations {
            if !inspectionIDs.contains(recommendation.inspection)
                && !folded.fold(
                    Phrase("row names an inspection that did not load", "rows name an inspection that did not load"),
                    at: recommendation.location, naming: recommendation.inspection, of: .inspection)
            {
                log.error(
                    "recommendation \(recommendation.reference) names inspection '\(recommendation.inspection)', which is not in inspections.yaml",
                    at: recommendation.location,
                    hint: "inspections are: " + data.inspections.map(\.id).joined(separator: ", "))
            }
            if !themeIDs.contains(recommendation.theme)
                && !folded.fold(rowsNameATheme, at: recommendation.location, naming: recommendation.theme, of: .theme)
            {
                log.error(
                    "recommendation \(recommendation.reference) names theme '\(recommendation.theme)', which nobody defined",
                    at: recommendation.location, hint: themeHint)
            }
        }
        for action in data.actions {
            if !recommendationIDs.contains(action.recommendation)
                && !folded.fold(
                    rowsNameARecommendation, at: action.location, naming: action.recommendation, of: .recommendation)
            {
                log.error(
                    "action \(action.id) points at recommendation '\(action.recommendation)', which does not exist",
                    at: action.location, hint: "recommendations are listed in recommendations.csv")
            }
            if action.status != .complete {
                if let updated = action.updateDate {
                    let age = updated.days(until: asAt)
                    if age > data.settings.staleUpdateDays {
                        log.warning(
                            "action \(action.id) has had no update for \(age) days (last \(updated.long))",
                            at: action.location, hint: "ask the owner (\(action.owner)) for a progress update")
                    }
                } else {
                    log.warning(
                        "action \(action.id) has no progress update", at: action.location,
                        hint: "add a 'Latest update' and its 'Update date'")
                }
            }
        }
        for audit in data.audits
        where !themeIDs.contains(audit.theme)
            && !folded.fold(rowsNameATheme, at: audit.location, naming: audit.theme, of: .theme)
        {
            log.error(
                "audit \(audit.id) names theme '\(audit.theme)', which nobody defined", at: audit.location,
                hint: themeHint)
        }
        for followUp in data.followUps {
            if let theme = followUp.theme, !themeIDs.contains(theme),
                !folded.fold(rowsNameATheme, at: followUp.location, naming: theme, of: .theme)
            {
                log.error(
                    "follow-up \(followUp.id) names theme '\(theme)', which nobody defined", at: followUp.location,
                    hint: themeHint)
            }
            if followUp.due == .nextMeeting {
                if !committeeIDs.contains(followUp.committee) {
                    if !folded.fold(
                        Phrase(
                            "row is due at the next meeting of a committee that did not load",
                            "rows are due at the next meeting of a committee that did not load"),
                        at: followUp.location, naming: followUp.committee, of: .committee)
                    {
                        log.error(
                            "follow-up \(followUp.id) is due at the next meeting of '\(followUp.committee)', which is not a committee in committees.yaml",
                            at: followUp.location,
                            hint: data.committees.isEmpty
                                ? "add the committee and its meeting dates to committees.yaml"
                                : committeeHint + "; or add the committee and its meeting dates")
                    }
                } else if FollowUpSchedule.dueDate(followUp, committees: data.committees, calendar: data.calendar)
                    == nil,
                    !folded.fold(
                        Phrase(
                            "row is due at the next meeting of a committee whose meeting dates did not all load",
                            "rows are due at the next meeting of a committee whose meeting dates did not all load"),
                        at: followUp.location, whenErrorsIn: LoadFailures.Field.committee.file)
                {
                    log.error(
                        "follow-up \(followUp.id) is due at the next meeting, but '\(followUp.committee)' has no meeting after \(followUp.meetingDate.long)",
                        at: followUp.location, hint: "add the committee's next meeting dates to committees.yaml")
                }
            }
            if followUp.status == .complete && followUp.completed == nil {
                log.warning(
                    "follow-up \(followUp.id) is complete but has no 'Completed date'", at: followUp.location,
                    hint: "add the date it was done so the time taken can be shown")
            }
        }
        for record in data.progress
        where !recommendationIDs.contains(record.recommendation)
            && !folded.fold(
                rowsNameARecommendation, at: record.location, naming: record.recommendation, of: .recommendation)
        {
            log.error(
                "progress score for recommendation '\(record.recommendation)', which does not exist",
                at: record.location,
                hint: "recommendations are listed in recommendations.csv")
        }
        let settingsFile = SourceLocation(file: PathText.join(data.folder, "settings.yaml"), line: 0, column: 0)
        if let id = data.settings.reportingCommittee, !committeeIDs.contains(id),
            !folded.fold(
                Phrase("setting names a committee that did not load", "settings name a committee that did not load"),
                at: settingsFile, naming: id, of: .committee)
        {
            log.error(
                "reporting_committee '\(id)' is not a committee in committees.yaml", at: settingsFile,
                hint: committeeHint)
        }
        for measure in data.settings.timeliness {
            if let theme = measure.theme, !themeIDs.contains(theme),
                !folded.fold(settingsNameATheme, at: measure.location, naming: theme, of: .theme)
            {
                log.error(
                    "timeliness measure names theme '\(theme)', which nobody defined", at: measure.location,
                    hint: themeHint)
            }
        }
        let caseloadTeams = Set(data.caseloads.map { TextKey.normalise($0.team) })
        for indicator in data.indicators where !caseloadTeams.isEmpty {
            for (team, at) in indicator.firstRows.sorted(by: { $0.value.line < $1.value.line })
            where !caseloadTeams.contains(team)
                && !folded.fold(
                    Phrase(
                        "row names a team whose rows in caseloads.csv did not load",
                        "rows name a team whose rows in caseloads.csv did not load"),
                    at: at, naming: team, of: .caseloadTeam, severity: .warning)
            {
                log.warning(
                    "this row's team is not a team in caseloads.csv, so only themes that take all service areas show it",
                    at: at,
                    hint:
                        "check the team's spelling against caseloads.csv, and that a comma in a name is within double quotes"
                )
            }
        }
        for indicator in data.indicators {
            if let theme = indicator.setting.theme, !themeIDs.contains(theme),
                !folded.fold(settingsNameATheme, at: indicator.setting.location, naming: theme, of: .theme)
            {
                log.error(
                    "'\(indicator.id)' names theme '\(theme)', which nobody defined", at: indicator.setting.location,
                    hint: themeHint + "; set '\(indicator.id): theme:' in settings.yaml")
            }
        }
        if let years = data.calendar.coveredYears {
            if !years.contains(asAt.year) {
                log.warning(
                    "bank-holidays.csv lists \(years.lowerBound) to \(years.upperBound), not \(asAt.year), the as-at year",
                    at: SourceLocation(file: PathText.join(data.folder, "bank-holidays.csv"), line: 0, column: 0),
                    hint: "add that year's bank holidays so working days are counted right")
            }
        } else if usesWorkingDays(data) {
            log.warning(
                "there are no bank holidays, so working days count only weekends as days off",
                at: SourceLocation(file: PathText.join(data.folder, "bank-holidays.csv"), line: 0, column: 0),
                hint: "add data/bank-holidays.csv (see docs/data-format.md)")
        }
        MisleadingFigureChecks.check(data, asAt: asAt, folded: &folded, log: &log)
        let knownAreas = Set(data.caseloads.map { TextKey.normalise($0.serviceArea) })
        for theme in data.themes {
            for area in theme.caseloadAreas ?? []
            where !knownAreas.contains(TextKey.normalise(area)) && !data.caseloads.isEmpty
                && !folded.fold(
                    Phrase(
                        "theme names a service area whose rows in caseloads.csv did not load",
                        "themes name a service area whose rows in caseloads.csv did not load"),
                    at: theme.location, naming: TextKey.normalise(area), of: .caseloadServiceArea, severity: .warning)
            {
                log.warning(
                    "theme '\(theme.id)' lists service area '\(area)', but no team in caseloads.csv has it",
                    at: theme.location, hint: "check the spelling against the 'Service area' column")
            }
        }
        folded.report(into: &log)
    }

    static let rowsNameATheme = FoldedConsequences.Phrase(
        "row names a theme that did not load", "rows name a theme that did not load")
    static let settingsNameATheme = FoldedConsequences.Phrase(
        "setting names a theme that did not load", "settings name a theme that did not load")
    static let rowsNameARecommendation = FoldedConsequences.Phrase(
        "row names a recommendation that did not load", "rows name a recommendation that did not load")

    /// Whether any standard or follow-up counts in working days.
    static func usesWorkingDays(_ data: ReadinessData) -> Bool {
        data.settings.timeliness.contains { $0.standard.unit == .workingDays }
            || data.followUps.contains {
                if case .after(let i) = $0.due { return i.unit == .workingDays } else { return false }
            }
    }
}
