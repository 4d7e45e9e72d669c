import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Tables as exports shape them: a title above the header, a totals row and blank rows below
/// the records. The same rules hold for a CSV file and a workbook's sheet.
@Suite("Tables as exports shape them")
struct TableShapeTests {
    static let columns = [DataColumn("Team"), DataColumn("Children", required: false)]

    @Test(
        "the header is the first row naming every required column; totals and blank rows are not records",
        arguments: [
            // (CSV, the header's line, the records' first cells, errors)
            ("Team,Children\nNorth,4\n", 1, ["North"], 0),
            ("Caseloads, November 2026\n\nTeam,Children\nNorth,4\nSouth,5\n", 3, ["North", "South"], 0),
            ("Report run 01/12/2026,\nTeam,Children\nNorth,4\nTotal,4\n", 2, ["North"], 0),
            ("Team,Children\nNorth,4\nSouth,5\nGrand total,9\n,\n,\n", 1, ["North", "South"], 0),
            ("Team,Children\nNorth,4\n TOTALS ,4\n", 1, ["North"], 0),
            ("Team,Children\n,\nNorth,4\nOverall total,4\nSouth,1\n", 1, ["North", "South"], 0),
            // A team whose name only starts with the word is a record.
            ("Team,Children\nTotal Respect Team,4\n", 1, ["Total Respect Team"], 0),
            // No row names the required column: the first row is the header, and that is reported.
            ("Teams,Children\nNorth,4\n", 1, [], 1),
            // ... or the row naming most columns, below a title, so the error is at the header.
            ("Caseloads\nTeams,Children\nNorth,4\n", 2, [], 1),
            // The header is looked for in the first 20 rows only.
            (String(repeating: "title,\n", count: 20) + "Team,Children\nNorth,4\n", 1, [], 1),
            (String(repeating: "title,\n", count: 19) + "Team,Children\nNorth,4\n", 20, ["North"], 0),
        ])
    func shapes(csv: String, headerLine: Int, teams: [String], errors: Int) {
        var log = DiagnosticLog()
        let table = CSVTable.read(Support.source(csv), columns: Self.columns, log: &log)
        #expect(log.errors.count == errors, "\(log.all)")
        #expect(log.errors.allSatisfy { $0.line == headerLine }, "\(log.all)")
        guard errors == 0, let table else { return }
        #expect(table.rows.map { $0.cells[0].text.trimmingSpaces } == teams)
        // The records follow the header.
        #expect(table.rows.allSatisfy { $0.line > headerLine })
    }

    @Test("a sheet's row that ends early is padded with blanks; a CSV row that ends early is an error")
    func shortRows() {
        let records = [
            CSVReader.Record(
                cells: [.init(text: "Team", line: 1, column: 1), .init(text: "Children", line: 1, column: 2)], line: 1),
            CSVReader.Record(cells: [.init(text: "North", line: 2, column: 1)], line: 2),
        ]
        for sheet in [nil, "Caseloads"] as [String?] {
            var log = DiagnosticLog()
            let table = CSVTable.read(
                records, path: "data/caseloads.xlsx", sheet: sheet, columns: Self.columns,
                matcher: HeadingMatcher(file: "caseloads.csv", columns: Self.columns, mapping: nil), log: &log,
                quoteValues: true)
            if sheet == nil {
                #expect(log.errors.map(\.message) == ["this row has 1 cells but the header has 2"])
            } else {
                #expect(log.all.isEmpty)
                #expect(table?.rows.first?.cells.map(\.column) == [1, 2])
            }
        }
    }
}
