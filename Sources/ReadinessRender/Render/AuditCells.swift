import ReadinessCompute
import ReadinessModel

/// The counts of a set of audits in the site's ledger: each audit's cases and grades, as audited
/// and after moderation, and the moderated audits added together. Keys name the audits, so the
/// audit table and the audit chart of every page share the same cells: a grade the chart hides
/// cannot be worked out from a total the table shows.
struct AuditCells {
    /// One set of grades: the four grades, good or better, below good (never shown) and the total.
    struct Grades {
        let grades: [Int]
        let good: Int
        let rest: Int
        let total: Int

        var all: [Int] { grades + [good, rest, total] }
    }

    /// One audit's cells.
    struct Row {
        let audit: AuditAssessment
        let cases: Int
        let audited: Grades
        let moderated: Grades?
        let agreed: Int?
    }

    let rows: [Row]
    /// The moderated audits added together, when there is at least one.
    let together: (cases: Int, audited: Grades, moderated: Grades)?
    /// Every cell, for the disclosure note.
    let cells: [Int]

    /// Registers the audits' cells; `showGrades` when the four grades of the moderated audits
    /// together are shown (the chart), not only good or better (the table).
    init(_ audits: [AuditAssessment], counts: PublishedCounts, scope: String, showGrades: Bool = true) {
        var cells: [Int] = []
        func grades(_ g: GradeCounts, key: String, label: String, shown: Bool, total: Bool = false) -> Grades {
            func cell(_ name: String, _ value: Int, hidden: Bool) -> Int {
                let index = counts.cell(
                    key + "|" + name, value, hidden: hidden, total: total, place: "\(label), \(name)")
                cells.append(index)
                return index
            }
            let four = [
                cell("outstanding", g.outstanding, hidden: !shown), cell("good", g.good, hidden: !shown),
                cell("requires improvement", g.requiresImprovement, hidden: !shown),
                cell("inadequate", g.inadequate, hidden: !shown),
            ]
            let good = cell("good or better", g.goodOrBetter, hidden: false)
            let rest = cell("below good", g.total - g.goodOrBetter, hidden: true)
            let all = cell("cases graded", g.total, hidden: false)
            counts.relate([four[0], four[1], good])
            counts.relate([four[2], four[3], rest])
            counts.relate([good, rest, all])
            return Grades(grades: four, good: good, rest: rest, total: all)
        }
        var rows: [Row] = []
        for a in audits {
            let audit = a.audit
            let key = "audit|" + audit.id
            let label = "Audit \(audit.id)"
            let cases = counts.cell(key + "|cases", audit.casesAudited, place: "\(label), cases audited")
            cells.append(cases)
            let audited = grades(audit.audited, key: key + "|audited", label: label + " as audited", shown: false)
            let moderated = audit.moderated.map {
                grades($0, key: key + "|moderated", label: label + " after moderation", shown: false)
            }
            // A reader will take the cases graded to be the cases audited: the ledger assumes they
            // know how many were left ungraded.
            for (stage, graded) in [("audited", audited.total)] + (moderated.map { [("moderated", $0.total)] } ?? []) {
                let ungraded = counts.cell(
                    key + "|" + stage + "|ungraded", audit.casesAudited - counts.ledger.values[graded], fixed: true)
                counts.relate([graded, ungraded, cases])
            }
            var agreed: Int?
            if let k = audit.moderationAgreed, let m = moderated, let g = audit.moderated {
                let cell = counts.cell(key + "|agreed", k, place: "\(label), moderation agreed")
                let disagreed = counts.cell(key + "|not agreed", g.total - k, hidden: true)
                counts.relate([cell, disagreed, m.total])
                cells += [cell, disagreed]
                agreed = cell
            }
            rows.append(Row(audit: a, cases: cases, audited: audited, moderated: moderated, agreed: agreed))
        }
        let moderatedRows = rows.filter { $0.moderated != nil }
        if !moderatedRows.isEmpty {
            let key = "audits|" + moderatedRows.map(\.audit.audit.id).sorted().joined(separator: "\u{1F}")
            let label = "Moderated audits together, \(scope)"
            let cases = counts.cell(
                key + "|cases", moderatedRows.reduce(0) { $0 + $1.audit.audit.casesAudited }, total: true,
                place: "\(label), cases audited")
            cells.append(cases)
            counts.relate(moderatedRows.map(\.cases) + [cases])
            let before = grades(
                GradeCounts.sum(moderatedRows.map(\.audit.audit.audited)), key: key + "|audited",
                label: label + " as audited", shown: showGrades, total: true)
            let after = grades(
                GradeCounts.sum(moderatedRows.compactMap(\.audit.audit.moderated)), key: key + "|moderated",
                label: label + " after moderation", shown: showGrades, total: true)
            for column in 0..<7 {
                counts.relate(moderatedRows.map { $0.audited.all[column] } + [before.all[column]])
                counts.relate(moderatedRows.compactMap { $0.moderated?.all[column] } + [after.all[column]])
            }
            together = (cases, before, after)
        } else {
            together = nil
        }
        self.rows = rows
        self.cells = cells
    }
}
