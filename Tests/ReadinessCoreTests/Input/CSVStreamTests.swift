import Foundation
import Testing

@testable import ReadinessInput
@testable import ReadinessModel

/// Child-level lists are read a chunk at a time (`CSVStream`). Whatever the chunk size, and
/// wherever a chunk ends (inside a quoted cell, between CR and LF, inside a character of
/// several bytes, inside the header), a list gives the same counts, the same diagnostics at
/// the same lines and columns, and the same size and SHA-256 as when it is read whole.
@Suite("Child-level lists read in chunks")
struct CSVStreamTests {
    static let header = "Child Unique ID,CIN Start Date,Date Child Was Last Seen,CIN Closure Date,Allocated Team"

    /// Lists exercising every boundary a chunk can fall on.
    static let lists: [(name: String, bytes: [UInt8])] = [
        (
            "BOM, CRLF, quoted cells with commas, quotes and line breaks, several-byte team names",
            Array("\u{FEFF}".utf8)
                + Array(
                    (header + "\r\n"
                        + "A,2026-01-01,2026-10-23,,Équipe Nord\r\n"
                        + "\"B, \"\"the\"\" child\",2026-01-01,2026-10-22,,\"Team\r\nWest\"\r\n"
                        + "\r\n"
                        + "C,2026-01-01,31/02/2026,,北\r\n"
                        + "D,2026-01-01,2026-11-19,,Équipe Nord,extra\r\n"
                        + "E,2026-01-01,,,\r\n"
                        + "F,2026-01-01,2026-11-01,,北").utf8)
        ),
        (
            "LF and lone CR line ends, a short row, a blank line, a final line end",
            Array(
                (header + "\n" + "A,2026-01-01,2026-10-23,,T\r" + "B,2026-01-01,2026-11-02,,U\n" + "C,2026-01-01\n"
                    + "\n" + "D,2026-01-01,2026-11-18,,T\n").utf8)
        ),
        ("a header only, without a line end", Array(header.utf8)),
        ("an empty file", []),
        (
            "a byte that is not UTF-8 after rows with several-byte characters",
            Array((header + "\nA,2026-01-01,2026-10-23,,Équipe\n\"B\nb\",2026-01-01,2026-10-23,,T").utf8) + [
                0xC3, 0x28,
            ]
                + Array(",x\nC,2026-01-01,2026-10-23,,T\n".utf8)
        ),
        (
            "a character cut short at the end of the file",
            Array((header + "\nA,2026-01-01,2026-10-23,,T").utf8) + [0xE2, 0x82]
        ),
        ("UTF-16", [0xFF, 0xFE] + Array(header.utf8)),
        (
            "UTF-16 without a byte order mark, little-endian",
            Array((header + "\nA,2026-01-01,2026-10-23,,Équipe\n").utf16).flatMap {
                [UInt8($0 & 0xFF), UInt8($0 >> 8)]
            }
        ),
        (
            "UTF-16 without a byte order mark, big-endian",
            Array((header + "\nA,2026-01-01,2026-10-23,,T\n").utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        ),
        (
            "a quote inside a cell is text; a quote that opens a cell and is never closed is an error",
            Array(
                (header
                    + "\nA,2026-01-01,2026-10-23,,O\"Brien\nB,2026-01-01,2026-10-23,,\"North\nC,2026-01-01,2026-10-23,,T\n")
                    .utf8)
        ),
        (
            "a team name holding a NUL byte",
            Array((header + "\nA,2026-01-01,2026-10-23,,T\u{0}x\nB,2026-01-01,2026-10-23,,T\n").utf8)
        ),
    ]

    /// What reading one list gave, in a form to compare.
    struct Outcome: Equatable, CustomStringConvertible {
        var perTeam: [String: [TimelinessResult.Counts]]
        var diagnostics: [String]
        var ledger: [InputLedger.Entry]
        var read: Bool

        var description: String { "\(perTeam) \(diagnostics) \(ledger.map(\.bytes)) \(read)" }
    }

    static func read(_ bytes: [UInt8], chunkBytes: Int, rowLimit: Int = Budgets.childLevelRowBytes) throws -> Outcome {
        let folder = try Support.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("list-6.csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let confined = try #require(ConfinedFolder(folder.path, role: "data"))
        let measure = TimelinessMeasure(
            check: .cinVisits, name: "m", standard: try #require(Interval.parse("4 weeks")), standardUnderFive: nil,
            theme: nil, location: SourceLocation(file: "s", line: 1, column: 1))
        let asAt = WorkingDayTests.date("2026-11-20")
        let result = ChildLevelLoader.read(
            list: 6, path: path, from: confined,
            rules: [TimelinessRules(measure: measure, asAt: asAt, calendar: WorkingDayTests.shipped)], asAt: asAt,
            maxAgeDays: 31, chunkBytes: chunkBytes, rowLimit: rowLimit)
        return Outcome(
            perTeam: result.perTeam,
            diagnostics: result.log.sorted.map { $0.description.replacingOccurrences(of: folder.path, with: "") },
            ledger: result.ledger.entries, read: result.read)
    }

    @Test("every chunk size gives what reading the list whole gives", arguments: 0..<lists.count)
    func everyChunkSize(list: Int) throws {
        let bytes = Self.lists[list].bytes
        let whole = try Self.read(bytes, chunkBytes: 1 << 20)
        for size in Array(1...48) + Array(stride(from: 49, through: bytes.count + 1, by: 5)) {
            let chunked = try Self.read(bytes, chunkBytes: size)
            #expect(chunked == whole, "\(Self.lists[list].name), chunks of \(size) bytes")
        }
    }

    @Test("the whole-file reading is the one every other file gets")
    func wholeReading() throws {
        let first = try Self.read(Self.lists[0].bytes, chunkBytes: 1 << 20)
        // A, B (team "Team\r\nWest") seen within 4 weeks; C's date is refused; D has too many cells;
        // E, unallocated, never seen; F seen.
        #expect(first.perTeam["Équipe Nord"]?.first?.population == 1)
        #expect(first.perTeam["北"]?.first?.within == 1)
        #expect(first.perTeam["Unallocated"]?.first?.noDate == 1)
        #expect(first.diagnostics.count == 2)
        #expect(
            first.diagnostics.contains {
                $0.hasPrefix("/list-6.csv:6:14: error: 'Date Child Was Last Seen' is not a real date")
            })
        #expect(first.diagnostics.contains { $0.hasPrefix("/list-6.csv:7:1: error: this row has 6 cells") })
        #expect(first.ledger.map(\.bytes) == [Self.lists[0].bytes.count])
        #expect(first.ledger.map(\.sha256) == [InputLedger.sha256(Self.lists[0].bytes)])

        // The UTF-8 problems are told as a file read whole tells them, at the same place; UTF-16,
        // with or without a byte order mark, is one error, not one a row.
        for list in [4, 5, 6, 7, 8] {
            let bytes = Self.lists[list].bytes
            var log = DiagnosticLog()
            _ = SourceText.decode(bytes, path: "/list-6.csv", log: &log)
            let outcome = try Self.read(bytes, chunkBytes: 1 << 20)
            #expect(outcome.diagnostics == log.sorted.map(\.description), "\(Self.lists[list].name)")
            #expect(!outcome.read)
            if list >= 6 { #expect(outcome.diagnostics.count == 1 && outcome.diagnostics[0].contains("UTF-16")) }
        }
    }

    @Test("an unclosed quote is an error at the quote, not the rest of the file read as one cell")
    func unclosedQuote() throws {
        let outcome = try Self.read(Self.lists[9].bytes, chunkBytes: 1 << 20)
        #expect(
            outcome.diagnostics == [
                "/list-6.csv:3:26: error: this quoted cell is never closed, so the rest of the file was read as one cell; add the closing double quote (\") at the end of the cell"
            ])
        #expect(!outcome.read)
    }

    @Test("a control character in a team name is an error at the cell, and the row is left out")
    func controlCharacter() throws {
        let outcome = try Self.read(Self.lists[10].bytes, chunkBytes: 1 << 20)
        #expect(outcome.diagnostics.count == 1)
        #expect(
            outcome.diagnostics.first?.hasPrefix("/list-6.csv:2:26: error: 'Allocated Team' holds a control character")
                == true)
        #expect(outcome.perTeam.keys.sorted() == ["T"])
    }

    @Test("a row longer than the limit stops the read at its first line, whatever the chunk size")
    func rowLimit() throws {
        let bytes = Array(
            (Self.header + "\nA,2026-01-01,2026-10-23,,T\n\"B,2026-01-01" + String(repeating: "x", count: 200)).utf8)
        for size in 1...300 {
            let outcome = try Self.read(bytes, chunkBytes: size, rowLimit: 128)
            #expect(outcome.diagnostics.count == 1)
            #expect(
                outcome.diagnostics.first?.hasPrefix(
                    "/list-6.csv:3:1: error: a row from here on is longer than 128 bytes") == true, "\(size)")
            #expect(!outcome.read)
        }
    }
}
