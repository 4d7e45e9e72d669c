/// One problem found in a user's data or templates, in the compiler's format so editors can jump to it.
///
/// Rendered as `file:line:column: severity: message`, with an optional hint on what to do.
public struct Diagnostic: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// How serious a diagnostic is: errors fail the build, warnings are printed only.
    public enum Severity: String, Sendable, Equatable, Hashable, Comparable {
        case error
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Error or warning.
    public var severity: Severity
    /// The path of the file at fault, as the user would type it (relative where possible).
    public var file: String
    /// 1-based line, or 0 where the problem concerns the whole file. In a workbook's sheet,
    /// the row number.
    public var line: Int
    /// 1-based column, or 0 where unknown. In a workbook's sheet, the column's number (A = 1).
    public var column: Int
    /// The sheet, when the file is a workbook: the location is then a cell, `file[sheet]!E14`.
    public var sheet: String?
    /// What is wrong, as a full sentence.
    public var message: String
    /// What to do about it, if there is something more to say than the message.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, file: String, line: Int = 0, column: Int = 0, sheet: String? = nil,
        message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
        self.message = message
        self.hint = hint
    }

    /// The position in the compiler's format: `file:line:column`, shortened where unknown; in a
    /// workbook, the cell as spreadsheets name it: `file[sheet]!E14` (or `file[sheet]!14` for a
    /// whole row, `file[sheet]` for the whole sheet).
    public var location: String {
        let file = Diagnostic.visible(self.file)
        if let sheet { return file + "[" + Diagnostic.visible(sheet) + "]" + (cell.map { "!" + $0 } ?? "") }
        if line <= 0 { return file }
        if column <= 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// The cell's address in a workbook's sheet (`E14`, or `14` for a whole row), nil elsewhere.
    public var cell: String? {
        guard sheet != nil, line > 0 else { return nil }
        return (column > 0 ? SheetColumn.letters(column) : "") + String(line)
    }

    /// `file:line:column: error: message; hint`, always one line: line breaks and other control
    /// characters from data are shown as escapes (see `visible`).
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(Diagnostic.visible(message))"
        if let hint, !hint.isEmpty { text += "; \(Diagnostic.visible(hint))" }
        return text
    }

    /// Text with every line break and control character shown as an escape (`\n`, `\r`, `\t`,
    /// otherwise `\u{1B}`), so data quoted in a message can never start a new line: a CI log
    /// would read a line starting `::error` as a workflow command.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
            || scalar.value == 0x2029
    }
}

/// A position in a source file, used to attach diagnostics to data values.
public struct SourceLocation: Sendable, Equatable, Hashable {
    /// The file's path as shown in diagnostics.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The sheet, when the file is a workbook (`line` is then the row, `column` the column).
    public var sheet: String?

    /// Creates a location.
    public init(file: String, line: Int, column: Int, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }
}
