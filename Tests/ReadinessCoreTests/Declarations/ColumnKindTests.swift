import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// One column kind read three ways: a good value, a blank cell, a bad value. The cell is the
/// second of its row, at line 2, column 3, so every diagnostic's place is checked too.
struct ColumnKindCase: Sendable, CustomTestStringConvertible {
    let kind: String
    let column: DataColumn
    /// Reads the cell and shows the value as text (nil when there is none).
    let read: @Sendable (CSVRowReader, inout DiagnosticLog) -> String?
    let good: String
    let value: String
    /// A bad value and the diagnostic it gives; nil for kinds that accept any text.
    let bad: (text: String, diagnostic: String)?

    var testDescription: String { kind }

    init<Value>(
        _ kind: String, _ key: ColumnKey<Value>, good: String, value: String,
        bad: (text: String, diagnostic: String)? = nil, show: @escaping @Sendable (Value) -> String
    ) {
        self.kind = kind
        column = key.column
        read = { row, log in row.read(key, log: &log).map(show) }
        self.good = good
        self.value = value
        self.bad = bad
    }

    /// Reads one data row whose second cell is `cell`.
    func readRow(_ cell: String) -> (value: String?, diagnostics: [String]) {
        var log = DiagnosticLog()
        let csv = "Note,\(column.name)\nx,\(cell)\n"
        guard let table = CSVTable.read(Support.source(csv, path: "t.csv"), columns: [column], log: &log),
            let record = table.rows.first
        else { return (nil, log.all.map(\.description)) }
        let value = read(table.reader(for: record), &log)
        return (value, log.all.filter { !$0.message.contains("'Note'") }.map(\.description))
    }
}

@Suite("Column kinds")
struct ColumnKindTests {
    static let cases: [ColumnKindCase] = [
        ColumnKindCase("text", ColumnKey.text("Owner", summary: ""), good: "Head of Service", value: "Head of Service")
        {
            $0
        },
        ColumnKindCase("identifier", ColumnKey.identifier("ID", summary: ""), good: "A12", value: "A12") { $0 },
        ColumnKindCase(
            "reference", ColumnKey.reference("Theme", to: "themes.yaml", field: "id", summary: ""), good: "leaders",
            value: "leaders"
        ) { $0 },
        ColumnKindCase(
            "date", ColumnKey.date("Due date", summary: ""), good: "28/02/2026", value: "2026-02-28",
            bad: (
                "31/02/2026",
                "t.csv:2:3: error: 'Due date' '31/02/2026' is not a real date; check the day and month; write dates as 2026-02-28, 28/02/2026 or 28 Feb 2026"
            )
        ) { $0.iso },
        ColumnKindCase(
            "date, not a month", ColumnKey.date("Update date", summary: ""), good: "1-Dec-26", value: "2026-12-01",
            bad: (
                "Sep-26",
                "t.csv:2:3: error: 'Update date' 'Sep-26' is a month without a day, and this column needs the day; give the day, such as 30/09/2026 or 30 Sep 2026"
            )
        ) { $0.iso },
        ColumnKindCase(
            "date or month", ColumnKey.date("Due date", monthAsLastDay: true, summary: ""), good: "Sep-26",
            value: "2026-09-30",
            bad: (
                "12/31/2026",
                "t.csv:2:3: error: 'Due date' '12/31/2026' is not a real date read day first, as dates are in the UK; it looks month first (US order); write the day first, 31/12/2026, or 2026-12-31"
            )
        ) { $0.iso },
        ColumnKindCase(
            "dates or months", ColumnKey.dates("Revised due dates", monthAsLastDay: true, summary: ""),
            good: "\"Dec 1, 2026; Feb-27, 2027-03\"", value: "2026-12-01 2027-02-28 2027-03-31",
            bad: (
                "46357; 2026",
                "t.csv:2:3: error: 'Revised due dates' '2026' is not a date Readiness can read; a number is read as an Excel date serial only from 18264 (1 Jan 1950) to 73050 (31 Dec 2099); write the date as 2026-02-28, 28/02/2026 or 28 Feb 2026"
            )
        ) { $0.map(\.iso).joined(separator: " ") },
        ColumnKindCase(
            "dates", ColumnKey.dates("Revised due dates", summary: ""), good: "\"2026-01-05; 06/02/2026,2026-03-01\"",
            value: "2026-01-05 2026-02-06 2026-03-01",
            bad: (
                "2026-01-05;soon",
                "t.csv:2:3: error: 'Revised due dates' 'soon' is not a date Readiness can read; write dates as 2026-02-28, 28/02/2026 or 28 Feb 2026 (docs/data-format.md lists every form read)"
            )
        ) { $0.map(\.iso).joined(separator: " ") },
        ColumnKindCase(
            "month", ColumnKey.month("Month", summary: ""), good: "Nov 2026", value: "2026-11",
            bad: (
                "Novembre",
                "t.csv:2:3: error: 'Month' 'Novembre' is not a month Readiness can read; write months as 2026-11, 11/2026 or Nov 2026"
            )
        ) { $0.description },
        ColumnKindCase(
            "whole number", ColumnKey.wholeNumber("Score", in: 1...5, summary: ""), good: "3", value: "3",
            bad: ("6", "t.csv:2:3: error: 'Score' must be a whole number from 1 to 5, not '6'")
        ) { String($0) },
        ColumnKindCase(
            "decimal", ColumnKey.decimal("Agency FTE", summary: ""), good: "\"1,234.5\"", value: "1234.5",
            bad: ("-1", "t.csv:2:3: error: 'Agency FTE' must be a number of zero or more, such as 12 or 4.5, not '-1'")
        ) { String($0) },
        ColumnKindCase(
            "vocabulary", ColumnKey<ActionStatus>.vocabulary("Status", summary: ""), good: "completed",
            value: "Complete",
            bad: (
                "Going well",
                "t.csv:2:3: error: 'Status' 'Going well' is not one of: Not started, In progress, Complete, On hold; use one of those words (docs/data-format.md lists the other spellings read), or add the council's own word to settings.yaml under 'vocabularies:', 'action_status:', as 'TERM: [Going well]' with TERM the one of those words it means"
            )
        ) { $0.label },
        ColumnKindCase(
            "evidence links", ColumnKey.evidenceLinks("Evidence", summary: ""),
            good: "Report | https://example.org/r.pdf; evidence/a.pdf",
            value: "Report=https://example.org/r.pdf evidence/a.pdf=evidence/a.pdf",
            bad: (
                "javascript:alert(1)",
                "t.csv:2:3: error: evidence link 'javascript:alert(1)' is not allowed; use an address starting http:// or https://, a mailto: address, or a path relative to the site"
            )
        ) { $0.map { "\($0.label)=\($0.target)" }.joined(separator: " ") },
        ColumnKindCase(
            "follow-up due", ColumnKey.followUpDue("Due", summary: ""), good: "3 months", value: "after 3 months",
            bad: (
                "soon",
                "t.csv:2:3: error: 'Due' 'soon' is neither a date nor an interval; write a date (2026-03-01, 01/03/2026, 1 Mar 2026; a month such as Mar-26 is its last day), an interval after the meeting ('3 months', '6 weeks'), or 'next meeting'"
            )
        ) { due in
            switch due {
            case .date(let date): "on \(date.iso)"
            case .after(let interval): "after \(interval.count) \(interval.unit == .months ? "months" : "other")"
            case .nextMeeting: "next meeting"
            }
        },
    ]

