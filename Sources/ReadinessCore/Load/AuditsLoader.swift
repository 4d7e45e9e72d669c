/// Reads `audits.csv`: case-file audit outcomes before and after moderation.
enum AuditsLoader {
    static let gradeNames = ["outstanding", "good", "requires improvement", "inadequate"]

    static let columns: [CSVTable.Column] =
        [
            .init("ID", aliases: ["Audit ID"]),
            .init("Theme"),
            .init("Audit type", aliases: ["Type"]),
            .init("Period"),
            .init("Cases audited", aliases: ["Cases"]),
        ]
        + gradeNames.map { CSVTable.Column("Audited \($0)") }
        + gradeNames.map { CSVTable.Column("Moderated \($0)", required: false) }
        + [
            .init("Key learning", required: false, aliases: ["Learning"]),
            .init("Moderation agreed", required: false, aliases: ["Agreed at moderation", "Cases agreed"]),
            .init("Report due", required: false, aliases: ["Due at committee", "Report back due"]),
            .init("Reported", required: false, aliases: ["Reported to committee", "Date reported"]),
        ]

    static func load(_ table: CSVTable, log: inout DiagnosticLog) -> [AuditOutcome] {
        var result: [AuditOutcome] = []
        for record in table.rows {
            let row = table.reader(for: record)
            let id = row.required("ID", log: &log)
            let theme = row.required("Theme", log: &log)
            let type = row.required("Audit type", log: &log)
            let period = row.required("Period", log: &log)
            let cases = row.integer("Cases audited", in: 0...1_000_000, required: true, log: &log)
            let audited = grades(row, prefix: "Audited", required: true, log: &log)
            let moderated = grades(row, prefix: "Moderated", required: false, log: &log)
            let due = row.date("Report due", log: &log)
            let reported = row.date("Reported", log: &log)
            let agreed = row.integer("Moderation agreed", in: 0...1_000_000, log: &log)
            guard let id, let theme, let type, let period, let cases, let audited else { continue }
            if audited.total > cases {
                log.error(
                    "the audited grades add up to \(audited.total), more than the \(cases) cases audited",
                    at: row.location(of: "Cases audited"), hint: "check the counts")
            }
            if let moderated, moderated.total > cases {
                log.error(
                    "the moderated grades add up to \(moderated.total), more than the \(cases) cases audited",
                    at: row.location(of: "Moderated outstanding"), hint: "check the counts")
            }
            if let agreed, let moderated, agreed > moderated.total {
                log.error(
                    "'Moderation agreed' is \(agreed), more than the \(moderated.total) cases moderated",
                    at: row.location(of: "Moderation agreed"), hint: "check the counts")
            } else if agreed != nil && moderated == nil {
                log.error(
                    "'Moderation agreed' is given but the moderated grades are blank",
                    at: row.location(of: "Moderation agreed"),
                    hint: "fill in the four moderated grade counts, or leave 'Moderation agreed' blank")
            }
            result.append(
                AuditOutcome(
                    id: id, theme: theme, auditType: type, period: period, casesAudited: cases, audited: audited,
                    moderated: moderated, keyLearning: row.text("Key learning"), moderationAgreed: agreed,
                    reportDue: due,
                    reported: reported,
                    location: row.location(of: "ID")))
        }
        IdentifierRules.reportDuplicates(result, id: \.id, location: \.location, what: "audit", log: &log)
        return result
    }

    /// The four grade counts under a prefix; nil when all are blank and they are optional.
    static func grades(_ row: CSVRowReader, prefix: String, required: Bool, log: inout DiagnosticLog) -> GradeCounts? {
        let names = gradeNames.map { "\(prefix) \($0)" }
        if !required && names.allSatisfy({ row.text($0) == nil }) { return nil }
        let values = names.map { row.integer($0, in: 0...1_000_000, required: true, log: &log) }
        guard let o = values[0], let g = values[1], let r = values[2], let i = values[3] else { return nil }
        return GradeCounts(outstanding: o, good: g, requiresImprovement: r, inadequate: i)
    }
}
