import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The sheet scanner reads a cell's usual shapes (`<v>…</v></c>`, `<is><t>…</t></is></c>`) on
/// a fast path and everything else on a general one. These properties hold for both: every
/// spelling of the same sheet that XML allows reads the same, wherever the bytes are cut into
/// chunks, and whichever columns are skipped.
@Suite("Workbook reader: the sheet scanner")
struct SheetScannerTests {
    /// What a visitor saw, as text: cells with their kind, style and value, row ends, problems.
    struct Collect: SheetVisitor {
        var wanted: Set<Int>? = nil
        var seen: [String] = []
        func wants(column: Int) -> Bool { wanted?.contains(column) ?? true }
        mutating func cell(_ cell: SheetCell) {
            let value = SheetScannerTests.shown(String(decoding: cell.value, as: UTF8.self))
            seen.append(
                "\(cell.row),\(cell.column) \(cell.kind) s\(cell.style)\(cell.hasFormula ? " f" : "")\(cell.hasValue ? "" : " no value"): \(value)"
            )
        }
        mutating func rowEnded(_ row: Int, skippedCells: Bool) {
            seen.append("end \(row)\(skippedCells ? " skipped" : "")")
        }
        mutating func merged(from: CellReference, to: CellReference) { seen.append("merge \(from.a1):\(to.a1)") }
        mutating func problem(_ problem: SheetProblem, row: Int, column: Int) {
            seen.append("problem \(problem) at \(row),\(column)")
        }
    }

    /// A long text, longer than the piece of a chunk that finishes a cell cut off.
    static let long = String(repeating: "Long text, ", count: 900)

    /// A value as the tests compare it: a long one by its length and hash, so that a failure
    /// does not print it.
    static func shown(_ value: String) -> String {
        value.utf8.count > 100 ? "\(value.utf8.count) bytes, hash \(value.hashValue)" : value
    }

    /// Rows with every shape a cell takes, in the canonical spelling: plain `<v>`, inline
    /// strings plain and with entities and Office escapes, a long one, shared strings, styles,
    /// formulas with and without values, rich text with a phonetic run, CDATA, an empty
    /// `<v/>`, a self-closing cell, booleans, errors, ISO dates, cells without `r`, a cell
    /// given twice, a bad reference, a row given twice, a row without `r`, and a merged area.
    static let rows = [
        #"<row r="1"><c r="A1" t="inlineStr"><is><t>Child ID</t></is></c><c r="B1" t="s"><v>0</v></c>"#
            + #"<c r="C1" s="1"><v>46357</v></c><c r="E1" t="inlineStr"><is><t>Caf&#233; &amp; co_x000D_</t></is></c></row>"#,
        #"<row r="2" spans="1:6"><c r="A2"><f>1+1</f><v>2</v></c><c r="B2" t="str"><f>A1</f><v>a &lt; b</v></c>"#
            + #"<c r="C2"><f>NOW()</f></c><c r="D2" t="inlineStr"><is><r><t>Rich </t></r><r><t xml:space="preserve">text</t></r><rPh><t>ruby</t></rPh></is></c></row>"#,
        #"<row r="3"><c r="A3" t="inlineStr"><is><t>\#(long)</t></is></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c>"#
            + #"<c r="D3" t="d"><v>2026-12-01T00:00:00</v></c><c r="E3"/><c r="F3"><v/></c></row>"#,
        #"<row r="5"><c><v>1</v></c><c><v>2</v></c><c r="B5"><v>3</v></c><c r="ZZZZ5"><v>4</v></c><c r="F5" t="inlineStr"><is><t><![CDATA[<b> & </b>]]></t></is></c></row>"#,
        #"<row r="4"><c r="A4"><v>5</v></c></row>"#,
        #"<row><c r="A7" t="inlineStr"><is><t></t></is></c><c r="B7" s="2" t="n"><v>7.5</v></c></row>"#,
        #"<row r="8"/>"#,
    ]

