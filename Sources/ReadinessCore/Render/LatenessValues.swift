/// Template values for single follow-ups and audits, with whether they were done late.
extension SiteContext {
    /// One committee follow-up: `follow_ups.items`.
    func followUpItem(_ item: FollowUpAssessment) -> TemplateValue {
        let f = item.followUp
        return .object([
            "id": .text(f.id),
            "committee": .text(f.committee),
            "meeting": .text(f.meetingDate.long),
            "due": .optional(item.dueDate?.long),
            "status": .text(item.statusLabel),
            "overdue": .bool(item.isOverdue),
            "days_overdue": .number(item.daysOverdue),
            "completed": .optional(f.completed?.long),
            "completed_late": .bool(item.daysLate != nil),
            "days_late": .number(item.daysLate ?? 0),
        ])
    }

    /// One audit's report to committee: `audits.items`. Grade counts stay in the audit tables,
    /// which apply disclosure control.
    func auditItem(_ item: AuditAssessment) -> TemplateValue {
        let a = item.audit
        return .object([
            "id": .text(a.id),
            "report_due": .optional(a.reportDue?.long),
            "reported": .optional(a.reported?.long),
            "overdue": .bool({ if case .late = item.report { return true } else { return false } }()),
            "completed_late": .bool(item.reportDaysLate != nil),
            "days_late": .number(item.reportDaysLate ?? 0),
        ])
    }
}
