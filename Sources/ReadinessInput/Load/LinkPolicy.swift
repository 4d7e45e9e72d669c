import ReadinessModel

/// Which link targets from data may appear on a page.
///
/// The rules apply to what a browser will follow, not to what was typed: the target is
/// percent-decoded until it stops changing (`%252e` is `%2e` is `.`), backslashes count as
/// slashes, and `.`, empty and `..` segments are resolved. A relative path that climbs out of
/// the site at any point (`%2e%2e/etc/passwd`, `.%2E/x`, `a/../../x`) is refused.
enum LinkPolicy {
    /// http, https and mailto addresses, and relative paths that stay inside the site.
    static func isAllowed(_ target: String) -> Bool {
        // Browsers drop tabs and line breaks inside a link (`java\nscript:`), so none is allowed.
        guard !target.isEmpty, !target.unicodeScalars.contains(where: isSpaceOrControl) else { return false }
        let lower = target.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return target.count > 8 }
        if lower.hasPrefix("mailto:") { return target.count > 7 }
        // Control characters written as escapes are refused too; an escaped space is fine.
        guard let decoded = decoded(target),
            !decoded.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        else { return false }
        let path = decoded.replacingAll("\\", with: "/")
        // Anything else with a scheme (javascript:, data:, file:) or a network path is refused.
        if let colon = path.firstIndex(of: ":") {
            let beforeColon = path[..<colon]
            if !beforeColon.contains("/") && !beforeColon.contains("?") && !beforeColon.contains("#") { return false }
        }
        if path.hasPrefix("/") { return false }
        return staysInside(path)
    }

    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The target percent-decoded until it no longer changes, or nil when an escape decodes to
    /// bytes that are not UTF-8 text, or it does not settle after a few rounds.
    static func decoded(_ target: String) -> String? {
        var text = target
        for _ in 0..<8 {
            guard let next = percentDecoded(text) else { return nil }
            if next == text { return text }
            text = next
        }
        return nil
    }

    /// One round of percent-decoding; a `%` not followed by two hex digits stays as it is.
    static func percentDecoded(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "%")) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hex(bytes[i + 1]),
                let low = hex(bytes[i + 2])
            {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(validating: out, as: UTF8.self)
    }

    /// Whether a relative path, its query and fragment cut off, never climbs above where it starts.
    static func staysInside(_ path: String) -> Bool {
        let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? path.endIndex
        var depth = 0
        for segment in path[..<end].split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                depth -= 1
                if depth < 0 { return false }
            default:
                // Browsers also treat `.%2e`-like leftovers and `...` oddly: refuse segments of dots only.
                if segment.allSatisfy({ $0 == "." }) { return false }
                depth += 1
            }
        }
        return true
    }
}
