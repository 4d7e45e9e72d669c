/// GitLab's Code Quality report (`artifacts:reports:codequality`): a JSON array with one issue
/// per diagnostic, so each problem is listed on the merge request.
///
/// Each issue has `description`, `check_name`, `fingerprint`, `severity` (`major` for an
/// error, `minor` for a warning) and `location` (`path` relative to the repository's root, and
/// `lines.begin`). GitLab compares fingerprints between the merge request and its target branch
/// to tell new problems from fixed ones, so a fingerprint depends only on the problem: its file,
/// sheet and message with every number in it left out. A row added above it (moving its line)
/// or a day passing (a message's "12 days" becoming "13 days") keeps the problem the same issue;
/// the same problem met again in one file is told apart by how many came before it, and no two
/// issues of one report share a fingerprint.
enum CodeQualityReport {
    /// The report for `diagnostics` (already sorted), one issue a line.
    static func render(_ diagnostics: [Diagnostic], paths: RepositoryPaths?) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        var fingerprints = Set<String>()
        var occurrences: [String: Int] = [:]
        let issues = diagnostics.map { d -> String in
            let path = paths?.path(for: d.file) ?? d.file
            let message = d.message.replacing(#/[0-9]+/#, with: "#")
            let identity = [path, d.sheet ?? "", message].joined(separator: "\u{0}")
            // The same problem reported twice is two issues: the second counts as another one.
            let occurrence = occurrences[identity, default: 0]
            occurrences[identity] = occurrence + 1
            var attempt = 0
            var fingerprint = ""
            repeat {
                fingerprint = fingerprintText(identity + "\u{0}\(occurrence)" + (attempt == 0 ? "" : "\u{0}\(attempt)"))
                attempt += 1
            } while !fingerprints.insert(fingerprint).inserted
            return "  {\"description\": \(DiagnosticFormat.jsonString(description(d))), "
                + "\"check_name\": \(DiagnosticFormat.jsonString("readiness-\(d.severity.rawValue)")), "
                + "\"fingerprint\": \"\(fingerprint)\", "
                + "\"severity\": \"\(d.severity == .error ? "major" : "minor")\", "
                + "\"location\": {\"path\": \(DiagnosticFormat.jsonString(path)), "
                // A workbook has no lines to point at (its problems name their cell), nor has a
                // problem with the whole file: GitLab needs a line, so those point at the first.
                + "\"lines\": {\"begin\": \(d.sheet == nil ? max(d.line, 1) : 1)}}}"
        }
        return "[\n" + issues.joined(separator: ",\n") + "\n]\n"
    }

    /// What GitLab shows: the message and what to do; in a workbook, the sheet and cell first.
    static func description(_ d: Diagnostic) -> String {
        var text = d.message + (d.hint.map { $0.isEmpty ? "" : "; \($0)" } ?? "")
        if let sheet = d.sheet {
            text = "sheet '\(sheet)'" + (d.cell.map { ", cell \($0)" } ?? "") + ": " + text
        }
        return text
    }

    /// 64-bit FNV-1a of the text's UTF-8, as 16 hex digits: the same on every machine and run.
    static func fingerprintText(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
