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
    /// Which of the list's populations the check counts, when measures on one list share it
    /// (their "Children" are then one cell whichever table shows them); nil for its own.
    let population: String?

    init(_ measure: TimelinessMeasure) {
        let standard = "\(measure.standard)"
        func episode(_ counted: String, _ noun: String, open: String) -> (String, String, String, String, String) {
            (counted, noun, "Within \(standard)", "\(open) past \(standard)", "\(open.lowercased()) past the standard")
        }
        var labels: (counted: String, noun: String, within: String, extra: String, extraName: String)
        var episodes = false
        var population: String?
        switch measure.check {
        case .assessments, .earlyHelpAssessments:
            labels = episode("Assessments completed", "children", open: "Still open")
            episodes = true
        case .contacts:
            labels = episode("Contacts decided", "children", open: "Not yet decided")
            episodes = true
        case .conferences:
            labels = episode("Conferences held", "children", open: "Not yet held")
            episodes = true
        case .adoptions:
            labels = episode("Children placed", "children", open: "Not yet placed")
            episodes = true
        case .adopterApprovals:
            labels = episode("Adopters approved", "adopters", open: "Not yet approved")
            episodes = true
        case .referrals:
            labels = ("Referrals", "children", "Not a re-referral", "Count not recorded", "count not recorded")
        case .cpFirstPlans:
            labels = ("Plans started", "children", "First plans", "Count not recorded", "count not recorded")
        case .placementStability:
            labels = ("Children", "children", "Fewer than 3 placements", "Count not recorded", "count not recorded")
            population = "open"
        case .cpSeenAlone:
            labels = ("Children", "children", "Seen alone", "Not recorded", "not recorded")
            population = "open"
        case .careLeaversInTouch:
            labels = ("Care leavers", "care leavers", "In touch", "Not recorded", "not recorded")
        case .careLeaversAccommodation:
            labels = ("Care leavers", "care leavers", "Suitable", "Not recorded", "not recorded")
            population = "all"
        case .careLeaversActivity:
            labels = (
                "Care leavers", "care leavers", "In education, employment or training", "Not recorded", "not recorded"
            )
            population = "all"
        case .pathwayPlans:
            labels = ("Care leavers", "care leavers", "Within \(standard)", "No date recorded", "no date recorded")
            population = "all"
        case .initialHealthAssessments:
            labels = ("Children", "children", "Within \(standard)", "No date recorded", "no date recorded")
        case .cinVisits, .cpVisits, .cpReviews, .claVisits, .claReviews, .healthAssessments, .cpPlanLength:
            labels = ("Children", "children", "Within \(standard)", "No date recorded", "no date recorded")
            population = "open"
        }
        counted = labels.counted
        countedNoun = labels.noun
        within = labels.within
        extra = labels.extra
        extraName = labels.extraName
        self.episodes = episodes
        self.population = population
    }
}
