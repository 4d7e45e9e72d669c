import ReadinessCompute
import ReadinessModel

/// Tables about case-file audits and moderation.
extension HTMLBlocks {
    /// Audit outcomes before and after moderation, with agreement, net downgrade and report
    /// status, after disclosure control (audits count children's cases).
    static func auditSummary(_ audits: [AuditAssessment], caption: String, counts shown: PublishedCounts) -> String {
        guard !audits.isEmpty else { return emptyNote("No audits are recorded.") }
        let cells = AuditCells(audits, counts: shown, scope: caption, showGrades: false)
        typealias Pair = AuditCells.Grades
        let rows = cells.rows
        let together = cells.together
        func share(_ p: Pair) -> String {
            "\(count(shown, p.good)) of \(count(shown, p.total)) (\(percent(shown, p.good, p.total)))"
        }
        func downgrade(_ before: Pair, _ after: Pair) -> String {
            guard let b = shown.rate(before.good, before.total), let a = shown.rate(after.good, after.total) else {
                return shown.isKnown(before.good) && shown.isKnown(after.good) ? notApplicable : suppressedSymbol
            }
            return signed((b - a) * 100)
        }

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
        table.tools = true
        for row in rows {
            let audit = row.audit.audit
            table.rows.append([
                "<span class=\"ref\">\(Escaping.html(audit.id))</span> \(Escaping.html(audit.auditType))"
                    + "<br><span class=\"hint\">\(Escaping.html(audit.period))</span>",
                count(shown, row.cases), share(row.audited),
                row.moderated.map(share) ?? "<span class=\"hint\">Not moderated</span>",
                row.moderated.map { downgrade(row.audited, $0) } ?? notApplicable,
                row.agreed.flatMap { cell in row.moderated.map { rate(shown, cell, $0.total) } } ?? notAvailable,
                audit.keyLearning.map(paragraphText) ?? "", report(row.audit),
            ])
        }
        if let together {
            table.footer = [
                "Moderated audits together", count(shown, together.cases), share(together.audited),
                share(together.moderated), downgrade(together.audited, together.moderated), "", "", "",
            ]
        }
        table.notes = disclosureNotes(policy: shown.policy, suppressed: shown.anySuppressed(cells.cells))
        return table.html
    }

    /// A protected share as a whole percentage, as audit shares are shown.
    static func percent(_ shown: PublishedCounts, _ part: Int, _ whole: Int) -> String {
        guard shown.isKnown(part), shown.isKnown(whole) else { return suppressedSymbol }
        guard let value = shown.rate(part, whole) else { return notApplicable }
        return NumberFormat.decimal(value * 100, places: 0) + "%"
    }

    /// Where an audit's report to committee stands, as a tag with words.
    static func report(_ a: AuditAssessment) -> String {
        switch a.report {
        case .reported(let when):
            if let late = a.reportDaysLate {
                return tag("Reported late", colour: "blue")
                    + "<br><span class=\"hint\">\(days(late)) late, on \(date(when))</span>"
            }
            return tag("Reported", colour: "blue") + "<br><span class=\"hint\">\(date(when))</span>"
        case .late(let n):
            return tag("Late", colour: "red")
                + "<br><span class=\"hint\">due \(a.audit.reportDue.map(date) ?? ""), \(days(n)) ago</span>"
        case .dueSoon(let n):
            return tag("Due soon", colour: "amber")
                + "<br><span class=\"hint\">due \(Plural.inDays(n)), \(a.audit.reportDue.map(date) ?? "")</span>"
        case .notYetDue: return "Due \(a.audit.reportDue.map(date) ?? "")"
        case .noDate: return "<span class=\"hint\">No date set</span>"
        }
    }
}
