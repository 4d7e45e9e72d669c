/// A timeliness measure's counts per team, reduced from a child-level list. Holds counts only:
/// no child id, date of birth, worker or row.
public struct TimelinessResult: Sendable, Equatable {
    /// Counts for one team (or the total).
    public struct Counts: Sendable, Equatable {
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
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(measure: TimelinessMeasure, teams: [(team: String, counts: Counts)]) {
        self.measure = measure
        self.teams = teams
    }
}