    static func sheet(_ rows: [String]) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F8"/><sheetData>"#
            + rows.joined() + #"</sheetData><mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>"#
    }

    /// Reads the XML fed in pieces of `sizes` (cycled), for the columns `wanted` (nil: all).
    static func read(_ xml: String, sizes: [Int] = [Int.max], wanted: Set<Int>? = nil) -> [String] {
        let bytes = Array(xml.utf8)
        var scanner = SheetScanner(visitor: Collect(wanted: wanted))
        var start = 0
        var k = 0
        while start < bytes.count {
            let stop = min(bytes.count, start + min(sizes[k % sizes.count], bytes.count - start))
            bytes[start..<stop].withUnsafeBytes { scanner.feed($0) }
            start = stop
            k += 1
        }
        scanner.finish()
        return scanner.visitor.seen
    }

    /// The canonical sheet as it reads, worked out by hand.
    static let expected = [
        "1,1 inlineString s0: Child ID", "1,2 sharedString s0: 0", "1,3 number s1: 46357",
        "1,5 inlineString s0: Café & co\n", "end 1",
        "2,1 number s0 f: 2", "2,2 formulaString s0 f: a < b", "2,3 number s0 f no value: ",
        "2,4 inlineString s0: Rich text", "end 2",
        "3,1 inlineString s0: \(shown(long))", "3,2 boolean s0: 1", "3,3 error s0: #N/A",
        "3,4 isoDate s0: 2026-12-01T00:00:00", "3,6 number s0: ", "end 3",
        "5,1 number s0: 1", "5,2 number s0: 2", "problem duplicateCell at 5,2", "problem badReference at 5,3",
        "5,6 inlineString s0: <b> & </b>", "end 5",
        "problem duplicateRow at 4,0",
        "6,1 inlineString s0: ", "6,2 number s2: 7.5", "end 6",
        "end 8",
        "merge A1:B2",
    ]

    @Test("the canonical sheet reads as worked out by hand")
    func canonical() {
        #expect(Self.read(Self.sheet(Self.rows)) == Self.expected)
    }

    /// Other spellings of the same sheet, each taking the general path somewhere.
    static let spellings: [(String, @Sendable (String) -> String)] = [
        (
            "namespace prefixes",
            { xml in
                xml.replacingOccurrences(of: "<", with: "<x:").replacingOccurrences(of: "<x:/", with: "</x:")
                    .replacingOccurrences(of: "<x:?", with: "<?").replacingOccurrences(of: "<x:!", with: "<!")
                    .replacingOccurrences(of: "<x:worksheet xmlns=", with: "<x:worksheet xmlns:x=")
                    .replacingOccurrences(of: "<x:b> & </x:b>", with: "<b> & </b>")
            }
        ),
        ("single quotes", { $0.replacingOccurrences(of: "\"", with: "'") }),
        (
            "spaces around = and before >",
            { xml in
                xml.replacingOccurrences(of: "=\"", with: " =\n\"").replacingOccurrences(of: "\">", with: "\" >")
                    .replacingOccurrences(of: "\"/>", with: "\"\t/>")
            }
        ),
        (
            "comments inside cells",
            { xml in
                xml.replacingOccurrences(of: "<v>", with: "<!-- a value --><v>")
                    .replacingOccurrences(of: "<is>", with: "<?pi x?><is>")
            }
        ),
        (
            "attributes in another order",
            { xml in
                xml.replacingOccurrences(of: #"r="A1" t="inlineStr""#, with: #"t="inlineStr" r="A1""#)
                    .replacingOccurrences(of: #"r="C1" s="1""#, with: #"s="1" r="C1" x:extra="r""#)
            }
        ),
        (
            "comments and character references inside values",
            { xml in
                xml.replacingOccurrences(of: "<v>46357</v>", with: "<v>463<!-- x -->57</v>")
                    .replacingOccurrences(of: "<v>2</v>", with: "<v><?pi?>2</v>")
                    .replacingOccurrences(of: "<v>7.5</v>", with: "<v>&#55;.5</v>")
            }
        ),
        (
            "values in CDATA",
            { xml in
                xml.replacingOccurrences(of: "<v>46357</v>", with: "<v><![CDATA[46357]]></v>")
            }
        ),
        (
            "line breaks between elements",
            { xml in
                // Not inside <t> and <v>, where they would be part of the text.
                xml.replacingOccurrences(of: "><", with: ">\n<").replacingOccurrences(of: "<t>\n", with: "<t>")
                    .replacingOccurrences(of: "\n</t>", with: "</t>").replacingOccurrences(of: "<v>\n", with: "<v>")
                    .replacingOccurrences(of: "\n</v>", with: "</v>")
            }
        ),
    ]

    @Test("every spelling XML allows reads the same as the canonical one", arguments: 0..<8)
    func spellings(_ index: Int) {
        let (name, spell) = Self.spellings[index]
        let xml = spell(Self.sheet(Self.rows))
        #expect(xml != Self.sheet(Self.rows), "\(name) changes nothing")
        #expect(Self.read(xml) == Self.expected, "\(name)")
    }

    @Test("the sheet reads the same cut at every byte, and in pieces of every size")
    func everyCut() {
        let xml = Self.sheet(Self.rows)
        let count = xml.utf8.count
        // Every byte, but only every 61st inside the long text (its cuts are all alike).
        let long = xml.utf8.firstRange(of: Self.long.utf8)!
        let inside = xml.utf8.distance(from: xml.utf8.startIndex, to: long.lowerBound)
        let cuts = (1..<count).filter {
            $0 <= inside + 200 || $0 >= inside + Self.long.utf8.count - 200 || $0 % 61 == 0
        }
        for cut in cuts {
            let pieces = Self.read(xml, sizes: [cut, count])
            if pieces != Self.expected {
                Issue.record("cut at byte \(cut) of \(count) reads differently")
                return
            }
        }
        for sizes in [[7], [64], [4095], [4096], [4097], [5000], [1, 9000], [4000, 13]] {
            #expect(Self.read(xml, sizes: sizes) == Self.expected, "pieces of \(sizes)")
        }
        for (name, spell) in Self.spellings {
            #expect(Self.read(spell(xml), sizes: [97]) == Self.expected, "\(name), pieces of 97")
        }
    }

    @Test("skipped columns are not read, in every spelling, and their rows say so")
    func skippedColumns() {
        let wanted: Set<Int> = [1, 4]
        let expected = Self.expected.compactMap { line -> String? in
            guard let comma = line.firstIndex(of: ","), let row = Int(line[..<comma]), !line.hasPrefix("problem"),
                let column = Int(line[line.index(after: comma)...].prefix { $0.isNumber })
            else { return line }
            _ = row
            return wanted.contains(column) ? line : nil
        }
        .map { line in
            // Rows with a cell of content in a skipped column say so.
            ["end 1", "end 2", "end 3", "end 5", "end 6"].contains(line) ? line + " skipped" : line
        }
        for (name, spell) in [("canonical", { @Sendable in $0 })] + Self.spellings {
            #expect(Self.read(spell(Self.sheet(Self.rows)), wanted: wanted) == expected, "\(name)")
            #expect(
                Self.read(spell(Self.sheet(Self.rows)), sizes: [3, 11], wanted: wanted) == expected, "\(name) in pieces"
            )
        }
    }

    @Test("the byte patterns of the fast path spell what they say")
    func patterns() {
        func word(_ text: String) -> UInt64 {
            var value: UInt64 = 0
            for (k, b) in text.utf8.enumerated() { value |= UInt64(b) << (8 * UInt64(k)) }
            return value
        }
        #expect(SheetTags.closeValueAndCell == word("</v></c>"))
        #expect(SheetTags.openInlineText == word("<is><t>"))
        #expect(SheetTags.closeInlineText == word("</t></is"))
        #expect(UInt64(SheetTags.closeCellTail) == word("></c"))
    }
}

