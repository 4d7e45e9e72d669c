import ReadinessCompute
import ReadinessModel

/// Tables about caseloads and the workforce.
extension HTMLBlocks {
    /// Caseloads per team for the latest month, with trend and flags, after disclosure control.
    static func caseloadTable(_ protected: ProtectedCaseloads, caption: String) -> String {
        let summary = protected.summary
        guard let month = summary.month else { return emptyNote("No caseload figures are recorded.") }
        var table = HTMLTable(
            caption: "\(caption), \(month.long)",
            columns: [
                .init(heading: "Team", filter: true), .init(heading: "Children allocated", numeric: true),
                .init(heading: "Case-holding FTE", numeric: true), .init(heading: "Caseload per FTE", numeric: true),
                .init(heading: "Change since last month", numeric: true),
                .init(heading: "3-month mean", numeric: true), .init(heading: "Agency rate", numeric: true),
                .init(heading: "Vacancy rate", numeric: true),
            ], rowHeaders: true)
        // Filtered and sorted by what is shown only: a number held back by disclosure control
        // must not reach the page as a sort key.
        table.tools = true
        for (index, group) in protected.groups.enumerated() {
            table.sortKeys.append([group.label])
            let rows = protected.rows(group, month)
            let figures = CaseloadSummary.figures(rows)
            let known = protected.isShown(index, month)
            let value = protected.caseload(index, month)
            var caseload = protected.caseloadText(index, month)
            if known, let value, value > summary.rules.threshold {
                caseload += "<br>" + tag("Above \(NumberFormat.decimal(summary.rules.threshold))", colour: "red")
            }
            let area = group.items.count == 1 ? group.items[0].serviceArea : Plural.team.count(group.items.count)
            table.rows.append([
                Escaping.html(group.label) + "<br><span class=\"hint\">\(Escaping.html(area))</span>",
                protected.childrenText(index), NumberFormat.decimal(figures.caseHolders ?? 0),
                caseload,
                protected.monthOnMonthText(index, month), protected.rollingMeanText(index, month),
                rate(figures.agencyRate), rate(figures.vacancyRate),
            ])
        }
        let totals = CaseloadSummary.figures(summary.latestRows)
        table.footer = [
            "All teams", protected.totalChildren(month).map(NumberFormat.grouped) ?? suppressedSymbol,
            NumberFormat.decimal(totals.caseHolders ?? 0),
            protected.totalCaseload.map { NumberFormat.decimal($0) } ?? suppressedSymbol, "", "",
            rate(totals.agencyRate),
            rate(totals.vacancyRate),
        ]
        table.notes = disclosureNotes(
            policy: protected.policy, suppressed: protected.anySuppressed,
            merged: protected.groups.contains(where: \.isMerged),
            hidden: protected.hiddenTeams.count)
        return table.html
    }

    /// The DfE workforce measures for all teams together, as a summary list.
    static func workforceSummary(_ protected: ProtectedCaseloads) -> String {
        let summary = protected.summary
        guard let month = summary.month else { return emptyNote("No caseload figures are recorded.") }
        let totals = summary.totals
        let rows: [(String, String)] = [
            (
                "Caseload per case-holding FTE",
                protected.totalCaseload.map { NumberFormat.decimal($0) } ?? suppressedSymbol
            ),
            ("Agency rate", rate(totals.agencyRate)),
            ("Vacancy rate", rate(totals.vacancyRate)),
            ("Turnover rate (leavers in the 12 months to \(month.long))", rate(totals.turnoverRate)),
        ]
        return "<dl class=\"summary-list\">\n"
            + rows.map { "<div><dt>\(Escaping.html($0.0))</dt><dd>\($0.1)</dd></div>\n" }.joined() + "</dl>\n"
    }

    /// Months in which a team's children allocated moved by more than the swing threshold.
    /// In a public build a swing is named only when neither month's count is small.
    static func swingList(_ protected: ProtectedCaseloads) -> String {
        let summary = protected.summary
        // In a public build a swing is named only when both months' counts are shown for the team
        // as a row of its own, and it is worked out from the counts as shown.
        let swings: [CaseloadSummary.Swing] = summary.swings.compactMap { swing in
            guard protected.policy.isActive else { return swing }
            guard let now = protected.teamChildren(swing.team, swing.month),
                let before = protected.teamChildren(swing.team, CaseloadSummary.previous(swing.month)),
                now != before
            else { return nil }
            return CaseloadSummary.Swing(team: swing.team, month: swing.month, change: now - before)
        }
        guard !swings.isEmpty else {
            // A public build names only what it shows, so it says no more than that: a team left
            // out, merged or suppressed may have swung.
            return protected.policy.isActive
                ? "<p>No team shown with both months' counts changed by more than \(Plural.child.count(summary.rules.swing)) allocated in a month.</p>\n"
                : "<p>No team's children allocated changed by more than \(summary.rules.swing) in a month.</p>\n"
        }
        return "<p>Months in which a team's children allocated changed by more than \(summary.rules.swing):</p>\n<ul>"
            + swings.map {
                "<li>\(Escaping.html($0.team)), \($0.month.long): \($0.change > 0 ? "+" : "-")\(Plural.child.count(abs($0.change)))</li>"
            }.joined() + "</ul>\n"
    }

