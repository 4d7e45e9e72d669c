import Foundation
import ReadinessModel

/// An .xlsx workbook read from bytes: its sheets by name, each read as records of text cells
/// (for the ordinary tables) or streamed cell by cell (for the child-level lists).
///
/// Opening reads the package's manifest, the shared strings and the styles; sheets are read
/// when asked for. Every problem is a diagnostic naming the file or the cell
/// (`data/actions.xlsx[Action plan]!E14`), never a crash: see docs/data-format.md, "Workbooks".
package struct Workbook: Sendable {
    /// The file's path as diagnostics show it.
    package let path: String
    /// The worksheets in the order of their tabs.
    let sheets: [WorkbookManifest.Sheet]
    /// The cells' text, given the shared strings, styles and date system.
    let cellText: CellText
    /// The zip, kept in memory: reading a part changes nothing in it, so sheets can be read in parallel.
    private let archive: WorkbookArchive

    /// How many compressed bytes a sheet's part takes in the zip: the longest sheets are started
    /// first when sheets are read in parallel.
    func compressedSize(of sheet: WorkbookManifest.Sheet) -> Int { archive.compressedSize(of: sheet.part) }

    /// The worksheets' names, in the order of their tabs.
    package var sheetNames: [String] { sheets.map(\.name) }

    /// The bytes Excel's old format and password-protected workbooks start with (an OLE compound file).
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Opens a workbook, reporting why not when it cannot be read.
    package static func open(_ bytes: [UInt8], path: String, log: inout DiagnosticLog) -> Workbook? {
        let saveAs = "open it in Excel and save it as an Excel Workbook (.xlsx)"
        if bytes.starts(with: compoundFileSignature) {
            log.error(
                "this workbook is password-protected or in the old .xls format", file: path,
                hint:
                    "save it as .xlsx without a password (File > Save As, Excel Workbook; File > Info > Protect Workbook to remove the password)"
            )
            return nil
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            log.error(
                "this is not an Excel workbook: an .xlsx file is a zip archive, and this file is not one", file: path,
                hint: "\(saveAs); a CSV file must be named .csv")
            return nil
        }
        guard let archive = WorkbookArchive(bytes: bytes) else {
            log.error("cannot read this workbook: the zip archive it is stored in is damaged", file: path, hint: saveAs)
            return nil
        }
        let manifest: WorkbookManifest
        switch WorkbookManifest.read(archive) {
        case .success(let read): manifest = read
        case .failure(.noWorkbookPart):
            let ods = archive.contains("content.xml")
            log.error(
                ods
                    ? "this is an OpenDocument spreadsheet (.ods), which Readiness does not read"
                    : "this zip archive is not an Excel workbook: it has no xl/workbook.xml", file: path, hint: saveAs)
            return nil
        case .failure(.part(let part, let failure)):
            report(failure, part: part, path: path, log: &log)
            return nil
        case .failure(.xml(let part, let problem)):
            report(problem, part: part, path: path, log: &log)
            return nil
        }
        guard
            let sharedStrings = part(
                manifest.sharedStringsPart, of: archive, path: path, empty: SharedStrings(), log: &log,
                parse: { xml throws(XMLScanner.Problem) in try SharedStrings(xml: xml) }),
            let styles = part(
                manifest.stylesPart, of: archive, path: path, empty: CellStyles(), log: &log,
                parse: CellStyles.init(xml:))
        else { return nil }
        if manifest.sheets.count > Budgets.workbookSheets {
            log.error(
                "this workbook has \(NumberFormat.grouped(manifest.sheets.count)) worksheets, more than the \(NumberFormat.grouped(Budgets.workbookSheets)) Readiness reads",
                file: path, hint: "keep the tables Readiness reads in a workbook of their own")
            return nil
        }
        if manifest.sheets.isEmpty {
            log.error("this workbook has no worksheets", file: path, hint: "put the table on a worksheet")
            return nil
        }
        return Workbook(
            path: path, sheets: manifest.sheets,
            cellText: CellText(sharedStrings: sharedStrings, styles: styles, date1904: manifest.date1904),
            archive: archive)
    }

    /// An optional part (the shared strings, the styles) parsed: `empty` when the workbook has
    /// none, nil (the reason reported) when it cannot be read or parsed.
    static func part<Part>(
        _ name: String?, of archive: WorkbookArchive, path: String, empty: Part, log: inout DiagnosticLog,
        parse: ([UInt8]) throws(XMLScanner.Problem) -> Part
    ) -> Part? {
        guard let name else { return empty }
        switch archive.read(name, limit: Budgets.workbookPartBytes) {
        case .success(let xml):
            do throws(XMLScanner.Problem) {
                return try parse(xml)
            } catch {
                report(error, part: name, path: path, log: &log)
                return nil
            }
        case .failure(.missing): return empty
        case .failure(let failure):
            report(failure, part: name, path: path, log: &log)
            return nil
        }
    }

    /// Where a cell of a sheet is, as diagnostics show it: `data/actions.xlsx[Action plan]!E14`.
    package func location(sheet: String, row: Int, column: Int) -> SourceLocation {
        SourceLocation(file: path, line: row, column: column, sheet: sheet)
    }

    /// The rows of a sheet as records of text cells (see `SheetTable`); nil, with the reason
    /// reported, when the sheet cannot be read. A formula saved without its value is read as
    /// blank, with a warning at its cell.
    package func records(ofSheet name: String, log: inout DiagnosticLog) -> [CSVReader.Record]? {
        guard let table = table(ofSheet: name, log: &log) else { return nil }
        for (row, column) in table.uncachedFormulas {
            Self.warnOfUncachedFormula(at: location(sheet: name, row: row, column: column), log: &log)
        }
        return table.records
    }

    /// The same records, and the cells holding a formula saved without its value (read as
    /// blank), unreported: for a caller that warns only of the cells it reads.
    package func table(ofSheet name: String, log: inout DiagnosticLog) -> (
        records: [CSVReader.Record], uncachedFormulas: [(row: Int, column: Int)]
    )? {
        guard let sheet = sheets.first(where: { $0.name == name }) else {
            log.error(
                "this workbook has no sheet named '\(name)'", file: path,
                hint: "its sheets are \(sheetNames.map { "'\($0)'" }.joined(separator: ", "))")
            return nil
        }
        var (table, failure) = scan(
            sheet, limit: Budgets.workbookPartBytes, visitor: SheetTable(workbook: self, sheet: name))
        if let failure {
            // Only the cause: what the sheet's cells seemed to say came from damaged data.
            Self.report(failure, part: sheet.part, path: path, sheet: name, log: &log)
            return nil
        }
        log.merge(table.log)
        if table.failed { return nil }
        return (table.records(), table.uncachedFormulas)
    }

    /// Warns that a cell holds a formula saved without its value, so it is read as blank.
    package static func warnOfUncachedFormula(at location: SourceLocation, log: inout DiagnosticLog) {
        log.warning(
            "this cell holds a formula with no saved value, so it is read as blank", at: location,
            hint: "open the workbook in Excel and save it, so the formula's value is saved with it")
    }

    /// Streams a sheet's cells to a visitor, stopping when it is finished; returns the visitor
    /// and what stopped the part from being read to its end (nil when it was, or when the
    /// visitor stopped it).
    func scan<Visitor: SheetVisitor>(
        _ sheet: WorkbookManifest.Sheet, limit: Int, visitor: Visitor
    ) -> (Visitor, WorkbookArchive.Failure?) {
        var scanner = SheetScanner(visitor: visitor)
        var first = true
        let result = archive.stream(sheet.part, limit: limit, chunkSize: 256 * 1024) { chunk in
            if first, let encoding = XMLEncoding.other(chunk) {
                scanner.fail(.encoding(encoding))
                return false
            }
            first = false
            scanner.feed(chunk)
            return !scanner.visitor.finished && !scanner.failed
        }
        switch result {
        case .success:
            scanner.finish()
            return (scanner.visitor, nil)
        case .failure(.stopped):
            return (scanner.visitor, nil)
        case .failure(let failure):
            return (scanner.visitor, failure)
        }
    }

    /// Reports a part that could not be inflated.
    static func report(
        _ failure: WorkbookArchive.Failure, part: String, path: String, sheet: String? = nil, log: inout DiagnosticLog
    ) {
        let which = sheet.map { "sheet '\($0)'" } ?? "part \(part)"
        switch failure {
        case .missing:
            log.error(
                "this workbook's \(which) is missing from it (\(part))", file: path,
                hint: "open it in Excel and save it again")
        case .tooLarge(let limit):
            log.error(
                "this workbook's \(which) unpacks to more than \(limit / (1024 * 1024)) MB, more than Readiness reads",
                file: path, hint: "check it is the right file; it may be damaged or built to be unreadable")
        case .unsupported(let how):
            log.error(
                "cannot read this workbook's \(which): it is \(how), which Excel does not write and Readiness does not read",
                file: path, hint: "open it in Excel and save it again as an Excel Workbook (.xlsx), without a password")
        case .damaged, .stopped:
            log.error(
                "cannot read this workbook's \(which): the zip archive it is stored in is damaged", file: path,
                hint: "open it in Excel and save it again")
        }
    }

    /// Reports a part whose XML could not be read.
    static func report(_ problem: XMLScanner.Problem, part: String, path: String, log: inout DiagnosticLog) {
        switch problem {
        case .doctype:
            log.error(
                "this workbook's part \(part) declares a DOCTYPE, which Readiness does not read", file: path,
                hint: "a workbook saved by Excel has none; open it in Excel and save it again")
        case .tooLong:
            log.error(
                "this workbook's part \(part) holds a string longer than the \(NumberFormat.grouped(CellReference.maxCharacters)) characters Excel allows in a cell",
                file: path, hint: "check it is the right file; it may be damaged or built to be unreadable")
        case .tooMany:
            log.error(
                "this workbook's part \(part) holds more than \(NumberFormat.grouped(Budgets.workbookSharedStrings)) strings, more than Readiness reads",
                file: path, hint: "check it is the right file; it may be damaged or built to be unreadable")
        case .unterminated:
            log.error(
                "this workbook's part \(part) is not well-formed XML", file: path,
                hint: "open it in Excel and save it again")
        case .badText:
            log.error(
                "this workbook's part \(part) holds text that is not UTF-8, or an '&' that starts no character reference",
                file: path, hint: "open it in Excel and save it again")
        case .encoding(let name):
            log.error(
                "this workbook's part \(part) is written in the \(name) encoding; Readiness reads workbooks in UTF-8, as Excel saves them",
                file: path, hint: "open it in Excel and save it again as an Excel Workbook (.xlsx)")
        }
    }
}
