import ReadinessModel

/// One cell of a worksheet as the sheet scanner finds it: where it is, its type and style, and
/// its value's bytes (decoded), before it is turned into text or a date.
struct SheetCell {
    /// The cell's type, from its `t` attribute.
    enum Kind: Equatable, Sendable {
        /// `n` or no `t`: a number (a date when its style says so).
        case number
        /// `s`: an index into the shared strings.
        case sharedString
        /// `inlineStr`: text in `<is>`.
        case inlineString
        /// `str`: a formula's text result.
        case formulaString
        /// `b`: 1 or 0.
        case boolean
        /// `e`: an error such as `#N/A`.
        case error
        /// `d`: an ISO 8601 date or date-time.
        case isoDate
    }

    /// 1-based row.
    var row: Int
    /// 1-based column (A = 1).
    var column: Int
    var kind: Kind
    /// The `s` attribute: index into the styles' `cellXfs`.
    var style: Int
    /// The value: `<v>`'s text, or the inline string's, decoded. It points into the scanner's
    /// buffer, so it is valid only during the `SheetVisitor.cell` call it is given to.
    var value: UnsafeRawBufferPointer
    /// Whether the cell has a `<v>` or `<is>` at all.
    var hasValue: Bool
    /// Whether the cell holds a formula (`<f>`).
    var hasFormula: Bool
}

/// What a sheet scanner reports as it goes.
protocol SheetVisitor {
    /// Whether the values of this column's cells are wanted; other cells are skipped unread.
    func wants(column: Int) -> Bool
    /// A cell (blank cells without a value are not reported). `cell.value` is valid during the call only.
    mutating func cell(_ cell: SheetCell)
    /// The end of a row that had at least its `<row>` element; `skippedCells` says whether it
    /// had cells with content in columns not wanted.
    mutating func rowEnded(_ row: Int, skippedCells: Bool)
    /// A merged area, `<mergeCell ref="A1:C2"/>`.
    mutating func merged(from: CellReference, to: CellReference)
    /// Something wrong at a cell (`row`, `column`; 0 where unknown).
    mutating func problem(_ problem: SheetProblem, row: Int, column: Int)
    /// Whether the visitor has all it needs: the scan stops.
    var finished: Bool { get }
}

extension SheetVisitor {
    func wants(column: Int) -> Bool { true }
    var finished: Bool { false }
    mutating func merged(from: CellReference, to: CellReference) {}
}

/// A problem the sheet scanner found in a worksheet's XML.
enum SheetProblem: Equatable, Sendable {
    /// A cell or row reference outside Excel's grid, or unreadable.
    case badReference
    /// A cell given twice, or before a cell to its left.
    case duplicateCell
    /// A row given twice, or after a row below it.
    case duplicateRow
    /// The XML is malformed (unterminated tag, DOCTYPE).
    case malformed
    /// One row's XML is larger than the scanner holds.
    case rowTooLarge
    /// A cell holds more characters than Excel allows in one.
    case tooLong
    /// A cell's text holds an `&` that starts no character reference (XML that is not well-formed).
    case undefinedEntity
    /// A cell's text is not UTF-8 (the part was written in another encoding without saying so).
    case notUTF8
    /// The part is written in an encoding other than UTF-8 (named, or `UTF-16` from its first bytes).
    case encoding(String)

    /// What is wrong, as the diagnostic at the cell says it.
    var message: String {
        switch self {
        case .badReference: "this cell or row has an address outside Excel's grid; the sheet is damaged"
        case .duplicateCell: "this cell is given twice, or out of order, in the sheet; the second is ignored"
        case .duplicateRow: "this row is given twice, or out of order, in the sheet; the second is ignored"
        case .malformed: "this sheet's XML is not well-formed, so it cannot be read"
        case .rowTooLarge: "a row of this sheet is larger than the 16 MB Readiness reads"
        case .tooLong:
            "this cell holds more than the \(NumberFormat.grouped(CellReference.maxCharacters)) characters Excel allows in a cell, so it is not read"
        case .undefinedEntity:
            "this cell's text holds an '&' that starts no character reference, so the sheet's XML is not well-formed and the cell is not read"
        case .notUTF8:
            "this cell's text is not UTF-8, so it is not read (the sheet was written in another encoding)"
        case .encoding(let name):
            "this sheet is written in the \(name) encoding; Readiness reads workbooks in UTF-8, as Excel saves them"
        }
    }

    /// What to do about any of them.
    static let hint = "open the workbook in Excel and save it again"

    /// Whether the rest of the sheet cannot be read.
    var stopsReading: Bool {
        switch self {
        case .malformed, .rowTooLarge, .encoding: true
        case .badReference, .duplicateCell, .duplicateRow, .tooLong, .undefinedEntity, .notUTF8: false
        }
    }
}