extension SheetScannerTests {
    @Test("a malformed CDATA section (<![]]>) in a value or inline text reads as nothing, never a crash")
    func malformedCDATA() {
        for content in ["<![]]>", "<![C]]>", "<![CDATA]]>", "<![CDATA[]]>"] {
            let xml = Self.sheet([
                #"<row r="1"><c r="A1" t="inlineStr"><is><t>a\#(content)b</t></is></c><c r="B1" t="str"><v>c\#(content)d</v></c></row>"#
            ])
            #expect(
                Self.read(xml) == ["1,1 inlineString s0: ab", "1,2 formulaString s0: cd", "end 1", "merge A1:B2"],
                "\(content)")
        }
    }
}

extension SheetScannerTests {
    @Test("the scanner's own reading of a cell's column agrees with CellReference on every address shape")
    func columns() {
        var addresses = [
            "A1", "a1", "$E$14", "E$14", "$E14", "XFD1048576", "XFE1", "A1048577", "A0", "A", "1", "",
            "AAAA1", "A01", "A0000000001", "A00000000001", "A1B", "A-1", "@1", "[1", "`1", "{1", "Z9", "AZ10", "$",
            "$$A1",
            "A$$1", "ZZZ1", "xfd2",
        ]
        for letters in ["A", "Z", "AA", "XFD", "zz", "ÀB"] {
            for row in ["1", "99", "1048576", "1048577", "99999999", " 1"] { addresses.append(letters + row) }
        }
        for address in addresses {
            let bytes = Array(address.utf8)
            let fast = bytes.withUnsafeBytes { SheetTags.column($0, 0..<bytes.count) }
            #expect(fast == CellReference(bytes, 0..<bytes.count)?.column, "\(address)")
        }
    }
}

