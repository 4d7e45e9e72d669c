import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// A problem in a workbook is named by its cell, as spreadsheets name it, in every format.
@Suite("Diagnostics in a workbook name the cell")
struct CellLocationTests {
    @Test(
        "column letters as Excel names them",
        arguments: [
            (1, "A"), (5, "E"), (26, "Z"), (27, "AA"), (52, "AZ"), (53, "BA"), (702, "ZZ"), (703, "AAA"),
            (16_384, "XFD"),
        ])
    func letters(number: Int, letters: String) {
        #expect(SheetColumn.letters(number) == letters)
        #expect(SheetColumn.number(letters) == number)
        #expect(SheetColumn.number(letters.lowercased()) == number)
    }

    @Test("every column from A to XFD and back")
    func roundTrip() {
        var seen = Set<String>()
        for number in 1...16_384 {
            let text = SheetColumn.letters(number)
            #expect(SheetColumn.number(text) == number)
            seen.insert(text)
        }
        #expect(seen.count == 16_384)
        for bad in ["", "A1", "ABCD", "É", "@", "[", "`", "{"] { #expect(SheetColumn.number(bad) == nil) }
        #expect(SheetColumn.letters(0).isEmpty)
    }

    static func log() -> DiagnosticLog {
        var log = DiagnosticLog()
        log.error(
            "'Due date' '31/02/2026' is not a real date",
            at: SourceLocation(file: "data/actions.xlsx", line: 14, column: 5, sheet: "Action plan"),
            hint: "check the day and month")
        log.warning(
            "a whole row", at: SourceLocation(file: "data/actions.xlsx", line: 3, column: 0, sheet: "Action plan"))
        log.error("a whole sheet", at: SourceLocation(file: "data/actions.xlsx", line: 0, column: 0, sheet: "Notes"))
        log.error("a text file", at: SourceLocation(file: "data/audits.csv", line: 2, column: 3))
        return log
    }

    @Test("text: file[sheet]!cell")
    func text() {
        #expect(
            DiagnosticFormat.text.render(Self.log()) == """
                data/actions.xlsx[Action plan]!3: warning: a whole row
                data/actions.xlsx[Action plan]!E14: error: 'Due date' '31/02/2026' is not a real date; check the day and month
                data/actions.xlsx[Notes]: error: a whole sheet
                data/audits.csv:2:3: error: a text file

                """)
    }

    @Test("JSON: the sheet and the cell as fields, null outside workbooks")
    func json() throws {
        let output = DiagnosticFormat.json.render(Self.log())
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let list = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(list.count == 4)
        #expect(list[1]["sheet"] as? String == "Action plan")
        #expect(list[1]["cell"] as? String == "E14")
        #expect(list[1]["file"] as? String == "data/actions.xlsx")
        #expect(list[2]["cell"] is NSNull)
        #expect(list[3]["sheet"] is NSNull)
        #expect(list[3]["cell"] is NSNull)
    }

    @Test("GitHub: the file, and the cell as the annotation's title, with no line in a binary file")
    func github() {
        let lines = DiagnosticFormat.github.render(Self.log()).split(separator: "\n")
        #expect(
            lines[1]
                == "::error file=data/actions.xlsx,title=data/actions.xlsx[Action plan]!E14::'Due date' '31/02/2026' is not a real date; check the day and month"
        )
        #expect(lines[3] == "::error file=data/audits.csv,line=2,col=3::a text file")
    }

    @Test("a sheet name cannot break a line or a workflow command's properties")
    func hostileSheet() {
        var log = DiagnosticLog()
        log.error("x", at: SourceLocation(file: "d.xlsx", line: 1, column: 1, sheet: "a\n::error file=x::y,z"))
        #expect(DiagnosticFormat.text.render(log) == "d.xlsx[a\\n::error file=x::y,z]!A1: error: x\n")
        #expect(
            DiagnosticFormat.github.render(log)
                == "::error file=d.xlsx,title=d.xlsx[a\\n%3A%3Aerror file=x%3A%3Ay%2Cz]!A1::x\n")
    }
}
