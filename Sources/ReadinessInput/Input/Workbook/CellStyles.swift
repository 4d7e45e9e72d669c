/// Which cell styles show a number as a date or a time, read from `xl/styles.xml`.
///
/// A cell's `s` attribute indexes the `<cellXfs>` list; each entry names a number format by id.
/// Ids 14-22, 27-36, 45-47 and 50-58 are Excel's built-in date and time formats; a custom
/// `<numFmt>` is a date when its code has a date or time token (y, m, d, h, s) outside quoted
/// text, escapes and `[...]` colour or locale brackets (`[h]` is elapsed time).
struct CellStyles: Sendable {
    /// What a style makes of a number.
    enum Kind: Sendable, Equatable {
        case number
        case date
        /// A time of day alone (`h:mm`): shown as `14:30`, whatever the serial's date part, as
        /// Excel shows it and a CSV export of the sheet gives it.
        case time
        /// Elapsed time (`[h]:mm`): shown as hours and minutes in all, `36:00` for 1.5.
        case duration
        /// A year alone (`yyyy`): shown as `2026`.
        case year
        /// A month without a day (`mmm-yy`, `mmmm yyyy`: what Excel makes of `Dec-26` typed in):
        /// shown as `Dec 2026`, so a due-date column reads it as the month's last day, as the
        /// same text in a CSV file would be.
        case month
    }

    /// Kind per `cellXfs` index.
    private(set) var kinds: [Kind] = []

    init() {}

    init(xml bytes: [UInt8]) throws(XMLScanner.Problem) {
        var scanner = XMLScanner(bytes: bytes)
        var custom: [Int: Kind] = [:]
        var inCellXfs = false
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, let selfClosing) = event else {
                if case .end(let name) = event, scanner.isNamed(name, "cellXfs") { inCellXfs = false }
                continue
            }
            if scanner.isNamed(name, "numFmt") {
                if let id = scanner.attribute("numFmtId", in: attributes).flatMap({ CellReference.number(bytes, $0) }),
                    let code = scanner.attribute("formatCode", in: attributes)
                {
                    custom[id] = Self.kind(ofCode: XMLText.string(bytes, code, officeEscapes: false))
                }
            } else if scanner.isNamed(name, "cellXfs") {
                inCellXfs = !selfClosing
            } else if inCellXfs && scanner.isNamed(name, "xf") {
                let id = scanner.attribute("numFmtId", in: attributes).flatMap { CellReference.number(bytes, $0) } ?? 0
                kinds.append(custom[id] ?? Self.builtIn(id))
                if !selfClosing { try scanner.skipElement() }
            }
        }
    }

    /// The kind of style `index`; a number for an unknown index.
    @inline(__always)
    func kind(_ index: Int) -> Kind {
        index >= 0 && index < kinds.count ? kinds[index] : .number
    }

    /// The kind of a built-in number format id.
    static func builtIn(_ id: Int) -> Kind {
        switch id {
        case 46: return .duration  // [h]:mm:ss
        case 18...21, 45, 47: return .time
        case 17: return .month
        case 14...16, 22, 27...36, 50...58: return .date
        default: return .number
        }
    }

    /// The kind of a custom format code, such as `dd/mm/yyyy`, `[$-809]d mmm yy;@` or `0.00`.
    static func kind(ofCode code: String) -> Kind {
        var hasDate = false
        var hasTime = false
        var elapsed = false
        // "m" is a month beside y or d, a minute beside h or s.
        var hasM = false
        var hasDay = false
        var chars = Array(code.lowercased().unicodeScalars)[...]
        // Only the first section (before ';') says how a positive number shows.
        while let c = chars.first {
            chars = chars.dropFirst()
            switch c {
            case "\"":
                while let d = chars.first, d != "\"" { chars = chars.dropFirst() }
                chars = chars.dropFirst()
            case "\\", "_", "*":
                chars = chars.dropFirst()
            case "[":
                var inside = ""
                while let d = chars.first, d != "]" {
                    inside.unicodeScalars.append(d)
                    chars = chars.dropFirst()
                }
                chars = chars.dropFirst()
                if !inside.isEmpty && inside.unicodeScalars.allSatisfy({ "hms".unicodeScalars.contains($0) }) {
                    hasTime = true
                    elapsed = true
                }
            case ";":
                chars = []
            case "y": hasDate = true
            case "d":
                hasDate = true
                hasDay = true
            case "m": hasM = true
            case "h", "s": hasTime = true
            default: break
            }
        }
        if hasDate { return hasDay || hasTime ? .date : hasM ? .month : .year }
        if elapsed { return .duration }
        if hasTime { return .time }
        return hasM ? .month : .number
    }
}
