/// Collects every diagnostic of a run so that all are reported together, not just the first.
///
/// At most `Budgets.diagnosticsPerFile` are kept for one file; the rest are counted, and shown
/// as one "and N more like this" diagnostic, so a file of a million bad rows gives a screenful.
public struct DiagnosticLog: Sendable, Equatable {
    /// What was reported for one file beyond the limit.
    struct Overflow: Sendable, Equatable {
        var count = 0
        var hasErrors = false
    }

    /// The diagnostics kept, in the order they were found.
    private var kept: [Diagnostic] = []
    /// How many were kept per file.
    private var keptPerFile: [String: Int] = [:]
    /// What was counted but not kept, per file.
    private var overflow: [String: Overflow] = [:]

    /// Everything reported, in the order it was found, with one "and N more like this"
    /// diagnostic after the kept ones for each file that passed the limit.
    public var all: [Diagnostic] {
        kept + overflow.keys.sorted().compactMap { summary(for: $0) }
    }

    /// Creates an empty log.
    public init() {}

    /// Whether any error (not just warnings) was reported.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// The errors only.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }

    /// The warnings only.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }

    /// Adds one diagnostic, or counts it when its file already has as many as are listed.
    public mutating func report(_ diagnostic: Diagnostic) {
        let count = keptPerFile[diagnostic.file, default: 0]
        if count < Budgets.diagnosticsPerFile {
            keptPerFile[diagnostic.file] = count + 1
            kept.append(diagnostic)
        } else {
            overflow[diagnostic.file, default: Overflow()].count += 1
            if diagnostic.severity == .error { overflow[diagnostic.file]?.hasErrors = true }
        }
    }

    /// The diagnostic that stands for a file's uncounted ones.
    private func summary(for file: String) -> Diagnostic? {
        guard let extra = overflow[file], extra.count > 0 else { return nil }
        return Diagnostic(
            extra.hasErrors ? .error : .warning, file: file,
            message: "and \(NumberFormat.grouped(extra.count)) more like this in this file",
            hint: "fix the ones listed, then run again to see the rest")
    }

    /// Adds an error at a location.
    public mutating func error(_ message: String, at location: SourceLocation, hint: String? = nil) {
        report(
            Diagnostic(
                .error, file: location.file, line: location.line, column: location.column, sheet: location.sheet,
                message: message, hint: hint))
    }

    /// Adds a warning at a location.
    public mutating func warning(_ message: String, at location: SourceLocation, hint: String? = nil) {
        report(
            Diagnostic(
                .warning, file: location.file, line: location.line, column: location.column,
                sheet: location.sheet, message: message, hint: hint))
    }

    /// Adds an error about a whole file.
    public mutating func error(_ message: String, file: String, hint: String? = nil) {
        report(Diagnostic(.error, file: file, message: message, hint: hint))
    }

    /// Adds every diagnostic of another log.
    public mutating func merge(_ other: DiagnosticLog) {
        for diagnostic in other.kept { report(diagnostic) }
        for (file, extra) in other.overflow {
            overflow[file, default: Overflow()].count += extra.count
            if extra.hasErrors { overflow[file]?.hasErrors = true }
        }
    }

    /// The diagnostics sorted by file, line and column, errors before warnings at one place, so
    /// output does not depend on the order work was done in.
    /// Each file's "and N more" diagnostic comes last among that file's.
    public var sorted: [Diagnostic] {
        let summaries = Set(overflow.keys.compactMap { summary(for: $0) })
        return all.sorted {
            let a = summaries.contains($0) ? 1 : 0
            let b = summaries.contains($1) ? 1 : 0
            if ($0.file, a, $0.sheet ?? "") != ($1.file, b, $1.sheet ?? "") {
                return ($0.file, a, $0.sheet ?? "") < ($1.file, b, $1.sheet ?? "")
            }
            return ($0.line, $0.column, $0.severity == .error ? 0 : 1, $0.message)
                < ($1.line, $1.column, $1.severity == .error ? 0 : 1, $1.message)
        }
    }
}
