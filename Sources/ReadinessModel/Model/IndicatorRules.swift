/// How actions are given a RAG rating; councils differ, so this is set in settings.yaml.
public struct RAGRules: Sendable, Equatable {
    /// The colour for complete actions: `blue` (many councils) or `green`.
    public var completeColour: String = "blue"
    /// Whether actions not started or on hold are rated; some councils rate only actions in
    /// progress, and show the rest as "Not rated".
    public var rateOnlyInProgress: Bool = false
    /// An open action due within this many days is amber, "Due soon".
    public var dueSoonDays: Int = 28
    /// Whether an action on hold is amber (true) or rated by its dates like any other (false).
    public var onHoldIsAmber: Bool = true

    public init() {}
}

/// Thresholds for caseload flags, set in settings.yaml.
public struct CaseloadRules: Sendable, Equatable {
    /// A team whose caseload per case-holding FTE is above this is flagged.
    public var threshold: Double = 20
    /// A month in which a team's children allocated changes by more than this is flagged.
    public var swing: Int = 50

    public init() {}
}

/// A timeliness standard computed from an Annex A-shaped child-level list.
public struct TimelinessMeasure: Sendable, Equatable {
    /// What is checked.
    public enum Check: String, Sendable, CaseIterable {
        /// List 4: assessments completed (or still open) within the standard from their start.
        case assessments
        /// List 6: children in need seen within the standard, as at the date.
        case cinVisits = "cin-visits"
        /// List 7: children on a child protection plan visited within the standard.
        case cpVisits = "cp-visits"
        /// List 7: child protection review conferences held within the standard.
        case cpReviews = "cp-reviews"
        /// List 8: children in care visited within the standard.
        case claVisits = "cla-visits"
        /// List 8: looked-after reviews held within the standard.
        case claReviews = "cla-reviews"
        /// List 8: health assessments within the standard.
        case healthAssessments = "health-assessments"

        /// The Annex A list the check reads.
        public var list: Int {
            switch self {
            case .assessments: 4
            case .cinVisits: 6
            case .cpVisits, .cpReviews: 7
            case .claVisits, .claReviews, .healthAssessments: 8
            }
        }
    }

    /// What is checked.
    public var check: Check
    /// The heading shown, e.g. `Assessments completed within 45 working days`.
    public var name: String
    /// The standard, e.g. 45 working days.
    public var standard: Interval
    /// For health assessments: the standard for children under 5 (6 months), if different.
    public var standardUnderFive: Interval?
    /// The theme whose page shows it.
    public var theme: String?
    /// Where it was set.
    public var location: SourceLocation

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        check: Check, name: String, standard: Interval, standardUnderFive: Interval? = nil, theme: String? = nil,
        location: SourceLocation
    ) {
        self.check = check
        self.name = name
        self.standard = standard
        self.standardUnderFive = standardUnderFive
        self.theme = theme
        self.location = location
    }
}
