/// Caseload and staffing per team for the latest month, with the DfE definitions.
public struct CaseloadSummary: Sendable {
    /// One team's row.
    public struct TeamRow: Sendable {
        public let snapshot: CaseloadSnapshot
        /// Children per case-holding FTE; nil when FTE is zero.
        public var caseload: Double? {
            snapshot.caseHoldingFTE > 0 ? Double(snapshot.childrenAllocated) / snapshot.caseHoldingFTE : nil
        }
        /// Agency FTE / (agency FTE + in-post FTE); nil when either is missing or both zero.
        public var agencyRate: Double? {
            guard let agency = snapshot.agencyFTE, let inPost = snapshot.inPostFTE, agency + inPost > 0 else {
                return nil
            }
            return agency / (agency + inPost)
        }
        /// Vacancy FTE / (vacancy FTE + in-post FTE); nil when either is missing or both zero.
        public var vacancyRate: Double? {
            guard let vacancy = snapshot.vacancyFTE, let inPost = snapshot.inPostFTE, vacancy + inPost > 0 else {
                return nil
            }
            return vacancy / (vacancy + inPost)
        }
    }

    /// The latest month with data, if any.
    public let month: CalendarMonth?
    /// The rows of that month, in file order.
    public let rows: [TeamRow]

    /// The latest month's figures for teams in the given service areas (all teams if `areas` is nil).
    public init(_ snapshots: [CaseloadSnapshot], serviceAreas areas: [String]?) {
        let wanted = areas.map { Set($0.map(CSVTable.normalise)) }
        let relevant =
            wanted.map { wanted in snapshots.filter { wanted.contains(CSVTable.normalise($0.serviceArea)) } }
            ?? snapshots
        let latest = relevant.map(\.month).max()
        month = latest
        rows = relevant.filter { $0.month == latest }.map { TeamRow(snapshot: $0) }
    }

    /// Children allocated across the rows.
    public var totalChildren: Int { rows.reduce(0) { $0 + $1.snapshot.childrenAllocated } }
    /// Case-holding FTE across the rows.
    public var totalFTE: Double { rows.reduce(0) { $0 + $1.snapshot.caseHoldingFTE } }
    /// Overall caseload; nil when FTE is zero.
    public var totalCaseload: Double? { totalFTE > 0 ? Double(totalChildren) / totalFTE : nil }
}
