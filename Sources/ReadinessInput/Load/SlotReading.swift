import ReadinessModel

/// How the scanner reads one slot of a child-level row, worked out once per list from the
/// declared column, so the row loop switches on a small value. It holds no reference: an
/// answer column's words are in `ChildRowCounter.answers`, at the index given (copying the
/// words out of the enum retained and released their arrays for every cell).
enum SlotReading: Sendable {
    case team
    case date(ChildRowField)
    case wholeNumber(ChildRowField, ClosedRange<Int>)
    case answer(ChildRowField, Int)
    case frequency(ChildRowField)

    /// Each slot's reading for the declared fields (slot 0 the team), and the words of each
    /// answer column.
    static func of(_ fields: [AnnexAList.FieldColumn]) -> (readings: [SlotReading], answers: [ChildAnswerWords]) {
        var readings: [SlotReading] = [.team]
        var answers: [ChildAnswerWords] = []
        for declared in fields {
            if declared.column.kind == .frequency {
                readings.append(.frequency(declared.field))
            } else if let words = declared.answers {
                readings.append(.answer(declared.field, answers.count))
                answers.append(words)
            } else if case .wholeNumber(let range) = declared.column.kind {
                readings.append(.wholeNumber(declared.field, range))
            } else {
                readings.append(.date(declared.field))
            }
        }
        return (readings, answers)
    }
}
