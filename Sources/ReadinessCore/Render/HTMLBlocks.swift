/// The HTML building blocks templates can place: tags, tables and headline figures. Every
/// value from data is escaped here, for HTML.
enum HTMLBlocks {
    /// A status tag with words; the colour is decoration only.
    static func tag(_ label: String, colour: String) -> String {
        "<strong class=\"tag tag--\(colour)\">\(Escaping.html(label))</strong>"
    }

    /// A date as `<time>`.
    static func date(_ date: CalendarDate) -> String {
        "<time datetime=\"\(date.iso)\">\(date.short)</time>"
    }

    /// Text with its line breaks kept.
    static func paragraphText(_ text: String) -> String {
        Escaping.html(text).replacingAll("\n", with: "<br>")
    }

    /// Evidence links, as a list.
    static func evidence(_ links: [EvidenceLink]) -> String {
        guard !links.isEmpty else { return "" }
        return "<ul class=\"evidence\">"
            + links.map { "<li><a href=\"\(Escaping.html($0.target))\">\(Escaping.html($0.label))</a></li>" }.joined()
            + "</ul>"
    }

    /// The action table of a theme, grouped by recommendation.
    static func actionTable(_ summary: ThemeSummary) -> String {
        var table = HTMLTable(
            caption: "Actions for \(summary.theme.shortName)",
            columns: [
                .init(heading: "Action"), .init(heading: "Owner"), .init(heading: "Due"), .init(heading: "Status"),
                .init(heading: "Score (1 achieved, 5 a long way to go)", numeric: true), .init(heading: "Direction"),
                .init(heading: "Latest update"),
            ], rowHeaders: true, className: "table table--actions")
        for assessment in summary.actions {
            table.rows.append(actionRow(assessment))
        }
        if table.rows.isEmpty {
            return "<p class=\"empty\">No actions are recorded for this theme.</p>\n"
        }
        return table.html
    }

    static func actionRow(_ a: ActionAssessment) -> [String] {
        let action = a.action
        var due = date(action.currentDue)
        if a.daysSlipped != 0 {
            due += "<br><span class=\"hint\">first due \(date(action.originalDue))</span>"
        }
        var status = tag(a.rating.label, colour: a.rating.colour)
        if a.rating == .overdue {
            status += "<br><span class=\"hint\">\(a.daysOverdue) day\(a.daysOverdue == 1 ? "" : "s") overdue</span>"
        } else if a.rating != .complete {
            status += "<br><span class=\"hint\">\(Escaping.html(action.status.label))</span>"
        }
        var update = action.update.map(paragraphText) ?? "<span class=\"hint\">No update</span>"
        if let when = action.updateDate { update += "<br><span class=\"hint\">Updated \(date(when))</span>" }
        update += evidence(action.evidence)
        return [
            "<span class=\"ref\">\(Escaping.html(action.id))</span> \(Escaping.html(action.description))"
                + "<br><span class=\"hint\">Recommendation \(Escaping.html(action.recommendation))</span>",
            Escaping.html(action.owner), due, status,
            action.score.map(String.init) ?? "<span class=\"hint\">Not scored</span>",
            action.direction.map { Escaping.html($0.label) } ?? "<span class=\"hint\">Not given</span>",
            update,
        ]
    }

    /// The recommendations of a theme with their priority and progress.
    static func recommendationTable(_ summary: ThemeSummary) -> String {
        guard !summary.recommendations.isEmpty else {
            return "<p class=\"empty\">No recommendations are recorded for this theme.</p>\n"
        }
        var table = HTMLTable(
            caption: "Recommendations for \(summary.theme.shortName)",
            columns: [
                .init(heading: "Reference"), .init(heading: "Recommendation"), .init(heading: "Priority"),
                .init(heading: "Actions complete", numeric: true), .init(heading: "Actions overdue", numeric: true),
            ], rowHeaders: true)
        for rec in summary.recommendations {
            let actions = summary.actionsByRecommendation[rec.reference] ?? []
            let done = actions.filter { $0.rating == .complete }.count
            let late = actions.filter { $0.rating == .overdue }.count
            let priority =
                rec.priority == .immediate
                ? tag(rec.priority.label, colour: "red") : Escaping.html(rec.priority.label)
            table.rows.append([
                Escaping.html(rec.reference), Escaping.html(rec.text), priority, "\(done) of \(actions.count)",
                String(late),
            ])
        }
        return table.html
    }

