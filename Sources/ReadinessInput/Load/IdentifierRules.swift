import ReadinessModel

/// Rules for identifiers that become file names or link targets.
enum IdentifierRules {
    /// Whether an id is lower-case letters, digits and hyphens, starting with a letter or digit.
    static func isSlug(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.utf8.count <= 80 else { return false }
        let allowed: (Unicode.Scalar) -> Bool = { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        return allowed(first) && first != "-" && id.unicodeScalars.allSatisfy(allowed)
    }

    /// Reports ids given more than once, at the second and later places.
    static func reportDuplicates<T>(
        _ items: [T], id: (T) -> String, location: (T) -> SourceLocation, what: String, log: inout DiagnosticLog
    ) {
        var seen: [String: SourceLocation] = [:]
        for item in items {
            let key = id(item)
            if let first = seen[key] {
                log.error(
                    "\(what) '\(key)' is used twice; the first is at \(first.file):\(first.line)",
                    at: location(item), hint: "give each \(what) its own id")
            } else {
                seen[key] = location(item)
            }
        }
    }
}
