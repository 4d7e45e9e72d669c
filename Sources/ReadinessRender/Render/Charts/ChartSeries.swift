/// One line of a chart over months: a team's values, one per month.
struct ChartSeries {
    var name: String
    /// One value per category; nil where there is none (the line breaks).
    var values: [Double?]
    /// The data table's text for each category, where a value is missing for a reason (`c`,
    /// `x`, `z`); the value to one decimal place if nil.
    var texts: [String]? = nil
}
