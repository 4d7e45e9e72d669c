import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("CSV reader")
struct CSVReaderTests {
    /// Each case: the raw text, and the cells expected per record.
    static let cases: [(String, String, [[String]])] = [
        ("plain LF", "a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("CRLF line ends", "a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("lone CR line ends", "a,b\r1,2\r", [["a", "b"], ["1", "2"]]),
        ("no final line end", "a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ("quoted comma", "a,b\n\"x, y\",2\n", [["a", "b"], ["x, y", "2"]]),
        ("doubled quotes", "a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]]),
        ("line break in quotes", "a,b\n\"one\ntwo\",2\n", [["a", "b"], ["one\ntwo", "2"]]),
        ("CRLF in quotes becomes LF", "a\r\n\"one\r\ntwo\"\r\n", [["a"], ["one\ntwo"]]),
        ("blank optional cells", "a,b,c\n1,,3\n,,\n", [["a", "b", "c"], ["1", "", "3"], ["", "", ""]]),
        ("blank lines skipped", "a\n\n1\n\n", [["a"], ["1"]]),
        ("trailing comma makes an empty cell", "a,\n", [["a", ""]]),
        ("unicode kept", "a\nCafé – naïve\n", [["a"], ["Café – naïve"]]),
        ("empty quoted cell", "a,b\n\"\",2\n", [["a", "b"], ["", "2"]]),
    ]

    @Test("splits cells as spreadsheets write them", arguments: cases)
    func splits(_ name: String, _ text: String, _ expected: [[String]]) {
        var log = DiagnosticLog()
        let records = CSVReader.records(in: Support.source(text), log: &log)
        #expect(records.map { $0.cells.map(\.text) } == expected, "\(name)")
        #expect(!log.hasErrors, "\(name)")
    }

    @Test("records the line and column of each cell, counting characters not bytes")
    func positions() {
        var log = DiagnosticLog()
        let records = CSVReader.records(in: Support.source("a,b\n\"x\ny\",é,z\n"), log: &log)
        #expect(records[1].line == 2)
        #expect(records[1].cells.map(\.line) == [2, 3, 3])
        #expect(records[1].cells.map(\.column) == [1, 4, 6])
    }

    @Test("an unterminated quote is an error at the quote")
    func unterminated() {
        var log = DiagnosticLog()
        _ = CSVReader.records(in: Support.source("a,b\n1,\"open\n2,3\n", path: "x.csv"), log: &log)
        #expect(log.errors.count == 1)
        #expect(log.errors.first?.location == "x.csv:2:3")
    }
}

@Suite("CSV table")
struct CSVTableTests {
    let columns: [DataColumn] = [
        .init("Due date"), .init("Owner", aliases: ["Owner role"]), .init("Note", required: false),
    ]

    @Test("headers match loosely: case, spaces and underscores do not matter; aliases work")
    func looseHeaders() throws {
        var log = DiagnosticLog()
        let table = try #require(
            CSVTable.read(Support.source("DUE_DATE, owner role \n2026-01-01,Head\n"), columns: columns, log: &log))
        #expect(table.reader(for: table.rows[0]).text("Owner") == "Head")
        #expect(!log.hasErrors)
    }

    @Test("a missing required column is an error on the header line")
    func missingColumn() {
        var log = DiagnosticLog()
        let table = CSVTable.read(Support.source("Owner\nHead\n", path: "t.csv"), columns: columns, log: &log)
        #expect(table == nil)
        #expect(
            log.errors.map(\.description) == [
                "t.csv:1:1: error: required column 'Due date' is missing from the header; add a column headed 'Due date'"
            ])
    }

    @Test("duplicate header names are an error at the second")
    func duplicateHeader() {
        var log = DiagnosticLog()
        _ = CSVTable.read(Support.source("Due date,Owner,Owner\n", path: "t.csv"), columns: columns, log: &log)
        #expect(log.errors.map(\.location) == ["t.csv:1:16"])
    }

    @Test("a short row is an error; extra empty cells are fine; extra filled cells are an error")
    func raggedRows() {
        var log = DiagnosticLog()
        let table = CSVTable.read(
            Support.source("Due date,Owner\n2026-01-01\n2026-01-01,A,,\n2026-01-01,B,C\n", path: "t.csv"),
            columns: columns,
            log: &log)
        #expect(table?.rows.count == 1)
        #expect(log.errors.map(\.location) == ["t.csv:2:1", "t.csv:4:14"])
    }

    @Test("an unknown column is a warning naming it")
    func unknownColumn() {
        var log = DiagnosticLog()
        _ = CSVTable.read(Support.source("Due date,Owner,Colour\n"), columns: columns, log: &log)
        #expect(!log.hasErrors)
        #expect(log.warnings.first?.message.contains("'Colour'") == true)
    }

    @Test("an empty file is an error")
    func emptyFile() {
        var log = DiagnosticLog()
        #expect(CSVTable.read(Support.source("", path: "e.csv"), columns: columns, log: &log) == nil)
        #expect(log.errors.first?.file == "e.csv")
    }
}
