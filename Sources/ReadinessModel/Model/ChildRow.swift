/// A value the timeliness rules read from a child-level row, by name. Each Annex A list maps
/// its own columns to these (`AnnexAList`).
package enum ChildRowField: Sendable, CaseIterable {
    /// When the episode started: assessment, child in need, child protection plan, in care.
    case start
    /// When it ended (for assessments, when it was authorised).
    case end
    /// When the child was last seen or visited.
    case lastSeen
    /// The latest review.
    case review
    /// The last health assessment.
    case health
    /// The child's age in whole years (personal: used only to pick a standard, never kept).
    case age
}

/// One child-level row as the timeliness rules see it: its dates as days since 1970-01-01 and
/// the age in years, each nil when blank or not in the list. A value on the stack, so a million
/// rows make no allocations.
package struct ChildRow: Sendable, Equatable {
    var start: Int?
    var end: Int?
    var lastSeen: Int?
    var review: Int?
    var health: Int?
    var age: Int?

    /// The value of a field.
    package subscript(field: ChildRowField) -> Int? {
        get {
            switch field {
            case .start: start
            case .end: end
            case .lastSeen: lastSeen
            case .review: review
            case .health: health
            case .age: age
            }
        }
        set {
            switch field {
            case .start: start = newValue
            case .end: end = newValue
            case .lastSeen: lastSeen = newValue
            case .review: review = newValue
            case .health: health = newValue
            case .age: age = newValue
            }
        }
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        start: Int? = nil, end: Int? = nil, lastSeen: Int? = nil, review: Int? = nil, health: Int? = nil,
        age: Int? = nil
    ) {
        self.start = start
        self.end = end
        self.lastSeen = lastSeen
        self.review = review
        self.health = health
        self.age = age
    }
}
