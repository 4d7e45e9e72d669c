extension TimelinessMeasure.Check {
    /// docs/indicators.md's "Timeliness" table: each check, the Annex A list it reads (`list`),
    /// the population it counts and when a child is within, as `TimelinessRules.count` works it.
    package static var figures: [FigureDefinition] { allCases.map(\.figure) }

    /// This check's row of the table.
    package var figure: FigureDefinition {
        let (population, within, settings) = definition
        return FigureDefinition(
            "`\(rawValue)`", details: [String(list), population], within,
            settings: ["timeliness.check", "timeliness.standard"] + settings,
            templates: ["timeliness.share", "timeliness.table"])
    }

    /// How the visits checks read a per-child frequency.
    private static let frequencyNote =
        " (not an Annex A column: add it from your system, as `4 weeks`, `6 weekly`, `10 working days` or `monthly`; a blank uses the standard)"

    /// The population counted, when a child in it is within the standard, and any settings
    /// besides the check and its standard.
    private var definition: (population: String, within: String, settings: [String]) {
        switch self {
        case .assessments:
            (
                "assessments started and authorised on or before the as-at date",
                "`Assessment Authorised Date` is within the standard (e.g. 45 working days) of `Assessment Start Date`, as defined above (to the eve of the 46th working day). Assessments still open and already past the standard as at the date are counted apart.",
                []
            )
        case .cinVisits:
            (
                "open children in need (`CIN Start Date`, `CIN Closure Date`)",
                "the as-at date is within the standard of `Date Child Was Last Seen`, or within the child's own `Agreed Visiting Frequency` when the list has one"
                    + Self.frequencyNote, []
            )
        case .cpVisits:
            (
                "open child protection plans (`Child Protection Plan Start Date`, optional `Child Protection Plan End Date`)",
                "the as-at date is within the standard of `Date of the Last Statutory Visit`, or within the child's own `Agreed Visiting Frequency`"
                    + Self.frequencyNote, []
            )
        case .cpReviews:
            (
                "open child protection plans",
                "the as-at date is within the standard (e.g. 6 months) of `Date of latest review conference`; before the first review, within 3 months of the plan's start (or `standard_under_5` if set)",
                ["timeliness.standard_under_5"]
            )
        case .claVisits:
            (
                "open children in care (`Date Started to be Looked After`, optional `Date Ceased to be Looked After`)",
                "the as-at date is within the standard of `Date of Last Social Work Visit`, or within the child's own `Agreed Visiting Frequency`"
                    + Self.frequencyNote, []
            )
        case .claReviews:
            (
                "open children in care",
                "the as-at date is within the standard of `Date of Latest Statutory Review`; before the first review, within 20 working days of becoming looked after (or `standard_under_5` if set)",
                ["timeliness.standard_under_5"]
            )
        case .healthAssessments:
            (
                "open children in care",
                "the as-at date is within the standard of `Date of Last Health Assessment`; `standard_under_5` applies when `Age of Child (Years)` is under 5",
                ["timeliness.standard_under_5"]
            )
        case .contacts:
            (
                "contacts received on or before the as-at date (`Date of Contact`)",
                "`Date of Decision` is within the standard (e.g. 1 working day) of `Date of Contact`. Contacts with no decision and already past the standard are counted apart. Annex A's list 1 has no decision date: add the column from your system.",
                []
            )
        case .earlyHelpAssessments:
            (
                "early help assessments started and completed on or before the as-at date",
                "`Assessment completion date` is within the standard (e.g. 45 working days) of `Assessment start date`; open ones past it are counted apart",
                []
            )
        case .referrals:
            (
                "referrals on or before the as-at date (`Date of referral`)",
                "`Number of Referrals in Last 12 Months` is 1 (this one): not a re-referral within 12 months. A blank count is counted as no date.",
                []
            )
        case .conferences:
            (
                "section 47 enquiries whose initial child protection conference was held on or before the as-at date",
                "`Date of Initial Child Protection Conference` is within the standard (15 working days in *Working together*) of `Strategy discussion initiating Section 47 Enquiry Start Date`; enquiries with no conference yet and past the standard are counted apart",
                []
            )
        case .cpPlanLength:
            (
                "open child protection plans",
                "the plan has lasted less than the standard (e.g. 2 years) as at the date: a plan that started 2 years before it to the day has lasted 2 years, as the DfE counts plans of 2 years or more",
                []
            )
        case .cpFirstPlans:
            (
                "child protection plans started within the standard (e.g. 12 months) before the as-at date",
                "`Number of Previous Child Protection Plans` is 0: the plan is not a second or subsequent one",
                []
            )
        case .cpSeenAlone:
            (
                "open child protection plans", "`Was the Child Seen Alone?` is yes; a blank is counted as no date",
                []
            )
        case .initialHealthAssessments:
            (
                "children who started to be looked after within 6 months before the as-at date and whose standard has passed",
                "`Date of Last Health Assessment` falls between `Date Started to be Looked After` and the end of the standard (20 working days in the statutory guidance): within 6 months of entering care, the last assessment is the initial one",
                []
            )
        case .placementStability:
            (
                "open children in care",
                "`Number of Placements in the Last 12 months` is fewer than 3 (the DfE's short-term stability measure counts 3 or more); a blank is counted as no date",
                []
            )
        case .longTermStability:
            (
                "open children in care aged under 16 (`Age of Child (Years)`) who started to be looked after 2½ years or more before the as-at date",
                "`Start Date of Most Recent Placement` is 2 years or more before the as-at date (the DfE's long-term stability measure). The DfE also counts a child placed for adoption whose adoptive placement and the placement before it together last 2 years: the list does not give the placement before, so such a child counts only by the adoptive placement. A blank placement date is counted as no date.",
                []
            )
        case .careLeaversInTouch:
            (
                "care leavers on list 9",
                "`LA in Touch` is yes; those who died, no longer need services or returned home (`Died`, `NREQ`, `RHOM`) are counted with the blanks, as neither in touch nor out of touch",
                []
            )
        case .careLeaversAccommodation:
            (
                "care leavers on list 9", "`Suitability of Accommodation` is suitable; a blank is counted as no date",
                []
            )
        case .careLeaversActivity:
            (
                "care leavers on list 9",
                "`Activity Status` is education, training or employment (full or part time); a blank is counted as no date",
                []
            )
        case .pathwayPlans:
            (
                "care leavers on list 9",
                "the as-at date is within the standard (e.g. 6 months) of `Date of Latest Pathway Plan Review`, a column Annex A does not have: add it from your system",
                []
            )
        case .adoptions:
            (
                "children on list 10 placed for adoption on or before the as-at date",
                "`Date Placed for Adoption` is within the standard of `Date the Child Entered Care` (the adoption scorecard's threshold is 426 days, 14 months); children not yet placed and past it are counted apart",
                []
            )
        case .adopterApprovals:
            (
                "adopters on list 11 approved on or before the as-at date",
                "`Date application approved` is within the standard (e.g. 6 months) of `Date application submitted`; applications past it and not yet approved are counted apart",
                []
            )
        }
    }
}
