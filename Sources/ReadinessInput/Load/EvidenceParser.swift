import ReadinessModel

/// Reads the evidence cell: links separated by semicolons or line breaks, each either an
/// address or `label | address`. Only web addresses, email and relative paths are accepted.
enum EvidenceParser {
    static func links(_ text: String, at location: SourceLocation, log: inout DiagnosticLog) -> [EvidenceLink] {
        var links: [EvidenceLink] = []
        for part in text.split(whereSeparator: { $0 == ";" || $0 == "\n" }) {
            let piece = part.trimmingSpaces
            if piece.isEmpty { continue }
            let label: String
            let target: String
            if let bar = piece.lastIndex(of: "|") {
                label = piece[..<bar].trimmingSpaces
                target = piece[piece.index(after: bar)...].trimmingSpaces
            } else {
                label = piece
                target = piece
            }
            guard LinkPolicy.isAllowed(target) else {
                log.error(
                    "evidence link '\(target)' is not allowed", at: location,
                    hint:
                        "use an address starting http:// or https://, a mailto: address, or a path relative to the site"
                )
                continue
            }
            links.append(EvidenceLink(label: label.isEmpty ? target : label, target: target))
        }
        return links
    }
}
