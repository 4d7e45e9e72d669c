/// Collects every diagnostic of a run so that all are reported together, not just the first.
public struct DiagnosticLog: Sendable, Equatable {
    /// Everything reported so far, in the order it was found.
    public private(set) var all: [Diagnostic] = []

    /// Creates an empty log.
    public init() {}

    /// Whether any error (not just warnings) was reported.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Adds one diagnostic.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Adds an error at a location.
    public mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        report(
            Diagnostic(
                .error, file: location.file, line: location.line, column: location.column,
                message: message, hint: hint))
    }

    /// Adds a warning at a location.
    public mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        report(
            Diagnostic(
                .warning, file: location.file, line: location.line, column: location.column,
                message: message, hint: hint))
    }

    /// Adds an error about a whole file.
    public mutating func error(_ message: String, file: String, hint: String? = nil) {
        report(Diagnostic(.error, file: file, message: message, hint: hint))
    }

    /// Adds every diagnostic of another log.
    public mutating func merge(_ other: DiagnosticLog) {
        all.append(contentsOf: other.all)
    }

    /// The diagnostics sorted by file, line and column, errors before warnings at one place, so
    /// output does not depend on the order work was done in.
    public var sorted: [Diagnostic] {
        all.sorted {
            ($0.file, $0.line, $0.column, $0.severity == .error ? 0 : 1, $0.message)
                < ($1.file, $1.line, $1.column, $1.severity == .error ? 0 : 1, $1.message)
        }
    }
}
