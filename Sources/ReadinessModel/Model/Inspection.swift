/// An inspection or visit whose recommendations the council is acting on.
public struct Inspection: Sendable, Equatable {
    /// Identifier used in recommendations.csv, e.g. `ilacs-2025`.
    public var id: String
    /// The framework's id.
    public var framework: String
    /// Kind of activity, e.g. `Standard inspection`, `Focused visit`, `JTAI`.
    public var kind: String
    /// Title shown on pages.
    public var title: String
    /// First day on site.
    public var startDate: CalendarDate?
    /// Date the report was published.
    public var published: CalendarDate?
    /// Grades given, by theme id (absent for JTAI, which has no grades).
    public var judgements: [Judgement]
    /// Where it was defined.
    public var location: SourceLocation

    /// One graded judgement area.
    public struct Judgement: Sendable, Equatable {
        /// The theme id, or `overall` for overall effectiveness.
        public var theme: String
        /// The grade.
        public var grade: OfstedGrade
        /// Where it was written.
        public var location: SourceLocation

        /// The memberwise initializer, declared so that other targets of the package can use it.
        package init(theme: String, grade: OfstedGrade, location: SourceLocation) {
            self.theme = theme
            self.grade = grade
            self.location = location
        }
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        id: String, framework: String, kind: String, title: String, startDate: CalendarDate? = nil,
        published: CalendarDate? = nil, judgements: [Judgement], location: SourceLocation
    ) {
        self.id = id
        self.framework = framework
        self.kind = kind
        self.title = title
        self.startDate = startDate
        self.published = published
        self.judgements = judgements
        self.location = location
    }
}

/// A recommendation from an inspection report, which the action plan answers.
public struct Recommendation: Sendable, Equatable {
    /// Reference, e.g. `R3`.
    public var reference: String
    /// The inspection's id.
    public var inspection: String
    /// The theme's id.
    public var theme: String
    /// The recommendation's words.
    public var text: String
    /// How urgent it is.
    public var priority: RecommendationPriority
    /// Its progress score now (1 achieved ... 5 a long way to go), when recommendations.csv gives
    /// one: with snapshots, the history progress-history.csv would otherwise hold.
    public var score: Int? = nil
    /// Its direction of travel now, when given.
    public var direction: DirectionOfTravel? = nil
    /// The row it came from.
    public var location: SourceLocation

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        reference: String, inspection: String, theme: String, text: String, priority: RecommendationPriority,
        location: SourceLocation
    ) {
        self.reference = reference
        self.inspection = inspection
        self.theme = theme
        self.text = text
        self.priority = priority
        self.location = location
    }
}
