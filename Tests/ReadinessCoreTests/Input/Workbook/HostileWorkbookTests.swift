import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Files that are not workbooks, damaged workbooks and workbooks built to do harm: each is a
/// diagnostic naming the file or the cell, never a crash or a hang.
@Suite("Workbook reader: hostile input")
struct HostileWorkbookTests {
    static let ns = "http://schemas.openxmlformats.org"

    /// A workbook of one sheet whose XML is given (with the usual workbook and relationships).
    static func workbook(
        sheet: String = "", rawSheet: [UInt8]? = nil, sharedStrings: String? = nil, rawSharedStrings: [UInt8]? = nil,
        extra: [(String, [UInt8])] = [], stored: Bool = false
    ) throws -> [UInt8] {
        var rels =
            #"<Relationships xmlns="\#(ns)/package/2006/relationships"><Relationship Id="rId1" Type="\#(ns)/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>"#
        var parts: [(String, [UInt8])] = [
            (
                "xl/workbook.xml",
                Array(
                    #"<workbook xmlns="\#(ns)/spreadsheetml/2006/main" xmlns:r="\#(ns)/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                        .utf8)
            ),
            ("xl/worksheets/sheet1.xml", rawSheet ?? Array(sheet.utf8)),
        ]
        if let strings = rawSharedStrings ?? sharedStrings.map({ Array($0.utf8) }) {
            rels +=
                #"<Relationship Id="rId2" Type="\#(ns)/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
            parts.append(("xl/sharedStrings.xml", strings))
        }
        parts.append(("xl/_rels/workbook.xml.rels", Array((rels + "</Relationships>").utf8)))
        return try WorkbookWriter.zip(parts + extra, stored: stored)
    }

    static func sheet(_ rows: String) -> String {
        #"<worksheet xmlns="\#(ns)/spreadsheetml/2006/main"><sheetData>\#(rows)</sheetData></worksheet>"#
    }

    /// Opens the bytes and reads sheet "Plan": the records (nil when refused) and the log.
    func read(_ bytes: [UInt8]) -> ([[String]]?, DiagnosticLog) {
        var log = DiagnosticLog()
        guard let workbook = Workbook.open(bytes, path: "data/actions.xlsx", log: &log) else { return (nil, log) }
        let records = workbook.records(ofSheet: "Plan", log: &log)
        return (records?.map { $0.cells.map(\.text) }, log)
    }

    @Test(
        "files that are not workbooks are refused, saying what to do",
        arguments: [
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "password-protected or in the old .xls format"),
            (Array("Ref,Title\nR1,x\n".utf8), "not an Excel workbook"),
            ([], "not an Excel workbook"),
            (Array("PK\u{3}\u{4}garbage".utf8), "zip archive it is stored in is damaged"),
        ] as [([UInt8], String)])
    func notWorkbooks(bytes: [UInt8], message: String) {
        let (records, log) = read(bytes)
        #expect(records == nil)
        #expect(log.errors.count == 1)
        #expect(log.errors.first?.message.contains(message) == true, "\(log.errors)")
        #expect(log.errors.first?.file == "data/actions.xlsx")
        #expect(log.errors.first?.hint?.isEmpty == false)
    }