    @Test("a good value is read with no diagnostic", arguments: cases)
    func good(_ test: ColumnKindCase) {
        let (value, diagnostics) = test.readRow(test.good)
        #expect(value == test.value)
        #expect(diagnostics == [])
    }

    @Test("a blank cell in a column that needs a value is an error at the cell", arguments: cases)
    func blank(_ test: ColumnKindCase) {
        let (value, diagnostics) = test.readRow("")
        #expect(value == nil)
        #expect(diagnostics == ["t.csv:2:3: error: '\(test.column.name)' is blank; every row needs a value here"])
    }

    @Test("a bad value is an error at the cell that says what to write", arguments: cases.filter { $0.bad != nil })
    func bad(_ test: ColumnKindCase) throws {
        let bad = try #require(test.bad)
        let (_, diagnostics) = test.readRow(bad.text)
        #expect(diagnostics == [bad.diagnostic])
    }

    @Test("a blank cell in an optional column is no value and no diagnostic")
    func optionalBlank() throws {
        let key = ColumnKey.date("Update date", required: false, summary: "")
        var log = DiagnosticLog()
        // A wholly blank row is skipped, so a second column keeps the row.
        let two = try #require(
            CSVTable.read(
                Support.source("Note,Update date\nx,\n"), columns: [DataColumn("Note"), key.column], log: &log))
        #expect(two.reader(for: two.rows[0]).read(key, log: &log) == nil)
        #expect(log.all.isEmpty)
    }

    @Test("an absent optional column reads as blank; a required one is refused at the header")
    func absentColumn() throws {
        let optional = ColumnKey.decimal("Agency FTE", required: false, summary: "")
        let required = ColumnKey.decimal("Case-holding FTE", summary: "")
        var log = DiagnosticLog()
        let table = try #require(
            CSVTable.read(Support.source("Note\nx\n"), columns: [DataColumn("Note"), optional.column], log: &log))
        #expect(table.reader(for: table.rows[0]).read(optional, log: &log) == nil)
        #expect(log.all.isEmpty)
        #expect(
            CSVTable.read(Support.source("Note\nx\n", path: "t.csv"), columns: [required.column], log: &log) == nil)
        #expect(
            log.errors.map(\.description) == [
                "t.csv:1:1: error: required column 'Case-holding FTE' is missing from the header; add a column headed 'Case-holding FTE'"
            ])
    }
}

/// Numbers as people type them: thousands commas where they belong, never a decimal comma.
@Suite("Numbers in cells")
struct NumberCellTests {
    /// (text, as a whole number, as a decimal); nil when refused.
    static let cases: [(String, Int?, Double?)] = [
        ("12", 12, 12), ("1,210", 1210, 1210), ("1,234,567", 1_234_567, 1_234_567), ("1,234.5", nil, 1234.5),
        ("0.5", nil, 0.5), (".5", nil, 0.5), ("12,5", nil, nil), ("1,23", nil, nil), ("1.234,5", nil, nil),
        (",5", nil, nil), ("12,345,67", nil, nil), ("1,,234", nil, nil), ("1234,", nil, nil), ("-1", nil, nil),
    ]

    @Test("every number column reads thousands commas and refuses a decimal comma", arguments: cases)
    func number(_ text: String, _ whole: Int?, _ decimal: Double?) {
        var log = DiagnosticLog()
        let at = SourceLocation(file: "t.csv", line: 2, column: 3)
        #expect(CellParser.wholeNumber(text, in: 0...10_000_000, column: "Children", at: at, log: &log) == whole)
        #expect(CellParser.decimal(text, column: "FTE", at: at, log: &log) == decimal)
        let errors = log.errors.map(\.description)
        #expect(errors.count == (whole == nil ? 1 : 0) + (decimal == nil ? 1 : 0))
        // A misplaced comma is told how to write the number.
        if text.contains(","), whole == nil, decimal == nil {
            #expect(errors.allSatisfy { $0.hasSuffix("a comma may only separate thousands (1,234)") }, "\(errors)")
        }
    }
}
