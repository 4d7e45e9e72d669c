/// A value the timeliness rules read from a child-level row, by name. Each Annex A list maps
/// its own columns to these (`AnnexAList`).
package enum ChildRowField: Sendable, CaseIterable {
    /// When the episode started: contact, early help or children's social care assessment, referral, strategy discussion, child in need, child protection plan, care, adoption (entering care), adopter's application.
    case start
    /// When it ended or was decided: the contact's decision, the assessment's authorisation, the initial child protection conference, the episode's close, the child's placement for adoption, the adopter's approval.
    case end
    /// When the child was last seen or visited.
    case lastSeen
    /// The latest review (conference, statutory review, pathway plan).
    case review
    /// The last health assessment.
    case health
    /// The child's age in whole years (personal: used only to pick a standard, never kept).
    case age
    /// A count the list gives for the last 12 months or before: referrals in 12 months (list 3), previous child protection plans (list 7), placements in 12 months (list 8).
    case count
    /// A yes-or-no answer the list gives: 1 yes, 0 no, 2 neither (a care leaver who died is not
    /// "in touch" or "not in touch"), nil blank: seen alone (list 7), in touch (list 9).
    case flag
    /// A second yes-or-no answer: in suitable accommodation (list 9).
    case flag2
    /// A third: in education, employment or training (list 9).
    case flag3
    /// The visiting frequency agreed for the child (lists 6, 7 and 8, not an Annex A column), as
    /// `Interval.code`: it replaces the measure's standard for that child.
    case frequency
    /// When the child's current placement started (list 8), for long-term placement stability.
    case placementStart
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
    var count: Int?
    var flag: Int?
    var flag2: Int?
    var flag3: Int?
    var frequency: Int?
    var placementStart: Int?

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
            case .count: count
            case .flag: flag
            case .flag2: flag2
            case .flag3: flag3
            case .frequency: frequency
            case .placementStart: placementStart
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
            case .count: count = newValue
            case .flag: flag = newValue
            case .flag2: flag2 = newValue
            case .flag3: flag3 = newValue
            case .frequency: frequency = newValue
            case .placementStart: placementStart = newValue
            }
        }
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        start: Int? = nil, end: Int? = nil, lastSeen: Int? = nil, review: Int? = nil, health: Int? = nil,
        age: Int? = nil, count: Int? = nil, flag: Int? = nil, flag2: Int? = nil, flag3: Int? = nil,
        frequency: Int? = nil, placementStart: Int? = nil
    ) {
        self.start = start
        self.end = end
        self.lastSeen = lastSeen
        self.review = review
        self.health = health
        self.age = age
        self.count = count
        self.flag = flag
        self.flag2 = flag2
        self.flag3 = flag3
        self.frequency = frequency
        self.placementStart = placementStart
    }
}
