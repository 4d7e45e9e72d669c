/// Every name a template may use, so that a misspelt tag (`{{theme.nmae}}`) fails the build with
/// its line and a suggestion instead of printing nothing. Kept in step with `SiteContext` by a
/// test that walks the values the sample site produces.
package enum TemplateSchema {
    static let names: Set<String> = [
        // Every page.
        "site", "council", "title", "as_at", "as_at_iso", "audience", "public", "provenance", "themes", "inspections",
        "immediate_sentence", "follow_ups", "caseloads", "workforce", "audits", "timeliness", "counts", "headline",
        "overview_table", "action_status_chart", "caseload_chart", "audit_chart", "page", "path", "root", "theme",
        // Layouts.
        "content", "stylesheet", "print_style", "nav", "href", "current",
        // follow_ups, caseloads, workforce, audits, counts.
        "table", "open_table", "count", "open_count", "overdue_count", "any_overdue", "trend_table", "swings", "month",
        "total_children", "caseload", "summary", "agency_rate", "vacancy_rate", "turnover_rate", "late_count",
        "due_soon_count", "immediate_areas", "actions", "overdue", "complete",
        // Inspections and judgements.
        "id", "kind", "published", "judgements", "area", "grade",
        // A theme.
        "name", "short_name", "framework", "framework_title", "url", "graded_by", "readiness", "readiness_tag",
        "reasons",
        "reasons_list", "recommendations", "immediate", "moved", "percent_complete", "follow_ups",
        "recommendation_table",
        "action_table", "score_spread_table", "moved_actions_table", "audit_summary", "has_audits", "caseload_table",
        "caseload_trend_table", "caseload_swings", "workforce_summary", "has_caseloads", "follow_up_list",
        "has_follow_ups", "has_timeliness", "changes", "committee", "meeting", "list", "any", "action_chart",
        "standard", "share",
        // A recommendation and an action.
        "reference", "text", "priority", "priority_tag", "score", "direction", "change", "description", "owner", "due",
        "original_due", "revised", "days_moved", "status", "rating", "status_tag", "days_overdue", "update",
        "update_date", "times_moved", "completed", "completed_late", "days_late", "achieved",
        "needs_immediate_attention",
        // follow_ups.items and audits.items.
        "items", "report_due", "reported",
    ]

    /// Reports every tag in a template that names something templates never have.
    package static func check(_ text: String, path: String, log: inout DiagnosticLog) {
        check(MustacheTags.scan(text), path: path, log: &log)
    }

    /// The same over tags already scanned.
    static func check(_ tags: [MustacheTags.Tag], path: String, log: inout DiagnosticLog) {
        for tag in tags {
            guard tag.sigil == nil || "#^&".contains(tag.sigil!) else { continue }
            for part in tag.name.split(separator: ".") where !part.isEmpty {
                let name = String(part)
                guard !names.contains(name) else { continue }
                let hint =
                    closest(to: name).map { "did you mean '\($0)'? The names are listed in docs/templates.md" }
                    ?? "the names are listed in docs/templates.md"
                log.error(
                    "'\(tag.text)' names '\(name)', which templates do not have",
                    at: SourceLocation(file: path, line: tag.line, column: tag.column), hint: hint)
                break
            }
        }
    }

    /// The known name nearest a misspelling, if one is close.
    static func closest(to name: String) -> String? {
        let best = names.map { ($0, distance(name, $0)) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        guard let best, best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
