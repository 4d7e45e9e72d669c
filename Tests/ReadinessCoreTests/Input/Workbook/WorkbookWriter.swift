import Foundation
import ZIPFoundation

@testable import ReadinessInput
@testable import ReadinessModel

/// Writes minimal valid .xlsx workbooks for tests: shared or inline strings, numbers, dates
/// with a date style, formulas with or without a cached value, merged areas. Test support only:
/// it is not part of the library.
struct WorkbookWriter {
    /// One cell's content.
    enum Cell: Equatable {
        case blank
        case text(String)
        case number(String)
        case date(CalendarDate)
        /// A date-time serial written with a date-time style.
        case serial(Double)
        /// A serial shown as a month (`mmm-yy`, built-in format 17), as Excel stores `Dec-26` typed in.
        case month(Double)
        case bool(Bool)
        case formula(String, cached: String?)
        case error(String)
    }

    /// One sheet: its tab name, rows from row 1 (or `firstRow`), merged areas (`A1:C1`).
    struct Sheet {
        var name: String
        var rows: [[Cell]]
        var firstRow = 1
        var merges: [String] = []
    }

    var sheets: [Sheet]
    /// Shared strings (as Excel writes) or inline strings (as XlsxWriter's constant-memory mode).
    var sharedStrings = true
    var date1904 = false

    /// A workbook whose sheet `name` holds a CSV table's rows, typed as a spreadsheet would type
    /// them: ISO and dd/mm/yyyy dates as date cells, plain numbers as numbers, the rest as text.
    static func fromCSV(_ text: String, sheet name: String) -> WorkbookWriter {
        var log = DiagnosticLog()
        let records = CSVReader.records(in: Support.source(text), log: &log)
        let rows = records.map { record in record.cells.map { typed($0.text) } }
        return WorkbookWriter(sheets: [Sheet(name: name, rows: rows)])
    }

    /// How a spreadsheet types text typed into it.
    static func typed(_ text: String) -> Cell {
        if text.isEmpty { return .blank }
        if case .success(let date) = CalendarDate.parse(text) { return .date(date) }
        if let _ = Int(text), !text.hasPrefix("0") || text == "0", !text.hasPrefix("+") { return .number(text) }
        return .text(text)
    }

    /// The workbook's bytes.
    func bytes() throws -> [UInt8] {
        var strings: [String] = []
        var index: [String: Int] = [:]
        func shared(_ s: String) -> Int {
            if let k = index[s] { return k }
            index[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }
        var parts: [(String, String)] = []
        for (k, sheet) in sheets.enumerated() {
            var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
            xml += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
            for (r, row) in sheet.rows.enumerated() {
                let rowNumber = sheet.firstRow + r
                xml += #"<row r="\#(rowNumber)">"#
                for (c, cell) in row.enumerated() {
                    let ref = CellReference(row: rowNumber, column: c + 1).a1
                    switch cell {
                    case .blank: break
                    case .text(let s):
                        if sharedStrings {
                            xml += #"<c r="\#(ref)" t="s"><v>\#(shared(s))</v></c>"#
                        } else {
                            xml +=
                                #"<c r="\#(ref)" t="inlineStr"><is><t xml:space="preserve">\#(Self.escape(s))</t></is></c>"#
                        }
                    case .number(let n): xml += #"<c r="\#(ref)"><v>\#(n)</v></c>"#
                    case .date(let d):
                        let serial = d.daysSinceEpoch + (date1904 ? 24_107 : 25_569)
                        xml += #"<c r="\#(ref)" s="1"><v>\#(serial)</v></c>"#
                    case .serial(let s): xml += #"<c r="\#(ref)" s="2"><v>\#(s)</v></c>"#
                    case .month(let s): xml += #"<c r="\#(ref)" s="3"><v>\#(s)</v></c>"#
                    case .bool(let b): xml += #"<c r="\#(ref)" t="b"><v>\#(b ? 1 : 0)</v></c>"#
                    case .error(let e): xml += #"<c r="\#(ref)" t="e"><v>\#(Self.escape(e))</v></c>"#
                    case .formula(let f, let cached):
                        xml += #"<c r="\#(ref)"><f>\#(Self.escape(f))</f>"#
                        if let cached { xml += "<v>\(cached)</v>" }
                        xml += "</c>"
                    }
                }
                xml += "</row>"
            }
            xml += "</sheetData>"
            if !sheet.merges.isEmpty {
                xml += #"<mergeCells count="\#(sheet.merges.count)">"#
                for m in sheet.merges { xml += #"<mergeCell ref="\#(m)"/>"# }
                xml += "</mergeCells>"
            }
            xml += "</worksheet>"
            parts.append(("xl/worksheets/sheet\(k + 1).xml", xml))
        }
        let ns = "http://schemas.openxmlformats.org"
        var workbook =
            #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(ns)/spreadsheetml/2006/main" xmlns:r="\#(ns)/officeDocument/2006/relationships">"#
        if date1904 { workbook += #"<workbookPr date1904="1"/>"# }
        workbook += "<sheets>"
        var rels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\#(ns)/package/2006/relationships">"#
        for (k, sheet) in sheets.enumerated() {
            workbook += #"<sheet name="\#(Self.escape(sheet.name))" sheetId="\#(k + 1)" r:id="rId\#(k + 1)"/>"#
            rels +=
                #"<Relationship Id="rId\#(k + 1)" Type="\#(ns)/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(k + 1).xml"/>"#
        }
        workbook += "</sheets></workbook>"
        rels += #"<Relationship Id="rIdS" Type="\#(ns)/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        if sharedStrings {
            rels +=
                #"<Relationship Id="rIdT" Type="\#(ns)/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#
            var sst =
                #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(ns)/spreadsheetml/2006/main" count="\#(strings.count)" uniqueCount="\#(strings.count)">"#
            for s in strings { sst += #"<si><t xml:space="preserve">\#(Self.escape(s))</t></si>"# }
            sst += "</sst>"
            parts.append(("xl/sharedStrings.xml", sst))
        }
        rels += "</Relationships>"
        parts.append(("xl/workbook.xml", workbook))
        parts.append(("xl/_rels/workbook.xml.rels", rels))
        parts.append(
            (
                "xl/styles.xml",
                #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(ns)/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy\ hh:mm"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="17" applyNumberFormat="1"/></cellXfs></styleSheet>"#
            ))
        parts.append(
            (
                "_rels/.rels",
                #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="\#(ns)/package/2006/relationships"><Relationship Id="rId1" Type="\#(ns)/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ))
        parts.append(
            (
                "[Content_Types].xml",
                #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="\#(ns)/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#
            ))
        return try Self.zip(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    /// A zip of the given parts, deflated (or stored as they are).
    static func zip(_ parts: [(String, [UInt8])], stored: Bool = false) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in parts {
            let data = Data(bytes)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: stored ? .none : .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return Array(archive.data ?? Data())
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
