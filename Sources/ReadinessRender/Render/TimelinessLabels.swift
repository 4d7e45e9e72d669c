import ReadinessCompute
import ReadinessModel

/// How a timeliness measure's table is headed, by what its check counts: episodes that end
/// (assessments, contacts, conferences) within the standard of their start, children on a list
/// checked against a standard as at the date, or a yes-or-no answer the list gives.
struct TimelinessLabels {
    /// The counted column's heading and the noun of its disclosure notes.
    let counted: String
    let countedNoun: String
    /// The heading of the column of those within (or answering yes).
    let within: String
    /// The heading of the last column, and its name in notes.
    let extra: String
    let extraName: String
    /// Whether the check counts episodes that end (its last column is those still open past the
    /// standard, not those with no date).
    let episodes: Bool
    /// How a trend's months are named: by the day `TimelinessRules.trendDay` reads.
    static func trendWord(_ check: TimelinessMeasure.Check) -> String {
        switch check {
        case .contacts: "decided"
        case .conferences: "held"
        case .adoptions: "placed"
        case .adopterApprovals: "approved"
        case .referrals: "received"
        case .cpFirstPlans: "started"
        case .initialHealthAssessments: "entered care"
        default: "completed"
        }
    }

    /// Which of the list's populations the check counts, when measures on one list share it
    /// (their "Children" are then one cell whichever table shows them); nil for its own.
    let population: String?

    init(_ measure: TimelinessMeasure, agreedFrequencies: Bool = false) {
        let standard = "\(measure.standard)"
        // Episodes that end: those still open past the standard are the last column.
        func episode(_ counted: String, open: String) -> (String, String, String, String, String, Bool, String?) {
            (
                counted, "children", "Within \(standard)", "\(open) past \(standard)",
                "\(open.lowercased()) past the standard", true, nil
            )
        }
        // Children or care leavers on the list, checked as at the date.
        func onList(_ counted: String, _ within: String, _ extra: String, population: String?) -> (
            String, String, String, String, String, Bool, String?
        ) {
            (
                counted, counted == "Care leavers" ? "care leavers" : "children", within, extra, extra.lowercased(),
                false, population
            )
        }
        let withinStandard = "Within \(standard)"
        // Visits: children with a frequency of their own are checked against it.
        let visited = agreedFrequencies ? "Within their agreed frequency (or \(standard))" : withinStandard
        let labels:
            (
                counted: String, noun: String, within: String, extra: String, extraName: String, episodes: Bool,
                population: String?
            )
        switch measure.check {
        case .assessments, .earlyHelpAssessments: labels = episode("Assessments completed", open: "Still open")
        case .contacts: labels = episode("Contacts decided", open: "Not yet decided")
        case .conferences: labels = episode("Conferences held", open: "Not yet held")
        case .adoptions: labels = episode("Children placed", open: "Not yet placed")
        case .adopterApprovals:
            labels = (
                "Adopters approved", "adopters", withinStandard, "Not yet approved past \(standard)",
                "not yet approved past the standard", true, nil
            )
        case .referrals: labels = onList("Referrals", "Not a re-referral", "Count not recorded", population: nil)
        case .cpFirstPlans: labels = onList("Plans started", "First plans", "Count not recorded", population: nil)
        case .placementStability:
            labels = onList("Children", "Fewer than 3 placements", "Count not recorded", population: "open")
        case .longTermStability:
            labels = onList(
                "Children", "In their placement 2 years or more", "No placement date recorded", population: nil)
        case .cpSeenAlone: labels = onList("Children", "Seen alone", "Not recorded", population: "open")
        case .careLeaversInTouch:
            labels = onList("Care leavers", "In touch", "Died, left services or not recorded", population: "all")
        case .careLeaversAccommodation: labels = onList("Care leavers", "Suitable", "Not recorded", population: "all")
        case .careLeaversActivity:
            labels = onList("Care leavers", "In education, employment or training", "Not recorded", population: "all")
        case .pathwayPlans: labels = onList("Care leavers", withinStandard, "No date recorded", population: "all")
        case .initialHealthAssessments: labels = onList("Children", withinStandard, "No date recorded", population: nil)
        case .cinVisits, .cpVisits, .claVisits:
            labels = onList("Children", visited, "No date recorded", population: "open")
        case .cpReviews, .claReviews, .healthAssessments, .cpPlanLength:
            labels = onList("Children", withinStandard, "No date recorded", population: "open")
        }
        counted = labels.counted
        countedNoun = labels.noun
        within = labels.within
        extra = labels.extra
        extraName = labels.extraName
        episodes = labels.episodes
        population = labels.population
    }
}