    /// Audit outcomes before and after moderation.
    static func auditSummary(_ audits: [AuditOutcome], caption: String) -> String {
        guard !audits.isEmpty else { return "<p class=\"empty\">No audits are recorded.</p>\n" }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Audit"), .init(heading: "Period"), .init(heading: "Cases", numeric: true),
                .init(heading: "Good or better as audited", numeric: true),
                .init(heading: "Good or better after moderation", numeric: true), .init(heading: "Key learning"),
                .init(heading: "Due at committee"),
            ], rowHeaders: true)
        for audit in audits {
            let audited = share(audit.audited.goodOrBetter, of: audit.audited.total)
            let moderated =
                audit.moderated.map { share($0.goodOrBetter, of: $0.total) }
                ?? "<span class=\"hint\">Not moderated</span>"
            table.rows.append([
                "<span class=\"ref\">\(Escaping.html(audit.id))</span> \(Escaping.html(audit.auditType))",
                Escaping.html(audit.period), String(audit.casesAudited), audited, moderated,
                audit.keyLearning.map(paragraphText) ?? "", audit.reportDue.map(date) ?? "",
            ])
        }
        return table.html
    }

    /// "12 of 20 (60%)".
    static func share(_ part: Int, of whole: Int) -> String {
        guard let pct = NumberFormat.percent(Double(part), of: Double(whole)) else { return "0 of 0" }
        return "\(part) of \(whole) (\(pct))"
    }

    /// Caseloads per team for the latest month.
    static func caseloadTable(_ summary: CaseloadSummary, caption: String) -> String {
        guard let month = summary.month else { return "<p class=\"empty\">No caseload figures are recorded.</p>\n" }
        var table = HTMLTable(
            caption: "\(caption), \(month.long)",
            columns: [
                .init(heading: "Team"), .init(heading: "Service area"),
                .init(heading: "Children allocated", numeric: true),
                .init(heading: "Case-holding FTE", numeric: true), .init(heading: "Caseload per FTE", numeric: true),
                .init(heading: "Agency rate", numeric: true), .init(heading: "Vacancy rate", numeric: true),
            ], rowHeaders: true)
        for row in summary.rows {
            table.rows.append([
                Escaping.html(row.snapshot.team), Escaping.html(row.snapshot.serviceArea),
                NumberFormat.grouped(row.snapshot.childrenAllocated), NumberFormat.decimal(row.snapshot.caseHoldingFTE),
                row.caseload.map { NumberFormat.decimal($0) } ?? notApplicable,
                row.agencyRate.map { NumberFormat.decimal($0 * 100) + "%" } ?? notAvailable,
                row.vacancyRate.map { NumberFormat.decimal($0 * 100) + "%" } ?? notAvailable,
            ])
        }
        table.footer = [
            "All teams shown", "", NumberFormat.grouped(summary.totalChildren), NumberFormat.decimal(summary.totalFTE),
            summary.totalCaseload.map { NumberFormat.decimal($0) } ?? notApplicable, "", "",
        ]
        return table.html
    }

    /// Official-statistics symbols, with their meaning for screen readers.
    static let notApplicable = "<abbr title=\"not applicable\">z</abbr>"
    static let notAvailable = "<abbr title=\"not available\">x</abbr>"

    /// Committee follow-ups.
    static func followUpTable(_ items: [FollowUpAssessment], caption: String) -> String {
        guard !items.isEmpty else { return "<p class=\"empty\">No committee follow-ups are recorded.</p>\n" }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Reference"), .init(heading: "Resolution"), .init(heading: "Meeting"),
                .init(heading: "Due"),
                .init(heading: "Owner"), .init(heading: "Status"),
            ], rowHeaders: true)
        for item in items {
            let f = item.followUp
            var status = tag(item.statusLabel, colour: item.colour)
            if item.isOverdue {
                status +=
                    "<br><span class=\"hint\">\(item.daysOverdue) day\(item.daysOverdue == 1 ? "" : "s") overdue</span>"
            } else if let days = item.daysToComplete, f.status == .complete {
                status += "<br><span class=\"hint\">done in \(days) day\(days == 1 ? "" : "s")</span>"
            }
            table.rows.append([
                Escaping.html(f.id)
                    + (f.minute.map { "<br><span class=\"hint\">Minute \(Escaping.html($0))</span>" } ?? ""),
                Escaping.html(f.resolution) + "<br><span class=\"hint\">\(Escaping.html(f.kind.label))</span>",
                Escaping.html(f.committee) + "<br>" + date(f.meetingDate),
                item.dueDate.map(date) ?? "<span class=\"hint\">Unknown</span>",
                Escaping.html(f.owner), status,
            ])
        }
        return table.html
    }

    /// Headline figures as summary cards.
    static func headline(_ figures: [(value: String, label: String)]) -> String {
        "<ul class=\"cards\">\n"
            + figures.map {
                "<li class=\"card\"><span class=\"card__value\">\(Escaping.html($0.value))</span> <span class=\"card__label\">\(Escaping.html($0.label))</span></li>\n"
            }.joined() + "</ul>\n"
    }

    /// A list of reasons.
    static func reasons(_ reasons: [String]) -> String {
        "<ul class=\"reasons\">" + reasons.map { "<li>\(Escaping.html($0))</li>" }.joined() + "</ul>\n"
    }
}
