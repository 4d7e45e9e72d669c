/// A timeliness measure's counts per team, reduced from a child-level list. Holds counts only:
/// no child id, date of birth, worker or row.
public struct TimelinessResult: Sendable, Equatable {
    /// Counts for one team (or the total).
    public struct Counts: Sendable, Equatable {
        /// Whether nothing is counted.
        package var isEmpty: Bool { population == 0 && within == 0 && noDate == 0 && openOverdue == 0 }

        /// Children (or assessments) the measure applies to.
        public var population = 0
        /// Of those, within the standard.
        public var within = 0
        /// Of those, with no date recorded to check (counted as not within).
        public var noDate = 0
        /// Assessments still open and already past the standard (assessments only).
        public var openOverdue = 0

        /// `within` as a share of `population`; nil when there is none.
        public var rate: Double? { population > 0 ? Double(within) / Double(population) : nil }

        package mutating func add(_ other: Counts) {
            population += other.population
            within += other.within
            noDate += other.noDate
            openOverdue += other.openOverdue
        }

        /// The memberwise initializer, declared so that other targets of the package can use it.
        package init(population: Int = 0, within: Int = 0, noDate: Int = 0, openOverdue: Int = 0) {
            self.population = population
            self.within = within
            self.noDate = noDate
            self.openOverdue = openOverdue
        }
    }

    /// The measure.
    public var measure: TimelinessMeasure
    /// Whether the list gave some children a visiting frequency of their own (visits checks).
    public var agreedFrequencies = false
    /// All teams' counts in each of the 12 months to the as-at date's month (that month up to
    /// the date), oldest first, for checks with a trend (`Check.trend`); empty otherwise.
    public var months: [(month: CalendarMonth, counts: Counts)] = []
    /// Per team, sorted by team name.
    public let teams: [(team: String, counts: Counts)]
    /// All teams together.
    public var total: Counts {
        var sum = Counts()
        for team in teams { sum.add(team.counts) }
        return sum
    }

    public static func == (lhs: TimelinessResult, rhs: TimelinessResult) -> Bool {
        lhs.measure == rhs.measure && lhs.agreedFrequencies == rhs.agreedFrequencies
            && lhs.teams.map(\.team) == rhs.teams.map(\.team)
            && lhs.teams.map(\.counts) == rhs.teams.map(\.counts)
            && lhs.months.map(\.month) == rhs.months.map(\.month)
            && lhs.months.map(\.counts) == rhs.months.map(\.counts)
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(measure: TimelinessMeasure, teams: [(team: String, counts: Counts)]) {
        self.measure = measure
        self.teams = teams
    }
}

/// The 12 calendar months of a trend, to the as-at date's month: each month's first day (days
/// since 1970-01-01), so a row's month is found by comparison, without date arithmetic per row.
package struct TrendMonths: Sendable {
    package let months: [CalendarMonth]
    /// The first day of each month, oldest first.
    let starts: [Int]
    /// The as-at date: the last month ends on it.
    let last: Int

    package init(asAt: CalendarDate) {
        var months: [CalendarMonth] = []
        var year = asAt.year
        var month = asAt.month
        for _ in 0..<12 {
            months.insert(CalendarMonth(year: year, month: month), at: 0)
            month -= 1
            if month == 0 {
                month = 12
                year -= 1
            }
        }
        self.months = months
        starts = months.map { CalendarDate(year: $0.year, month: $0.month, day: 1)?.daysSinceEpoch ?? Int.min }
        last = asAt.daysSinceEpoch
    }

    /// The index of the month a day falls in; nil before the first or after the as-at date.
    @inline(__always)
    package func index(of day: Int) -> Int? {
        guard day >= starts[0], day <= last else { return nil }
        var index = 11
        while starts[index] > day { index -= 1 }
        return index
    }
}
