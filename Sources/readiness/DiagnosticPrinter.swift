import ReadinessCore

/// Prints diagnostics in the compiler's format, sorted so output does not depend on work order.
enum DiagnosticPrinter {
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.sorted { FileHandleOutput.standardError(diagnostic.description) }
    }

    /// "2 errors, 1 warning".
    static func count(_ log: DiagnosticLog) -> String {
        let e = log.errors.count
        let w = log.warnings.count
        return "\(e) error\(e == 1 ? "" : "s"), \(w) warning\(w == 1 ? "" : "s")"
    }
}

/// Writes whole lines to standard output and error with POSIX `write`.
enum FileHandleOutput {
    static func standardOutput(_ line: String) { emit(line, to: 1) }
    static func standardError(_ line: String) { emit(line, to: 2) }

    private static func emit(_ line: String, to fd: Int32) {
        SystemCalls.writeAll(Array((line.hasSuffix("\n") ? line : line + "\n").utf8), to: fd)
    }
}