    @Test("a zip that is not a workbook, and an .ods, are refused by name")
    func otherZips() throws {
        let plain = try WorkbookWriter.zip([("readme.txt", Array("hi".utf8))])
        #expect(read(plain).1.errors.first?.message.contains("has no xl/workbook.xml") == true)
        let ods = try WorkbookWriter.zip([
            ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)), ("content.xml", []),
        ])
        #expect(read(ods).1.errors.first?.message.contains("OpenDocument spreadsheet (.ods)") == true)
    }

    @Test("a missing sheet part, malformed XML and a DOCTYPE are errors naming the part or sheet")
    func damagedParts() throws {
        let missing = try WorkbookWriter.zip([
            (
                "xl/workbook.xml",
                Array(#"<workbook><sheets><sheet name="Plan" sheetId="1"/></sheets></workbook>"#.utf8)
            )
        ])
        #expect(read(missing).1.errors.first?.message.contains("sheet 'Plan' is missing") == true)

        let (records, log) = read(try Self.workbook(sheet: Self.sheet(#"<row r="1"><c r="A1"><v>1</v></row>"#)))
        #expect(records == nil)
        #expect(log.errors.first?.message.contains("not well-formed") == true, "\(log.errors)")

        let doctype =
            #"<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>"#
        let (_, entityLog) = read(try Self.workbook(sheet: Self.sheet(""), sharedStrings: doctype))
        #expect(entityLog.errors.first?.message.contains("declares a DOCTYPE") == true)
        #expect(entityLog.errors.first?.message.contains("xl/sharedStrings.xml") == true)
    }

    @Test("a shared-string index out of range is an error at the cell")
    func sharedStringOutOfRange() throws {
        let bytes = try Self.workbook(
            sheet: Self.sheet(#"<row r="3"><c r="B3" t="s"><v>0</v></c><c r="C3" t="s"><v>7</v></c></row>"#),
            sharedStrings: "<sst><si><t>ok</t></si></sst>")
        let (records, log) = read(bytes)
        #expect(records == [["", "ok"]])
        let error = try #require(log.errors.first)
        #expect(error.location == "data/actions.xlsx[Plan]!C3")
        #expect(error.message.contains("shared string"))
    }

    @Test(
        "absurd cell references and duplicate cells are errors, the rest of the sheet read",
        arguments: [
            (
                #"<row r="1"><c r="XFD1048577"><v>1</v></c><c r="B1"><v>2</v></c></row>"#, "outside Excel's grid",
                [["", "2"]]
            ),
            (#"<row r="1"><c r="A0"><v>1</v></c></row>"#, "outside Excel's grid", [] as [[String]]),
            (#"<row r="1048577"><c><v>1</v></c></row>"#, "outside Excel's grid", [["1"]]),
            (#"<row r="1"><c r="B1"><v>1</v></c><c r="B1"><v>2</v></c></row>"#, "given twice", [["", "1"]]),
            (#"<row r="2"><c><v>1</v></c></row><row r="2"><c><v>2</v></c></row>"#, "row is given twice", [["1"]]),
        ] as [(String, String, [[String]])])
    func badReferences(rows: String, message: String, expected: [[String]]) throws {
        let (records, log) = read(try Self.workbook(sheet: Self.sheet(rows)))
        #expect(records == expected)
        #expect(log.errors.first?.message.contains(message) == true, "\(log.errors)")
    }

    @Test("cells and rows without addresses follow the one before; prefixed names are read")
    func positional() throws {
        let rows =
            #"<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:r><x:t>a</x:t></x:r><x:r><x:t>b</x:t></x:r></x:is></x:c></x:row><x:row><x:c r="C2" t="str"><x:v>x&amp;y</x:v></x:c></x:row>"#
        let sheet =
            #"<x:worksheet xmlns:x="\#(Self.ns)/spreadsheetml/2006/main"><x:sheetData>\#(rows)</x:sheetData></x:worksheet>"#
        let (records, log) = read(try Self.workbook(sheet: sheet))
        #expect(log.all.isEmpty)
        #expect(records == [["1", "ab"], ["", "", "x&y"]])
    }

    @Test("rows and cells are read only from sheetData, in the sheet's own namespace prefix")
    func foreignElements() throws {
        let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
        let sheet =
            #"<worksheet xmlns="\#(Self.ns)/spreadsheetml/2006/main" xmlns:mc="\#(mc)" xmlns:foo="urn:other">"#
            + #"<row r="7"><c r="A7"><v>0</v></c></row><sheetData>"#
            + #"<row r="1"><c r="A1"><v>1</v></c><foo:c r="B1"><v>9</v></foo:c><c r="C1"><v>3</v></c></row>"#
            + #"<mc:AlternateContent><mc:Choice Requires="x14"><row r="2"><c r="A2"><v>7</v></c></row></mc:Choice>"#
            + #"<mc:Fallback><row r="2"><c r="A2"><v>8</v></c></row></mc:Fallback></mc:AlternateContent>"#
            + #"<foo:row r="2"><c r="A2"><v>6</v></c></foo:row><row r="3"><c r="A3"><v>4</v></c></row>"#
            + #"</sheetData><extLst><ext><row r="9"><c r="A9"><v>5</v></c></row></ext></extLst></worksheet>"#
        let (records, log) = read(try Self.workbook(sheet: sheet))
        #expect(log.all.isEmpty, "\(log.all)")
        #expect(records == [["1", "", "3"], ["4"]])
    }

    @Test(
        "cell text that is not UTF-8 or holds an undefined entity is an error at the cell; CR LF reads as LF",
        arguments: [
            (Array("<t>Caf".utf8) + [0xE9] + Array("</t>".utf8), "A1", "is not UTF-8", [["", "x"]]),
            (Array("<t>a &nbsp; b</t>".utf8), "A1", "starts no character reference", [["", "x"]]),
            (Array("<t>AT&T</t>".utf8), "A1", "starts no character reference", [["", "x"]]),
            (Array("<t>a\r\nb\rc&#13;d_x000D_\ne_x000D_f</t>".utf8), nil, "", [["a\nb\nc\nd\ne\nf", "x"]]),
        ] as [([UInt8], String?, String, [[String]])])
    func badText(text: [UInt8], cell: String?, message: String, expected: [[String]]) throws {
        let sheet =
            Array(
                #"<worksheet xmlns="\#(Self.ns)/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>"#
                    .utf8)
            + text
            + Array(#"</is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"#.utf8)
        let (records, log) = read(try Self.workbook(rawSheet: sheet))
        #expect(records == expected)
        if let cell {
            #expect(log.errors.count == 1, "\(log.all)")
            #expect(log.errors.first?.message.contains(message) == true, "\(log.all)")
            #expect(log.errors.first?.column == (cell == "A1" ? 1 : 2))
        } else {
            #expect(log.all.isEmpty, "\(log.all)")
        }
    }

    @Test(
        "markup where a cell's text should be is not well-formed XML: the sheet is refused, never read short",
        arguments: [
            #"<c r="A1" t="inlineStr"><is><t>fewer than <5 visits, a < b, done</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>see <Annex B> for details</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>SECRET<NAME</t></is></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>outer<t>inner</t>tail</t></is></c>"#,
            #"<c r=A1 t="inlineStr"><is><t>x</t></is></c>"#,
            #"<c r="A1"><v>1<2</v></c>"#,
            #"<c r="A1"><f>A2</f><v>1</v>< x/></c>"#,
        ])
    func markupInText(cell: String) throws {
        let (records, log) = read(
            try Self.workbook(sheet: Self.sheet(#"<row r="1">\#(cell)<c r="B1"><v>2</v></c></row>"#)))
        #expect(records == nil, "\(cell)")
        #expect(log.errors.count == 1, "\(log.all)")
        #expect(log.errors.first?.message.contains("not well-formed") == true, "\(log.all)")
    }

    @Test("a long shared string used in many cells is refused at a table's budget, not copied into each")
    func repeatedSharedString() throws {
        let strings =
            #"<sst xmlns="\#(Self.ns)/spreadsheetml/2006/main"><si><t>"#
            + String(repeating: "y", count: 30_000) + "</t></si></sst>"
        let rows = (1...600).map { #"<row r="\#($0)"><c r="A\#($0)" t="s"><v>0</v></c></row>"# }.joined()
        let (records, log) = read(try Self.workbook(sheet: Self.sheet(rows), sharedStrings: strings))
        #expect(records == nil)
        #expect(log.errors.first?.message.contains("MB of text, more than a table may have") == true, "\(log.all)")
        // Under the budget, the same cells read.
        let fewer = (1...100).map { #"<row r="\#($0)"><c r="A\#($0)" t="s"><v>0</v></c></row>"# }.joined()
        let (read, _) = read(try Self.workbook(sheet: Self.sheet(fewer), sharedStrings: strings))
        #expect(read?.count == 100)
    }

    @Test(
        "a sheet or shared strings in an encoding other than UTF-8 is refused by name, not read as the wrong characters",
        arguments: [
            ("ISO-8859-1", false), ("windows-1252", false), ("UTF-16", true),
        ])
    func encodings(encoding: String, utf16: Bool) throws {
        let xml =
            #"<?xml version="1.0" encoding="\#(encoding)"?><worksheet xmlns="\#(Self.ns)/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#
        let sheet = utf16 ? [0xFF, 0xFE] + xml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } : Array(xml.utf8)
        let (records, log) = read(try Self.workbook(rawSheet: sheet))
        #expect(records == nil)
        #expect(log.errors.count == 1, "\(log.all)")
        #expect(log.errors.first?.message.contains("written in the \(encoding) encoding") == true, "\(log.all)")

        let strings =
            #"<?xml version="1.0" encoding="\#(encoding)"?><sst xmlns="\#(Self.ns)/spreadsheetml/2006/main"><si><t>a</t></si></sst>"#
        let (_, stringsLog) = read(
            try Self.workbook(
                sheet: Self.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#), sharedStrings: strings))
        #expect(stringsLog.errors.first?.message.contains("xl/sharedStrings.xml is written in the \(encoding)") == true)
        #expect(XMLEncoding.other(Array(#"<?xml version="1.0" encoding="utf-8"?><a/>"#.utf8)) == nil)
        #expect(
            XMLEncoding.other([0xEF, 0xBB, 0xBF] + Array(#"<?xml version='1.0' encoding='UTF8'?><a/>"#.utf8)) == nil)
        #expect(XMLEncoding.other(Array("<a/>".utf8)) == nil)
    }

    @Test("shared strings that are not UTF-8 or hold an undefined entity refuse the part")
    func badSharedStrings() throws {
        for text in [Array("<t>Caf".utf8) + [0xE9] + Array("</t>".utf8), Array("<t>a &nbsp; b</t>".utf8)] {
            let strings =
                Array(#"<sst xmlns="\#(Self.ns)/spreadsheetml/2006/main"><si>"#.utf8) + text + Array("</si></sst>".utf8)
            let (records, log) = read(
                try Self.workbook(
                    sheet: Self.sheet(#"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#), rawSharedStrings: strings))
            #expect(records == nil)
            #expect(log.errors.first?.message.contains("holds text that is not UTF-8") == true, "\(log.all)")
        }
    }

    @Test("a zip bomb stops at the budget while inflating, not after")
    func zipBomb() throws {
        // 8 MB of zeros deflates to a few KB.
        let bomb = try WorkbookWriter.zip([("big.xml", [UInt8](repeating: 0x30, count: 8 * 1024 * 1024))])
        let archive = try #require(WorkbookArchive(bytes: bomb))
        var inflated = 0
        let result = archive.stream("big.xml", limit: 1024 * 1024, chunkSize: 64 * 1024) { chunk in
            inflated += chunk.count
            return true
        }
        guard case .failure(let failure) = result else { Issue.record("the bomb was read whole"); return }
        #expect(failure == .tooLarge(limit: 1024 * 1024))
        #expect(inflated <= 1024 * 1024)
    }

    @Test("a sheet with more cells than a table may have is refused")
    func cellBudget() throws {
        // One cell at column XFD of many rows pads each row to 16,384 cells.
        let rows = (1...300).map { #"<row r="\#($0)"><c r="XFD\#($0)"><v>1</v></c></row>"# }.joined()
        let (records, log) = read(try Self.workbook(sheet: Self.sheet(rows)))
        #expect(records == nil)
        #expect(log.errors.first?.message.contains("more than 4,000,000 cells") == true, "\(log.errors)")
    }

    @Test("a sheet fed in pieces of every size reads the same as whole")
    func chunkBoundaries() throws {
        let xml = Array(
            Self.sheet(
                #"<row r="1"><c r="A1" t="inlineStr"><is><t>Café &amp; co</t></is></c><c r="B1"><v>46357</v></c></row><row r="2"><c r="A2"><f>1+1</f><v>2</v></c></row><row r="3"/><!-- </row> --><row r="4"><c r="B4" t="b"><v>1</v></c></row>"#
            ).utf8)
        struct Collect: SheetVisitor {
            var seen: [String] = []
            mutating func cell(_ cell: SheetCell) {
                seen.append("\(cell.row),\(cell.column):\(String(decoding: cell.value, as: UTF8.self))")
            }
            mutating func rowEnded(_ row: Int, skippedCells: Bool) { seen.append("end \(row)") }
            mutating func problem(_ problem: SheetProblem, row: Int, column: Int) { seen.append("problem") }
        }
        var whole = SheetScanner(visitor: Collect())
        whole.feed(xml)
        whole.finish()
        #expect(
            whole.visitor.seen == ["1,1:Café & co", "1,2:46357", "end 1", "2,1:2", "end 2", "end 3", "4,2:1", "end 4"])
        for size in [1, 2, 3, 7, 16, 64] {
            var pieces = SheetScanner(visitor: Collect())
            var start = 0
            while start < xml.count {
                pieces.feed(xml[start..<min(start + size, xml.count)])
                start += size
            }
            pieces.finish()
            #expect(pieces.visitor.seen == whole.visitor.seen, "pieces of \(size)")
        }
    }
}

@Suite("Workbook reader: zip checksums")
struct ZipChecksumTests {
    @Test("the CRC-32 of the standard check string, fed whole and in pieces")
    func checkValue() {
        let bytes = Array("123456789".utf8) + Array(repeating: 0x61, count: 1000)
        let whole = bytes.withUnsafeBytes { Inflater.checksum($0) }
        #expect(Array("123456789".utf8).withUnsafeBytes { Inflater.checksum($0) } == 0xCBF4_3926)
        var pieces: UInt32 = 0
        for start in stride(from: 0, to: bytes.count, by: 13) {
            pieces = bytes[start..<min(start + 13, bytes.count)].withUnsafeBytes {
                Inflater.checksum($0, continuing: pieces)
            }
        }
        #expect(pieces == whole)
    }

    @Test("a part whose bytes do not match its checksum is refused as damaged")
    func damaged() throws {
        let sheet = HostileWorkbookTests.sheet(#"<row r="1"><c r="A1"><v>12345</v></c></row>"#)
        var bytes = try HostileWorkbookTests.workbook(sheet: sheet, stored: true)
        // Change one digit of the stored (uncompressed) sheet: still well-formed, now wrong.
        let digits = Array("12345".utf8)
        let at = try #require((0..<(bytes.count - 5)).first { Array(bytes[$0..<($0 + 5)]) == digits })
        bytes[at] = UInt8(ascii: "9")
        var log = DiagnosticLog()
        let workbook = try #require(Workbook.open(bytes, path: "data/actions.xlsx", log: &log))
        #expect(workbook.records(ofSheet: "Plan", log: &log) == nil)
        #expect(log.errors.first?.message.contains("damaged") == true, "\(log.errors)")
        // Only the cause: not what the damaged cells seemed to say.
        var cells = try HostileWorkbookTests.workbook(sheet: sheet, stored: true)
        let reference = Array(#"r="A1""#.utf8)
        let at2 = try #require((0..<(cells.count - 6)).first { Array(cells[$0..<($0 + 6)]) == reference })
        cells[at2 + 3] = UInt8(ascii: "!")
        var log2 = DiagnosticLog()
        let damaged = try #require(Workbook.open(cells, path: "data/actions.xlsx", log: &log2))
        #expect(damaged.records(ofSheet: "Plan", log: &log2) == nil)
        #expect(log2.errors.map(\.message).count == 1, "\(log2.errors)")
        #expect(log2.errors.first?.message.contains("damaged") == true, "\(log2.errors)")
    }
}