extension SheetScannerTests {
    /// Shared strings of every shape: plain (the fast path), with entities and Office escapes,
    /// empty, self-closing, rich text with a phonetic run, CDATA, a `<t>` with an attribute.
    static let sharedStrings = [
        "<si><t>Child ID</t></si>", "<si><t>Caf&#233; &amp; co_x000D_</t></si>", "<si><t></t></si>", "<si/>",
        #"<si><r><t>Rich </t></r><r><rPr><b/></rPr><t xml:space="preserve">text</t></r><rPh sb="0" eb="1"><t>ruby</t></rPh></si>"#,
        "<si><t><![CDATA[<b> & </b>]]></t></si>", #"<si><t xml:space="preserve"> spaced </t></si>"#,
        "<si><t>last</t></si>",
    ]
    static let sharedExpected = ["Child ID", "Café & co\n", "", "", "Rich text", "<b> & </b>", " spaced ", "last"]

    static func strings(_ items: [String], prefix: String = "", between: String = "") throws -> [String] {
        var xml = #"<?xml version="1.0"?><sst count="8">"# + items.joined(separator: between) + "</sst>"
        if !prefix.isEmpty {
            xml = xml.replacingOccurrences(of: "<", with: "<\(prefix)").replacingOccurrences(
                of: "<\(prefix)/", with: "</\(prefix)"
            )
            .replacingOccurrences(of: "<\(prefix)?", with: "<?").replacingOccurrences(of: "<\(prefix)!", with: "<!")
            .replacingOccurrences(of: "<\(prefix)b> & </\(prefix)b>", with: "<b> & </b>")
        }
        let table = try SharedStrings(xml: Array(xml.utf8))
        return (0..<table.count).map { String(decoding: table[$0] ?? [], as: UTF8.self) }
    }

    @Test("shared strings read the same on the fast path and the general one, however spelled")
    func sharedStringSpellings() throws {
        #expect(try Self.strings(Self.sharedStrings) == Self.sharedExpected)
        #expect(try Self.strings(Self.sharedStrings, prefix: "x:") == Self.sharedExpected)
        #expect(try Self.strings(Self.sharedStrings, between: "\n  ") == Self.sharedExpected)
        #expect(try Self.strings(Self.sharedStrings, between: "<!-- c -->") == Self.sharedExpected)
    }
}

/// What a review found: each is a rule now, tested over its kind.
extension SheetScannerTests {
    @Test(
        "a cell or shared string longer than the 32,767 characters Excel holds is refused, not copied into every cell")
    func tooLong() throws {
        for (text, refused) in [
            (String(repeating: "a", count: 32_767), false), (String(repeating: "a", count: 32_768), true),
            (String(repeating: "é", count: 32_767), false), (String(repeating: "é", count: 32_768), true),
        ] {
            for spelling in [
                #"<c r="A1" t="inlineStr"><is><t>\#(text)</t></is></c>"#,
                #"<c r="A1" t="str"><v>\#(text)</v></c>"#,
                #"<c r="A1" t="inlineStr"><is><r><t>\#(text)</t></r></is></c>"#,
            ] {
                let seen = Self.read(Self.sheet(["<row r=\"1\">" + spelling + "</row>"]), sizes: [4096])
                #expect(
                    seen.contains("problem tooLong at 1,1") == refused, "\(text.count) characters: \(seen.prefix(1))")
            }
            let strings = Array(#"<sst><si><t>\#(text)</t></si><si><r><t>\#(text)</t></r></si></sst>"#.utf8)
            #expect((try? SharedStrings(xml: strings)) == nil ? refused : !refused, "\(text.count) shared")
        }
    }

    @Test("a boolean cell reads TRUE for 1 and for true")
    func booleans() {
        let text = CellText(sharedStrings: SharedStrings(), styles: CellStyles(), date1904: false)
        for (raw, expected) in [("1", "TRUE"), ("true", "TRUE"), ("TRUE", "TRUE"), ("0", "FALSE"), ("false", "FALSE")] {
            Array(raw.utf8).withUnsafeBytes { value in
                let cell = SheetCell(
                    row: 1, column: 1, kind: .boolean, style: 0, value: value, hasValue: true, hasFormula: false)
                #expect(text.text(of: cell) == .text(expected), "\(raw)")
            }
        }
    }
}

extension SheetScannerTests {
    @Test("a sheet cut off anywhere before its </worksheet>, between rows too, is malformed, not read as whole")
    func cutOff() {
        let xml = Array(Self.sheet(Self.rows).utf8)
        let end = Array("</worksheet>".utf8)
        let whole = xml.count
        for cut in stride(from: 1, to: whole - end.count + 1, by: 1) where cut < 9000 || cut % 97 == 0 {
            let seen = Self.read(String(decoding: xml[0..<cut], as: UTF8.self))
            if !seen.contains(where: { $0.hasPrefix("problem malformed") }) {
                Issue.record("cut at \(cut) of \(whole) was read as whole")
                return
            }
        }
        #expect(!Self.read(Self.sheet(Self.rows)).contains { $0.hasPrefix("problem malformed") })
    }
}
