import ReadinessModel

/// An audit's figures as at a date: good or better before and after moderation, agreement,
/// the net downgrade (the "too positive" check) and whether its report to committee is due.
public struct AuditAssessment: Sendable, Equatable {
    /// Where the audit's report to committee stands.
    public enum Report: Sendable, Equatable {
        /// Reported on this date.
        case reported(CalendarDate)
        /// Not reported and past its due date by this many days.
        case late(days: Int)
        /// Due within the council's "due soon" window, in this many days.
        case dueSoon(days: Int)
        /// Due later.
        case notYetDue
        /// No due date given.
        case noDate
    }

    /// The audit.
    public let audit: AuditOutcome
    /// Share of graded cases good or better as audited; nil when none were graded.
    public let auditedGoodOrBetter: Double?
    /// Share good or better after moderation; nil when not moderated.
    public let moderatedGoodOrBetter: Double?
    /// Cases where moderation agreed the grade, over cases moderated; nil when not recorded.
    public let agreementRate: Double?
    /// Percentage points by which moderation lowered the good-or-better share (negative when
    /// moderation raised it); nil when not moderated.
    public let netDowngradePoints: Double?
    /// The report to committee.
    public let report: Report
    /// Days after `Report due` that the report reached committee, when it was reported late;
    /// nil otherwise.
    public let reportDaysLate: Int?

    /// Assesses an audit.
    public init(_ audit: AuditOutcome, asAt: CalendarDate, dueSoonDays: Int) {
        self.audit = audit
        auditedGoodOrBetter = AuditAssessment.share(audit.audited)
        moderatedGoodOrBetter = audit.moderated.flatMap(AuditAssessment.share)
        if let agreed = audit.moderationAgreed, let moderated = audit.moderated, moderated.total > 0 {
            agreementRate = Double(agreed) / Double(moderated.total)
        } else {
            agreementRate = nil
        }
        if let before = auditedGoodOrBetter, let after = moderatedGoodOrBetter {
            netDowngradePoints = (before - after) * 100
        } else {
            netDowngradePoints = nil
        }
        if let reported = audit.reported, let due = audit.reportDue, reported > due {
            reportDaysLate = due.days(until: reported)
        } else {
            reportDaysLate = nil
        }
        if let reported = audit.reported {
            report = .reported(reported)
        } else if let due = audit.reportDue {
            let days = asAt.days(until: due)
            if days < 0 {
                report = .late(days: -days)
            } else if days <= dueSoonDays {
                report = .dueSoon(days: days)
            } else {
                report = .notYetDue
            }
        } else {
            report = .noDate
        }
    }

    static func share(_ grades: GradeCounts) -> Double? {
        grades.total > 0 ? Double(grades.goodOrBetter) / Double(grades.total) : nil
    }
}

extension AuditAssessment {
    /// What each audit figure means: docs/indicators.md's "Audits" table.
    package static let figures: [FigureDefinition] = [
        .init(
            "good or better", "(outstanding + good) ÷ cases graded, as audited and after moderation",
            templates: ["audits.table", "theme.audit_summary"]),
        .init(
            "net downgrade",
            "good-or-better share as audited minus after moderation, in percentage points. Positive means moderation marked cases down, the sign that internal audits were too positive.",
            templates: ["audits.table", "theme.audit_summary"]),
        .init(
            "agreement rate",
            "`Moderation agreed` ÷ cases moderated (the four moderated grades added up); `x` when not recorded",
            templates: ["audits.table", "theme.audit_summary"]),
        .init(
            "moderated audits together",
            "the four grade counts added across moderated audits, then the same shares",
            templates: ["audits.table", "theme.audit_summary"]),
        .init(
            "report to committee",
            "*Reported* when `Reported` has a date; otherwise *Late* when `Report due` is before the as-at date; *Due soon* when it is within `audit_due_soon_days` (default 28); otherwise not yet due",
            settings: ["audit_due_soon_days"],
            templates: [
                "audits.items.overdue", "audits.items.reported", "audits.late_count", "audits.due_soon_count",
            ]),
        .init(
            "reported late",
            "`Reported` is after `Report due`; *days late* is the difference (template values `audits.items`)",
            templates: ["audits.items.completed_late", "audits.items.days_late"]),
    ]
}

extension GradeCounts {
    /// The counts of several audits added together.
    package static func sum(_ all: [GradeCounts]) -> GradeCounts {
        all.reduce(GradeCounts(outstanding: 0, good: 0, requiresImprovement: 0, inadequate: 0)) {
            GradeCounts(
                outstanding: $0.outstanding + $1.outstanding, good: $0.good + $1.good,
                requiresImprovement: $0.requiresImprovement + $1.requiresImprovement,
                inadequate: $0.inadequate + $1.inadequate)
        }
    }
}
