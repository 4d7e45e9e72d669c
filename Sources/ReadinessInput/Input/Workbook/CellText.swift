import Foundation
import ReadinessModel

/// Turns a typed cell into the text the cell parsers read, as a CSV export of the same sheet
/// would give it: dates as `2026-12-01` (`2026-12-01 14:30` with a time of day), numbers as their
/// shortest decimal text (`12`, `4.5`), booleans as `TRUE` and `FALSE`, errors as their text
/// (`#N/A`), shared and inline strings as they are.
struct CellText {
    let sharedStrings: SharedStrings
    let styles: CellStyles
    let date1904: Bool

    /// What became of a cell.
    enum Outcome: Equatable {
        case text(String)
        /// A formula with no cached value: read as blank, with a warning.
        case uncachedFormula
        /// A shared-string index the workbook does not have.
        case missingSharedString
    }

    func text(of cell: SheetCell) -> Outcome {
        // A formula's number saved as `<v/>` (openpyxl writes them so) is no value either.
        guard cell.hasValue, !(cell.hasFormula && cell.kind == .number && cell.value.isEmpty) else {
            return cell.hasFormula ? .uncachedFormula : .text("")
        }
        switch cell.kind {
        case .sharedString:
            guard let index = CellReference.number(cell.value),
                let bytes = sharedStrings[index]
            else { return .missingSharedString }
            return .text(String(decoding: bytes, as: UTF8.self))
        case .inlineString, .formulaString, .error:
            return .text(String(decoding: cell.value, as: UTF8.self))
        case .boolean:
            // `1`, or `true` as some writers put it.
            return .text(cell.value.first == 0x31 || cell.value.first.map { $0 | 0x20 } == 0x74 ? "TRUE" : "FALSE")
        case .isoDate:
            return .text(Self.isoDate(String(decoding: cell.value, as: UTF8.self)))
        case .number:
            let raw = String(decoding: cell.value, as: UTF8.self)
            let kind = styles.kind(cell.style)
            if kind != .number, let serial = Double(raw), let text = styled(serial, kind) { return .text(text) }
            return .text(Self.number(raw))
        }
    }

    /// A serial as its date or time style shows it; nil when it is no date the style can show.
    private func styled(_ serial: Double, _ kind: CellStyles.Kind) -> String? {
        switch kind {
        case .number: return nil
        case .duration:
            // Hours and minutes in all, as `[h]:mm` shows them.
            guard serial >= 0, serial < 1e7 else { return nil }
            let minutes = Int((serial * 1440).rounded())
            return "\(minutes / 60):" + (minutes % 60 < 10 ? "0" : "") + "\(minutes % 60)"
        case .time:
            guard serial >= 0, let moment = ExcelDate.moment(serial: serial, date1904: date1904) else { return nil }
            return ExcelDate.text(day: moment.day, minute: moment.minute, timeOnly: true)
        case .date, .month, .year:
            guard let moment = ExcelDate.moment(serial: serial, date1904: date1904),
                ExcelDate.plausibleDays.contains(moment.day)
            else { return nil }
            let date = CalendarDate(daysSinceEpoch: moment.day)
            switch kind {
            case .month: return "\(CalendarDate.monthNames[date.month - 1].prefix(3)) \(date.year)"
            case .year: return "\(date.year)"
            default: return ExcelDate.text(day: moment.day, minute: moment.minute, timeOnly: false)
            }
        }
    }

    /// The day (days since 1970-01-01) of a number cell styled as a date, for the child-level
    /// lists; nil when the cell is not one.
    @inline(__always)
    func day(of cell: SheetCell) -> Int? {
        guard cell.kind == .number, cell.hasValue, styles.kind(cell.style) == .date else { return nil }
        guard let serial = Self.serial(cell.value) else { return nil }
        guard let day = ExcelDate.moment(serial: serial, date1904: date1904)?.day,
            ExcelDate.plausibleDays.contains(day)
        else { return nil }
        return day
    }

    /// A serial read from bytes without a String when it is plain digits (the usual case).
    @inline(__always)
    static func serial<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Double? {
        var whole = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39, whole < 10_000_000 else {
                return Double(String(decoding: bytes, as: UTF8.self))
            }
            whole = whole * 10 + Int(b - 0x30)
        }
        return bytes.isEmpty ? nil : Double(whole)
    }

    /// `2026-12-01T14:30:00` as `2026-12-01 14:30`, `2026-12-01T00:00:00Z` as `2026-12-01`.
    static func isoDate(_ text: String) -> String {
        let parts = text.split(separator: "T", maxSplits: 1)
        guard parts.count == 2 else { return text }
        let time = parts[1].prefix(5)
        if time == "00:00" { return String(parts[0]) }
        return "\(parts[0]) \(time)"
    }

    /// A whole number written as digits (`-12`, `0012`, `9007199254740993`, `12.000`) as its
    /// digits, without going through a Double, which holds only 15-17 of them.
    static func integer(_ raw: String) -> String? {
        var digits = Substring(raw)
        let negative = digits.first == "-"
        if negative { digits = digits.dropFirst() }
        if let point = digits.firstIndex(of: ".") {
            guard digits[digits.index(after: point)...].allSatisfy({ $0 == "0" }) else { return nil }
            digits = digits[..<point]
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let significant = digits.drop { $0 == "0" }
        if significant.isEmpty { return "0" }
        return (negative ? "-" : "") + significant
    }

    /// A number's shortest decimal text: `12` for 12.0, `4.5`, `0.0001` (no exponent).
    static func number(_ raw: String) -> String {
        if let integer = integer(raw) { return integer }
        guard let saved = Double(raw), saved.isFinite else { return raw }
        // As Excel shows a number, to 15 significant digits: a formula's 2.9999999999999996 is 3.
        let value = Double(String(format: "%.15g", saved)) ?? saved
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let text = value.description
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...])
        else { return text }
        // d.ddde±x without the exponent.
        var mantissa = String(text[..<e])
        let negative = mantissa.hasPrefix("-")
        if negative { mantissa.removeFirst() }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let digits = String(parts[0]) + (parts.count > 1 ? String(parts[1]) : "")
        let point = parts[0].count + exponent
        var plain: String
        if point <= 0 {
            plain = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            plain = digits + String(repeating: "0", count: point - digits.count)
        } else {
            plain = String(digits.prefix(point)) + "." + String(digits.dropFirst(point))
        }
        if plain.contains(".") {
            while plain.hasSuffix("0") { plain.removeLast() }
            if plain.hasSuffix(".") { plain.removeLast() }
        }
        return (negative ? "-" : "") + plain
    }
}
