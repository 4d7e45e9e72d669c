/// A recommendation's progress score and direction as reported to one committee meeting.
///
/// Kept in `progress-history.csv`, one row per recommendation per meeting, so that pages can
/// show how each score moved since the previous meeting and draw its history.
public struct ProgressRecord: Sendable, Equatable {
    /// The recommendation's reference.
    public var recommendation: String
    /// The meeting (or reporting) date.
    public var date: CalendarDate
    /// Score, 1 (achieved) to 5 (a long way to go).
    public var score: Int
    /// Direction of travel reported with it.
    public var direction: DirectionOfTravel?
    /// The row it came from.
    public var location: SourceLocation

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        recommendation: String, date: CalendarDate, score: Int, direction: DirectionOfTravel? = nil,
        location: SourceLocation
    ) {
        self.recommendation = recommendation
        self.date = date
        self.score = score
        self.direction = direction
        self.location = location
    }
}