    /// Caseload per FTE by month for all teams shown together.
    static func caseloadTrendTable(_ protected: ProtectedCaseloads, caption: String) -> String {
        let summary = protected.summary
        guard !summary.allMonths.isEmpty else { return emptyNote("No caseload figures are recorded.") }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Month"), .init(heading: "Children allocated", numeric: true),
                .init(heading: "Case-holding FTE", numeric: true), .init(heading: "Caseload per FTE", numeric: true),
                .init(heading: "Change since last month", numeric: true),
            ], rowHeaders: true)
        var before: Double?
        // Whether the month before was suppressed: its change is then `c`, not `x` (c before x).
        var beforeSuppressed = false
        var gaps: [String] = []
        for month in summary.allMonths {
            // A team with figures before and after this month but none in it: the month's total
            // would drop by that team's children, so the month is marked not available instead.
            let missing = summary.teams.filter { team in
                team.row(month) == nil && team.months.contains { $0.month < month }
                    && team.months.contains { month < $0.month }
            }
            if !missing.isEmpty {
                gaps.append("\(month.long): no figures for \(missing.map(\.team).joined(separator: ", "))")
                table.rows.append([month.long, notAvailable, notAvailable, notAvailable, notAvailable])
                before = nil
                beforeSuppressed = false
                continue
            }
            let figures = CaseloadSummary.figures(summary.teams.compactMap { $0.row(month) })
            let children = protected.totalChildren(month)
            let caseload = protected.totalCaseload(month)
            let consecutive = summary.allMonths.contains(CaseloadSummary.previous(month))
            table.rows.append([
                month.long, children.map(NumberFormat.grouped) ?? suppressedSymbol,
                NumberFormat.decimal(figures.caseHolders ?? 0),
                children == nil ? suppressedSymbol : decimal(caseload),
                !consecutive
                    ? notAvailable
                    : children == nil || beforeSuppressed
                        ? suppressedSymbol : signed(caseload.flatMap { now in before.map { now - $0 } }),
            ])
            before = caseload
            beforeSuppressed = children == nil
        }
        table.notes =
            disclosureNotes(policy: protected.policy, suppressed: protected.anySuppressed)
            + gaps.map { "x: not available. \($0), so the month's total would be too low." }
        return table.html
    }
}

extension HTMLBlocks {
    /// The last 12 months of caseload figures, oldest first.
    static func lastYear(_ summary: CaseloadSummary) -> [CalendarMonth] {
        Array(summary.allMonths.suffix(12))
    }

    /// Staffing by month for all teams shown together: in-post, agency and vacant FTE, the DfE
    /// rates, and leavers, over the last 12 months of caseloads.csv.
    static func workforceTrendTable(_ protected: ProtectedCaseloads, caption: String) -> String {
        let summary = protected.summary
        guard !summary.allMonths.isEmpty else { return emptyNote("No caseload figures are recorded.") }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Month"), .init(heading: "In-post FTE", numeric: true),
                .init(heading: "Agency FTE", numeric: true), .init(heading: "Vacancy FTE", numeric: true),
                .init(heading: "Agency rate", numeric: true), .init(heading: "Vacancy rate", numeric: true),
                .init(heading: "Leavers FTE", numeric: true),
            ], rowHeaders: true)
        func fte(_ value: Double?) -> String { value.map { NumberFormat.decimal($0) } ?? notAvailable }
        for month in lastYear(summary) {
            let rows = summary.teams.compactMap { $0.row(month) }
            let leavers = rows.contains { $0.leaversFTE == nil } ? nil : rows.reduce(0) { $0 + ($1.leaversFTE ?? 0) }
            let figures = CaseloadSummary.figures(rows, leavers: leavers)
            table.rows.append([
                month.long, fte(figures.inPost), fte(figures.agency), fte(figures.vacancies),
                rate(figures.agencyRate), rate(figures.vacancyRate), fte(figures.leavers),
            ])
        }
        table.notes = ["x: not available: a team has no figure for the month."]
        return table.html
    }

    /// The service's caseload swing against its staffing over the last 12 months: the largest
    /// month-on-month change in children allocated for all teams (from the totals as shown) beside
    /// the range of in-post and case-holding FTE.
    static func serviceSwing(_ protected: ProtectedCaseloads) -> String {
        let summary = protected.summary
        let months = lastYear(summary)
        guard months.count >= 2 else { return "" }
        var largest: (month: CalendarMonth, change: Int)?
        var changes = 0
        for month in months.dropFirst() {
            let before = CaseloadSummary.previous(month)
            guard months.contains(before), let now = protected.totalChildren(month),
                let then = protected.totalChildren(before)
            else { continue }
            changes += 1
            if largest == nil || abs(now - then) > abs(largest!.change) { largest = (month, now - then) }
        }
        let staffing = months.map { month in CaseloadSummary.figures(summary.teams.compactMap { $0.row(month) }) }
        let inPost = staffing.compactMap(\.inPost)
        let caseHolders = staffing.compactMap(\.caseHolders)
        var sentences: [String] = []
        if let largest {
            let sign = largest.change > 0 ? "+" : ""
            sentences.append(
                "Across all teams, children allocated changed by up to \(sign)\(NumberFormat.grouped(largest.change)) in a month (\(largest.month.long)), over \(Plural("month-on-month change", "month-on-month changes").count(changes)) shown."
            )
        } else {
            sentences.append("No month-on-month change in all teams' children allocated can be shown.")
        }
        if let low = caseHolders.min(), let high = caseHolders.max() {
            sentences.append(
                "Case-holding FTE stayed between \(NumberFormat.decimal(low)) and \(NumberFormat.decimal(high)) over the \(Plural("month", "months").count(months.count))"
                    + (inPost.count == months.count
                        ? ", and in-post FTE between \(NumberFormat.decimal(inPost.min() ?? 0)) and \(NumberFormat.decimal(inPost.max() ?? 0))."
                        : "."))
        }
        return "<p>" + Escaping.html(sentences.joined(separator: " ")) + "</p>\n"
    }
}
