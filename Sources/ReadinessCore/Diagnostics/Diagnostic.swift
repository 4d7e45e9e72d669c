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
    /// 1-based line, or 0 where the problem concerns the whole file.
    public var line: Int
    /// 1-based column, or 0 where unknown.
    public var column: Int
    /// What is wrong, as a full sentence.
    public var message: String
    /// What to do about it, if there is something more to say than the message.
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, file: String, line: Int = 0, column: Int = 0, message: String,
        hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// The position in the compiler's format: `file:line:column`, shortened where unknown.
    public var location: String {
        if line <= 0 { return file }
        if column <= 0 { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }

    /// `file:line:column: error: message; hint`
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint, !hint.isEmpty { text += "; \(hint)" }
        return text
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

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}
