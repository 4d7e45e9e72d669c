/// Tables about case-file audits and moderation.
extension HTMLBlocks {
    /// Audit outcomes before and after moderation, with agreement, net downgrade and report status.
    static func auditSummary(_ audits: [AuditAssessment], caption: String) -> String {
        guard !audits.isEmpty else { return "<p class=\"empty\">No audits are recorded.</p>\n" }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Audit"), .init(heading: "Cases", numeric: true),
                .init(heading: "Good or better as audited", numeric: true),
                .init(heading: "Good or better after moderation", numeric: true),
                .init(heading: "Net downgrade (percentage points)", numeric: true),
                .init(heading: "Moderation agreed", numeric: true), .init(heading: "Key learning"),
                .init(heading: "Report to committee"),
            ], rowHeaders: true)
        for a in audits {
            let audit = a.audit
            table.rows.append([
                "<span class=\"ref\">\(Escaping.html(audit.id))</span> \(Escaping.html(audit.auditType))"
                    + "<br><span class=\"hint\">\(Escaping.html(audit.period))</span>",
                String(audit.casesAudited), share(audit.audited.goodOrBetter, of: audit.audited.total),
                audit.moderated.map { share($0.goodOrBetter, of: $0.total) }
                    ?? "<span class=\"hint\">Not moderated</span>",
                a.netDowngradePoints.map { signed($0) } ?? notApplicable,
                rate(a.agreementRate), audit.keyLearning.map(paragraphText) ?? "", report(a),
            ])
        }
        let moderated = audits.filter { $0.audit.moderated != nil }
        let before = GradeCounts.sum(moderated.map(\.audit.audited))
        let after = GradeCounts.sum(moderated.compactMap(\.audit.moderated))
        if !moderated.isEmpty {
            let points = AuditAssessment.share(before).flatMap { b in
                AuditAssessment.share(after).map { (b - $0) * 100 }
            }
            table.footer = [
                "Moderated audits together", String(moderated.reduce(0) { $0 + $1.audit.casesAudited }),
                share(before.goodOrBetter, of: before.total), share(after.goodOrBetter, of: after.total),
                signed(points), "", "", "",
            ]
        }
        return table.html
    }

    /// Where an audit's report to committee stands, as a tag with words.
    static func report(_ a: AuditAssessment) -> String {
        switch a.report {
        case .reported(let when):
            return tag("Reported", colour: "blue") + "<br><span class=\"hint\">\(date(when))</span>"
        case .late(let n):
            return tag("Late", colour: "red")
                + "<br><span class=\"hint\">due \(a.audit.reportDue.map(date) ?? ""), \(days(n)) ago</span>"
        case .dueSoon(let n):
            return tag("Due soon", colour: "amber")
                + "<br><span class=\"hint\">in \(days(n)), \(a.audit.reportDue.map(date) ?? "")</span>"
        case .notYetDue: return "Due \(a.audit.reportDue.map(date) ?? "")"
        case .noDate: return "<span class=\"hint\">No date set</span>"
        }
    }
}
