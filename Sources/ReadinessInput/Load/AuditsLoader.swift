import ReadinessModel

/// Reads `audits.csv` (declared in `AuditsFile`): case-file audit outcomes before and after
/// moderation.
enum AuditsLoader {
    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [AuditOutcome] {
        typealias File = AuditsFile
        var result: [AuditOutcome] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let id = row.read(File.id, log: &log)
            let theme = row.read(File.theme, log: &log)
            let type = row.read(File.auditType, log: &log)
            let period = row.read(File.period, log: &log)
            let cases = row.read(File.casesAudited, log: &log)
            let audited = grades(row, File.audited, log: &log)
            let moderated = grades(row, File.moderated, log: &log)
            let due = row.read(File.reportDue, log: &log)
            let reported = row.read(File.reported, log: &log)
            let agreed = row.read(File.moderationAgreed, log: &log)
            guard let id, let theme, let type, let period, let cases, let audited else { continue }
            if audited.total > cases {
                log.error(
                    "the audited grades add up to \(audited.total), more than the \(cases) cases audited",
                    at: row.location(of: File.casesAudited), hint: "check the counts")
            }
            if let moderated, moderated.total > cases {
                log.error(
                    "the moderated grades add up to \(moderated.total), more than the \(cases) cases audited",
                    at: row.location(of: File.moderated.outstanding), hint: "check the counts")
            }
            let agreedName = File.moderationAgreed.name
            if let agreed, let moderated, agreed > moderated.total {
                log.error(
                    "'\(agreedName)' is \(agreed), more than the \(moderated.total) cases moderated",
                    at: row.location(of: File.moderationAgreed), hint: "check the counts")
            } else if agreed != nil && moderated == nil {
                log.error(
                    "'\(agreedName)' is given but the moderated grades are blank",
                    at: row.location(of: File.moderationAgreed),
                    hint: "fill in the four moderated grade counts, or leave '\(agreedName)' blank")
            }
            result.append(
                AuditOutcome(
                    id: id, theme: theme, auditType: type, period: period, casesAudited: cases, audited: audited,
                    moderated: moderated, keyLearning: row.read(File.keyLearning, log: &log),
                    moderationAgreed: agreed, reportDue: due, reported: reported,
                    location: row.location(of: File.id)))
        }
        IdentifierRules.reportDuplicates(result, id: \.id, location: \.location, what: "audit", log: &log)
        return result
    }

    /// The four grade counts under a prefix: all four are needed when the columns are required
    /// or any is filled in; nil when all are blank and they are optional.
    static func grades(_ row: CSVRowReader, _ columns: AuditsFile.GradeColumns, log: inout DiagnosticLog)
        -> GradeCounts?
    {
        let required = !columns.outstanding.column.blankAllowed
        if !required && columns.all.allSatisfy({ row.isBlank($0) }) { return nil }
        let o = row.read(columns.outstanding, requiringValue: true, log: &log)
        let g = row.read(columns.good, requiringValue: true, log: &log)
        let r = row.read(columns.requiresImprovement, requiringValue: true, log: &log)
        let i = row.read(columns.inadequate, requiringValue: true, log: &log)
        guard let o, let g, let r, let i else { return nil }
        return GradeCounts(outstanding: o, good: g, requiresImprovement: r, inadequate: i)
    }
}
