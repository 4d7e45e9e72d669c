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
        /// List 1: contacts with a decision within the standard (e.g. 1 working day).
        case contacts
        /// List 2: early help assessments completed within the standard from their start.
        case earlyHelpAssessments = "early-help-assessments"
        /// List 3: referrals that were not a re-referral within 12 months.
        case referrals = "referrals"
        /// List 4: assessments completed (or still open) within the standard from their start.
        case assessments
        /// List 5: initial child protection conferences within the standard (15 working days)
        /// of the strategy discussion.
        case conferences = "conferences"
        /// List 6: children in need seen within the standard, as at the date.
        case cinVisits = "cin-visits"
        /// List 7: children on a child protection plan visited within the standard.
        case cpVisits = "cp-visits"
        /// List 7: child protection review conferences held within the standard.
        case cpReviews = "cp-reviews"
        /// List 7: open plans that have lasted less than the standard (2 years).
        case cpPlanLength = "cp-plan-length"
        /// List 7: plans started within the standard (12 months) that are the child's first.
        case cpFirstPlans = "cp-first-plans"
        /// List 7: children on a plan seen alone at their last visit.
        case cpSeenAlone = "cp-seen-alone"
        /// List 8: children in care visited within the standard.
        case claVisits = "cla-visits"
        /// List 8: looked-after reviews held within the standard.
        case claReviews = "cla-reviews"
        /// List 8: health assessments within the standard.
        case healthAssessments = "health-assessments"
        /// List 8: initial health assessments within the standard (20 working days) of entering care.
        case initialHealthAssessments = "initial-health-assessments"
        /// List 8: children in care with fewer than 3 placements in the last 12 months.
        case placementStability = "placement-stability"
        /// List 8: children under 16 in care for 2½ years or more who have been in their
        /// placement for 2 years (the DfE's long-term stability measure).
        case longTermStability = "long-term-stability"
        /// List 9: care leavers the council is in touch with.
        case careLeaversInTouch = "care-leavers-in-touch"
        /// List 9: care leavers in suitable accommodation.
        case careLeaversAccommodation = "care-leavers-accommodation"
        /// List 9: care leavers in education, employment or training.
        case careLeaversActivity = "care-leavers-eet"
        /// List 9: care leavers whose pathway plan was reviewed within the standard (6 months).
        case pathwayPlans = "pathway-plans"
        /// List 10: children placed for adoption within the standard of entering care.
        case adoptions = "adoptions"
        /// List 11: adopters approved within the standard of their application.
        case adopterApprovals = "adopter-approvals"

        /// The Annex A list the check reads.
        public var list: Int {
            switch self {
            case .contacts: 1
            case .earlyHelpAssessments: 2
            case .referrals: 3
            case .assessments: 4
            case .conferences: 5
            case .cinVisits: 6
            case .cpVisits, .cpReviews, .cpPlanLength, .cpFirstPlans, .cpSeenAlone: 7
            case .claVisits, .claReviews, .healthAssessments, .initialHealthAssessments, .placementStability,
                .longTermStability:
                8
            case .careLeaversInTouch, .careLeaversAccommodation, .careLeaversActivity, .pathwayPlans: 9
            case .adoptions: 10
            case .adopterApprovals: 11
            }
        }

        /// The row fields the check reads besides the episode's start and end, whose columns a
        /// list must have when the check is configured (Annex A lacks some: list 1's decision date).
        package var fields: [ChildRowField] {
            switch self {
            case .contacts, .earlyHelpAssessments, .conferences, .adoptions, .adopterApprovals, .assessments: [.end]
            case .referrals, .cpFirstPlans, .placementStability: [.count]
            case .cpSeenAlone, .careLeaversInTouch: [.flag]
            case .careLeaversAccommodation: [.flag2]
            case .careLeaversActivity: [.flag3]
            case .pathwayPlans, .cpReviews, .claReviews: [.review]
            case .healthAssessments, .initialHealthAssessments: [.health]
            case .longTermStability: [.placementStart, .age]
            case .cinVisits, .cpVisits, .claVisits, .cpPlanLength: []
            }
        }

        /// Which day places a counted row in a month of the trend (`TimelinessRules.trendDay`):
        /// nil for checks counted as at the date.
        public var trend: TrendDay? {
            switch self {
            case .contacts, .earlyHelpAssessments, .assessments, .conferences, .adoptions, .adopterApprovals: .ended
            case .referrals, .cpFirstPlans, .initialHealthAssessments: .started
            default: nil
            }
        }

        /// The heading a measure of this check is given when settings.yaml names none.
        public func defaultName(standard: Interval) -> String {
            let s = "\(standard)"
            switch self {
            case .contacts: return "Contacts decided within \(s)"
            case .earlyHelpAssessments: return "Early help assessments completed within \(s)"
            case .referrals: return "Referrals that were not a re-referral within 12 months"
            case .assessments: return "Assessments completed within \(s)"
            case .conferences: return "Initial child protection conferences within \(s) of the strategy discussion"
            case .cinVisits: return "Children in need seen within \(s)"
            case .cpVisits: return "Children on a child protection plan visited within \(s)"
            case .cpReviews: return "Child protection reviews within \(s)"
            case .cpPlanLength: return "Child protection plans open less than \(s)"
            case .cpFirstPlans: return "Plans started in the last \(s) that are the child's first"
            case .cpSeenAlone: return "Children on a plan seen alone at their last visit"
            case .claVisits: return "Children in care visited within \(s)"
            case .claReviews: return "Looked-after reviews within \(s)"
            case .healthAssessments: return "Health assessments within \(s)"
            case .initialHealthAssessments: return "Initial health assessments within \(s) of entering care"
            case .placementStability: return "Children in care with fewer than 3 placements in the last 12 months"
            case .longTermStability:
                return "Children in care 2½ years or more who have been in their placement 2 years"
            case .careLeaversInTouch: return "Care leavers the council is in touch with"
            case .careLeaversAccommodation: return "Care leavers in suitable accommodation"
            case .careLeaversActivity: return "Care leavers in education, employment or training"
            case .pathwayPlans: return "Care leavers' pathway plans reviewed within \(s)"
            case .adoptions: return "Children placed for adoption within \(s) of entering care"
            case .adopterApprovals: return "Adopters approved within \(s) of their application"
            }
        }

        /// Whether the check is measured against the council's `standard` (an interval); the
        /// others count a yes-or-no the list gives, and need none.
        public var usesStandard: Bool {
            switch self {
            case .referrals, .cpSeenAlone, .placementStability, .longTermStability, .careLeaversInTouch,
                .careLeaversAccommodation, .careLeaversActivity:
                false
            default: true
            }
        }
    }

    /// Which of a row's days places it in a month of a trend.
    public enum TrendDay: Sendable {
        /// The episode's end: decided, completed, held, placed, approved.
        case ended
        /// Its start: referred, plan started, entered care.
        case started
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
