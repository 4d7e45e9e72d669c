import ReadinessModel

/// Splits CSV text into records of cells, keeping the line and column where each cell starts.
///
/// Reads what Excel and other tools export: comma-separated, fields in double quotes holding
/// commas, doubled quotes and line breaks; CRLF, LF or lone CR line ends. Written here rather
/// than taken from SwiftCSV or CSV.swift because diagnostics need each cell's line and column,
/// which neither library reports (see docs/design.md).
public struct CSVReader: Sendable {
    /// One cell: its text and where it starts.
    public struct Cell: Sendable, Equatable {
        /// The cell's text, quotes removed and doubled quotes undone.
        public var text: String
        /// 1-based line of the cell's first character.
        public var line: Int
        /// 1-based column of the cell's first character.
        public var column: Int
    }

    /// One record: the cells of one row, and the line it starts on.
    public struct Record: Sendable, Equatable {
        /// The cells, left to right.
        public var cells: [Cell]
        /// 1-based line on which the record starts.
        public var line: Int
    }

    /// Splits the text into records. Unterminated quotes are reported to the log; the rest of
    /// the file after such a quote is taken as that one cell, as a spreadsheet would.
    public static func records(in source: SourceText, log: inout DiagnosticLog) -> [Record] {
        let bytes = source.bytes
        let count = bytes.count
        var records: [Record] = []
        var cells: [Cell] = []
        var field: [UInt8] = []
        var i = 0
        var line = 1
        var column = 1
        var recordLine = 1
        var fieldLine = 1
        var fieldColumn = 1
        var atFieldStart = true

        func finishField() {
            cells.append(Cell(text: String(decoding: field, as: UTF8.self), line: fieldLine, column: fieldColumn))
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() {
            finishField()
            let width = cells.count
            // A record that is one empty cell is a blank line: skip it.
            if !(cells.count == 1 && cells[0].text.isEmpty) {
                records.append(Record(cells: cells, line: recordLine))
            }
            // A fresh array sized to this row: keeping the capacity would copy it into every
            // record, so a short row after a wide header would hold room for the whole header
            // (3 million one-cell rows took 1.7 GB).
            cells = []
            cells.reserveCapacity(width)
        }

        while i < count {
            let b = bytes[i]
            if atFieldStart {
                fieldLine = line
                fieldColumn = column
                atFieldStart = false
                if b == UInt8(ascii: "\"") {
                    // A quoted field: read to the closing quote.
                    let quoteLine = line
                    let quoteColumn = column
                    i += 1
                    column += 1
                    var closed = false
                    while i < count {
                        let c = bytes[i]
                        if c == UInt8(ascii: "\"") {
                            if i + 1 < count, bytes[i + 1] == UInt8(ascii: "\"") {
                                field.append(c)
                                i += 2
                                column += 2
                                continue
                            }
                            i += 1
                            column += 1
                            closed = true
                            break
                        }
                        if c == 0x0D {
                            // CRLF or lone CR inside a cell is one line break, kept as LF.
                            field.append(0x0A)
                            if i + 1 < count, bytes[i + 1] == 0x0A { i += 1 }
                            i += 1
                            line += 1
                            column = 1
                            continue
                        }
                        field.append(c)
                        if c == 0x0A {
                            line += 1
                            column = 1
                        } else if c & 0xC0 != 0x80 {
                            column += 1
                        }
                        i += 1
                    }
                    if !closed {
                        log.error(
                            "this quoted cell is never closed, so the rest of the file was read as one cell",
                            at: SourceLocation(file: source.path, line: quoteLine, column: quoteColumn),
                            hint: "add the closing double quote (\") at the end of the cell")
                    }
                    continue
                }
            }
            switch b {
            case UInt8(ascii: ","):
                finishField()
                atFieldStart = true
                i += 1
                column += 1
            case 0x0A, 0x0D:
                finishRecord()
                if b == 0x0D, i + 1 < count, bytes[i + 1] == 0x0A { i += 1 }
                i += 1
                line += 1
                column = 1
                recordLine = line
                atFieldStart = true
            default:
                field.append(b)
                if b & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }
        if !atFieldStart || !field.isEmpty || !cells.isEmpty {
            finishRecord()
        }
        return records
    }
}
