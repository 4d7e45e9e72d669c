import ReadinessModel

/// The DfE children's social work workforce measures, from full-time equivalents.
///
/// caseload = cases / case-holding FTE; agency rate = agency FTE / (agency FTE + in-post FTE);
/// vacancy rate = vacancy FTE / (vacancy FTE + in-post FTE); turnover rate = leavers FTE /
/// in-post FTE. Each is nil when its inputs are missing or its denominator is zero.
public struct WorkforceFigures: Sendable, Equatable {
    public var inPost: Double?
    public var leavers: Double?
    public var agency: Double?
    public var vacancies: Double?
    public var caseHolders: Double?
    public var cases: Double?

    public init(
        inPost: Double?, leavers: Double?, agency: Double?, vacancies: Double?, caseHolders: Double?, cases: Double?
    ) {
        self.inPost = inPost
        self.leavers = leavers
        self.agency = agency
        self.vacancies = vacancies
        self.caseHolders = caseHolders
        self.cases = cases
    }

    /// Cases per case-holding FTE.
    public var caseload: Double? {
        guard let cases, let caseHolders, caseHolders > 0 else { return nil }
        return cases / caseHolders
    }

    /// Agency FTE as a share of agency plus in-post FTE.
    public var agencyRate: Double? { WorkforceFigures.rate(agency, inPost) }

    /// Vacancy FTE as a share of vacancy plus in-post FTE.
    public var vacancyRate: Double? { WorkforceFigures.rate(vacancies, inPost) }

    /// Leavers FTE as a share of in-post FTE.
    public var turnoverRate: Double? {
        guard let leavers, let inPost, inPost > 0 else { return nil }
        return leavers / inPost
    }

    static func rate(_ part: Double?, _ inPost: Double?) -> Double? {
        guard let part, let inPost, part + inPost > 0 else { return nil }
        return part / (part + inPost)
    }
}

extension WorkforceFigures {
    /// The DfE measures: the first rows of docs/indicators.md's "Caseloads and workforce" table
    /// (`CaseloadSummary.figures` adds the rest).
    package static let figures: [FigureDefinition] = [
        .init(
            "caseload", "children allocated ÷ case-holding FTE",
            templates: ["caseloads.caseload", "workforce.caseload", "caseloads.table"]),
        .init(
            "agency rate", "agency FTE ÷ (agency FTE + in-post FTE)",
            templates: ["workforce.agency_rate", "caseloads.table"]),
        .init(
            "vacancy rate", "vacancy FTE ÷ (vacancy FTE + in-post FTE)",
            templates: ["workforce.vacancy_rate", "caseloads.table"]),
        .init(
            "turnover rate",
            "leavers FTE in the 12 months to the latest month ÷ in-post FTE in the latest month. It needs a leavers figure for every team for each of the 12 months; otherwise `x`.",
            templates: ["workforce.turnover_rate", "workforce.summary"]),
    ]
}
