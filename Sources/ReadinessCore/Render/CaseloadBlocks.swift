/// Tables about caseloads and the workforce.
extension HTMLBlocks {
    /// Caseloads per team for the latest month, with trend and flags.
    static func caseloadTable(_ summary: CaseloadSummary, caption: String) -> String {
        guard let month = summary.month else { return "<p class=\"empty\">No caseload figures are recorded.</p>\n" }
        var table = HTMLTable(
            caption: "\(caption), \(month.long)",
            columns: [
                .init(heading: "Team"), .init(heading: "Children allocated", numeric: true),
                .init(heading: "Case-holding FTE", numeric: true), .init(heading: "Caseload per FTE", numeric: true),
                .init(heading: "Change since last month", numeric: true),
                .init(heading: "3-month mean", numeric: true), .init(heading: "Agency rate", numeric: true),
                .init(heading: "Vacancy rate", numeric: true),
            ], rowHeaders: true)
        for team in summary.teams {
            guard let row = team.row(month) else { continue }
            let figures = CaseloadSummary.figures([row])
            var caseload = decimal(figures.caseload)
            if summary.isAboveThreshold(team) {
                caseload += "<br>" + tag("Above \(NumberFormat.decimal(summary.rules.threshold))", colour: "red")
            }
            table.rows.append([
                Escaping.html(team.team) + "<br><span class=\"hint\">\(Escaping.html(team.serviceArea))</span>",
                NumberFormat.grouped(row.childrenAllocated), NumberFormat.decimal(row.caseHoldingFTE), caseload,
                signed(summary.monthOnMonth(team, month)), decimal(summary.rollingMean(team, month)),
                rate(figures.agencyRate), rate(figures.vacancyRate),
            ])
        }
        let totals = CaseloadSummary.figures(summary.latestRows)
        table.footer = [
            "All teams shown", NumberFormat.grouped(Int(totals.cases ?? 0)),
            NumberFormat.decimal(totals.caseHolders ?? 0),
            decimal(totals.caseload), "", "", rate(totals.agencyRate), rate(totals.vacancyRate),
        ]
        return table.html
    }

    /// The DfE workforce measures for all teams together, as a summary list.
    static func workforceSummary(_ summary: CaseloadSummary) -> String {
        guard let month = summary.month else { return "<p class=\"empty\">No caseload figures are recorded.</p>\n" }
        let totals = summary.totals
        let rows: [(String, String)] = [
            ("Caseload per case-holding FTE", decimal(totals.caseload)),
            ("Agency rate", rate(totals.agencyRate)),
            ("Vacancy rate", rate(totals.vacancyRate)),
            ("Turnover rate (leavers in the 12 months to \(month.long))", rate(totals.turnoverRate)),
        ]
        return "<dl class=\"summary-list\">\n"
            + rows.map { "<div><dt>\(Escaping.html($0.0))</dt><dd>\($0.1)</dd></div>\n" }.joined() + "</dl>\n"
    }

    /// Months in which a team's children allocated moved by more than the swing threshold.
    static func swingList(_ summary: CaseloadSummary) -> String {
        let swings = summary.swings
        guard !swings.isEmpty else {
            return "<p>No team's children allocated changed by more than \(summary.rules.swing) in a month.</p>\n"
        }
        return "<p>Months in which a team's children allocated changed by more than \(summary.rules.swing):</p>\n<ul>"
            + swings.map {
                "<li>\(Escaping.html($0.team)), \($0.month.long): \($0.change > 0 ? "+" : "")\($0.change) children</li>"
            }.joined() + "</ul>\n"
    }

    /// Caseload per FTE by month for all teams shown together.
    static func caseloadTrendTable(_ summary: CaseloadSummary, caption: String) -> String {
        guard !summary.allMonths.isEmpty else { return "<p class=\"empty\">No caseload figures are recorded.</p>\n" }
        var table = HTMLTable(
            caption: caption,
            columns: [
                .init(heading: "Month"), .init(heading: "Children allocated", numeric: true),
                .init(heading: "Case-holding FTE", numeric: true), .init(heading: "Caseload per FTE", numeric: true),
                .init(heading: "Change since last month", numeric: true),
            ], rowHeaders: true)
        var before: Double?
        for month in summary.allMonths {
            let rows = summary.teams.compactMap { $0.row(month) }
            let figures = CaseloadSummary.figures(rows)
            let consecutive = summary.allMonths.contains(CaseloadSummary.previous(month))
            table.rows.append([
                month.long, NumberFormat.grouped(Int(figures.cases ?? 0)),
                NumberFormat.decimal(figures.caseHolders ?? 0),
                decimal(figures.caseload),
                consecutive ? signed(figures.caseload.flatMap { now in before.map { now - $0 } }) : notAvailable,
            ])
            before = figures.caseload
        }
        return table.html
    }
}
