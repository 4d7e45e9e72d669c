/// A calendar month, e.g. November 2026.
public struct CalendarMonth: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int

    /// `November 2026`.
    public var long: String { "\(CalendarDate.monthNames[month - 1]) \(year)" }
    /// `Nov 2026`.
    public var short: String { "\(CalendarDate.monthNames[month - 1].prefix(3)) \(year)" }
    /// `2026-11`.
    public var description: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    public static func < (lhs: CalendarMonth, rhs: CalendarMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }

    /// Reads `2026-11`, `11/2026`, `Nov 2026`, `November 2026`, or a whole date in the month.
    public static func parse(_ text: String) -> CalendarMonth? {
        var t = text.trimmingSpaces
        switch t.withUTF8({ DateReader.read($0) }) {
        case .day(let date): return CalendarMonth(year: date.year, month: date.month)
        case .month(let year, let month): return CalendarMonth(year: year, month: month)
        case .failure: break
        }
        let parts = t.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " })
        guard parts.count == 2 else { return nil }
        if let y = Int(parts[0]), let m = Int(parts[1]), parts[0].count == 4 { return make(y, m) }
        if let m = Int(parts[0]), let y = Int(parts[1]), parts[1].count == 4 { return make(y, m) }
        let name = parts[0].lowercased()
        if let y = Int(parts[1]), parts[1].count == 4, name.count >= 3,
            let index = CalendarDate.monthNames.firstIndex(where: { $0.lowercased().hasPrefix(name) })
        {
            return make(y, index + 1)
        }
        return nil
    }

    /// The month a day falls in.
    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month)
    }

    private static func make(_ y: Int, _ m: Int) -> CalendarMonth? {
        guard (1...9999).contains(y), (1...12).contains(m) else { return nil }
        return CalendarMonth(year: y, month: m)
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }
}

/// One team's caseload and staffing in one month.
public struct CaseloadSnapshot: Sendable, Equatable {
    /// The month.
    public var month: CalendarMonth
    /// The team's name.
    public var team: String
    /// The service area the team belongs to, e.g. `Children in care`.
    public var serviceArea: String
    /// Children allocated to the team.
    public var childrenAllocated: Int
    /// Full-time equivalent of case-holding social workers.
    public var caseHoldingFTE: Double
    /// Full-time equivalent of permanent staff in post, if given.
    public var inPostFTE: Double?
    /// Full-time equivalent of agency workers.
    public var agencyFTE: Double?
    /// Full-time equivalent of vacant posts.
    public var vacancyFTE: Double?
    /// Full-time equivalent of leavers in the month, if given.
    public var leaversFTE: Double?
    /// The row it came from.
    public var location: SourceLocation

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        month: CalendarMonth, team: String, serviceArea: String, childrenAllocated: Int, caseHoldingFTE: Double,
        inPostFTE: Double? = nil, agencyFTE: Double? = nil, vacancyFTE: Double? = nil, leaversFTE: Double? = nil,
        location: SourceLocation
    ) {
        self.month = month
        self.team = team
        self.serviceArea = serviceArea
        self.childrenAllocated = childrenAllocated
        self.caseHoldingFTE = caseHoldingFTE
        self.inPostFTE = inPostFTE
        self.agencyFTE = agencyFTE
        self.vacancyFTE = vacancyFTE
        self.leaversFTE = leaversFTE
        self.location = location
    }
}
