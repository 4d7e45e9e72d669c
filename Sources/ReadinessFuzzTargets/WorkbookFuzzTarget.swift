import Foundation
import ReadinessCore
import ZIPFoundation

/// The `workbook` fuzz target: a workbook opened and every sheet read as a table and as a
/// child-level list. Input starting `PK` is taken as the whole .xlsx; anything else as the XML
/// of a sheet (before the first NUL byte) and of the shared strings (after it), zipped here
/// without compression so the fuzzer mutates the XML itself rather than deflate data.
enum WorkbookFuzzTarget {
    static func run(_ bytes: [UInt8]) {
        let workbook = bytes.starts(with: [0x50, 0x4B]) ? bytes : wrap(bytes)
        var log = DiagnosticLog()
        guard let book = Workbook.open(workbook, path: "f.xlsx", log: &log) else { return }
        for name in book.sheetNames {
            _ = book.records(ofSheet: name, log: &log)
        }
    }

    static func wrap(_ bytes: [UInt8]) -> [UInt8] {
        let split = bytes.firstIndex(of: 0) ?? bytes.count
        let sheet = Array(bytes[..<split])
        let strings = split < bytes.count ? Array(bytes[(split + 1)...]) : []
        let ns = "http://schemas.openxmlformats.org"
        let parts: [(String, [UInt8])] = [
            (
                "xl/workbook.xml",
                Array(
                    #"<workbook xmlns:r="\#(ns)/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#
                        .utf8)
            ),
            (
                "xl/_rels/workbook.xml.rels",
                Array(
                    #"<Relationships><Relationship Id="rId1" Type="\#(ns)/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(ns)/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#
                        .utf8)
            ),
            ("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings),
        ]
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return [] }
        for (name, part) in parts {
            let data = Data(part)
            try? archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .none,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
        return Array(archive.data ?? Data())
    }
}
