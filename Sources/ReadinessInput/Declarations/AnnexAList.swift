import ReadinessModel

/// A child-level list shaped like Ofsted's Annex A (`data/annex-a/list-N.csv`), declared once:
/// its team column, the columns each `ChildRowField` is read from, and the personal columns that
/// identify a child, which are never read into a page or printed.
struct AnnexAList: Sendable {
    /// A column the timeliness rules read, and the row field it fills.
    struct FieldColumn: Sendable {
        let field: ChildRowField
        let column: DataColumn
        /// For a yes-or-no column, its words.
        var answers: ChildAnswerWords? = nil
    }

    /// The Annex A list number, 1 to 11.
    let number: Int
    /// The column naming the child's team.
    let team: DataColumn
    /// The columns read, in the order they are checked.
    let fields: [FieldColumn]
    /// The file's declaration: the team, the fields, and the personal columns.
    let declaration: DataFileDeclaration

    init(_ number: Int, purpose: String, team: DataColumn = Self.team, fields: [FieldColumn]) {
        self.number = number
        self.team = team
        self.fields = fields
        let read = [team] + fields.map(\.column)
        // A personal column a list reads (the age, in list 8) is declared once, as read.
        let unread = Self.personalColumns.filter { personal in !read.contains { $0.name == personal.name } }
        declaration = DataFileDeclaration(
            "annex-a/list-\(number).csv", purpose: purpose, columns: read + unread)
    }

    /// The columns read, team first: what the header must be searched for.
    var columnsRead: [DataColumn] { [team] + fields.map(\.column) }

    /// The same, with the columns the configured checks need made required: without one, a
    /// measure would count every row as not recorded (list 1 without a decision date).
    func columnsRead(for checks: [TimelinessMeasure.Check]) -> [DataColumn] {
        let needed = Set(checks.flatMap(\.fields))
        return [team]
            + fields.map { field in
                var column = field.column
                if needed.contains(field.field) && !column.required {
                    column.required = true
                    column.blankAllowed = true
                }
                return column
            }
    }

    /// The list with a number (8 for any other).
    static func list(_ number: Int) -> AnnexAList {
        all.first { $0.number == number } ?? childrenInCare
    }

    /// Every list, in number order.
    static let all = [
        contacts, earlyHelp, referrals, assessments, enquiries, childrenInNeed, childProtection, childrenInCare,
        careLeavers, adoption, adopters,
    ]

    static let team = DataColumn("Allocated Team", aliases: ["Team"], summary: "the team the child is allocated to")

    /// The team column of the lists Annex A gives none (contacts, early help, adoption,
    /// adopters): a council may add one; without it, the list's figures are the whole service's.
    static let optionalTeam = DataColumn(
        "Allocated Team", aliases: ["Team"], required: false,
        summary: "the team, if the export has one; without it the figures are the whole service's")

    /// The age column: personal, read only to pick the health-assessment standard for under-fives.
    static let age = DataColumn(
        "Age of Child (Years)", aliases: ["Age"], required: false, kind: .wholeNumber(0...150), personal: true,
        summary:
            "read in list 8 only, to pick the health-assessment standard for children under 5 and to count children under 16 for long-term placement stability; any other value is read as unknown"
    )

    /// The headings Annex A and case-management exports use for data that identifies a child.
    static let personalColumns: [DataColumn] = [
        personal("Child Unique ID", aliases: ["Child ID", "Unique ID"]),
        personal("UPN"), personal("NHS Number"), personal("Gender"), personal("Ethnicity"),
        personal("Date of Birth", aliases: ["DOB"]), personal(age.name, aliases: age.aliases),
        personal("Does the Child have a Disability", aliases: ["Disability"]),
        personal("Allocated Worker", aliases: ["Worker", "Worker Name"]),
        personal("Child Name"), personal("Forename", aliases: ["First Name"]),
        personal("Surname", aliases: ["Last Name"]), personal("Postcode"), personal("Address"),
        personal("Family identifier", aliases: ["Family ID"]),
        personal("Individual adopter identifier", aliases: ["Adopter ID"]),
        personal("Placement postcode"), personal("URN of Placement"),
    ]

    static func personal(_ name: String, aliases: [String] = []) -> DataColumn {
        DataColumn(
            name, aliases: aliases, required: false, kind: .notRead, personal: true, summary: "identifies a child")
    }

    static func date(
        _ field: ChildRowField, _ name: String, aliases: [String] = [], required: Bool = true, summary: String
    ) -> FieldColumn {
        // A blank date is read as "none": an open episode, a child not yet seen.
        FieldColumn(
            field: field,
            column: DataColumn(
                name, aliases: aliases, required: required, blankAllowed: true, kind: .date(), summary: summary))
    }

    static func count(_ name: String, aliases: [String] = [], summary: String) -> FieldColumn {
        // A blank count is read as "not recorded".
        FieldColumn(
            field: .count,
            column: DataColumn(
                name, aliases: aliases, required: false, kind: .wholeNumber(0...10_000), summary: summary))
    }

    static func answer(
        _ field: ChildRowField, _ name: String, aliases: [String] = [], words: ChildAnswerWords = .yesNo,
        summary: String
    ) -> FieldColumn {
        FieldColumn(
            field: field,
            column: DataColumn(name, aliases: aliases, required: false, kind: words.kind, summary: summary),
            answers: words)
    }

    static let contacts = AnnexAList(
        1, purpose: "Annex A list 1: contacts", team: optionalTeam,
        fields: [
            date(.start, "Date of Contact", aliases: ["Contact Date"], summary: "when the contact was received"),
            date(
                .end, "Date of Decision",
                aliases: [
                    "Decision Date", "Date of Contact Decision", "Contact Decision Date", "Contact Outcome Date",
                ],
                required: false,
                summary: "when the decision on the contact was made (not an Annex A column: add it from your system)"),
        ])

    static let earlyHelp = AnnexAList(
        2, purpose: "Annex A list 2: early help", team: optionalTeam,
        fields: [
            date(
                .start, "Assessment start date", aliases: ["Early Help Assessment Start Date"],
                summary: "when the early help assessment started"),
            date(
                .end, "Assessment completion date", aliases: ["Early Help Assessment Completion Date"],
                required: false, summary: "when it was completed; blank while it is open"),
        ])

    static let referrals = AnnexAList(
        3, purpose: "Annex A list 3: referrals",
        fields: [
            date(.start, "Date of referral", aliases: ["Referral Date"], summary: "when the referral was received"),
            count(
                "Number of Referrals in Last 12 Months", aliases: ["Referrals in Last 12 Months"],
                summary: "the child's referrals in the 12 months to this one, this one included"),
        ])

    static let enquiries = AnnexAList(
        5, purpose: "Annex A list 5: section 47 enquiries and initial child protection conferences",
        fields: [
            date(
                .start, "Strategy discussion initiating Section 47 Enquiry Start Date",
                aliases: ["Section 47 Enquiry Start Date", "Strategy Discussion Date", "S47 Start Date"],
                summary: "the strategy discussion that started the section 47 enquiry"),
            date(
                .end, "Date of Initial Child Protection Conference", aliases: ["ICPC Date", "Date of ICPC"],
                required: false, summary: "the initial child protection conference; blank when none was held"),
        ])

    static let assessments = AnnexAList(
        4, purpose: "Annex A list 4: assessments",
        fields: [
            date(
                .start, "Assessment Start Date",
                aliases: ["Continuous Assessment Start Date", "Date Assessment Started"],
                summary: "when the assessment started"),
            date(
                .end, "Assessment Authorised Date",
                aliases: [
                    "Continuous Assessment Date of Authorisation", "Assessment Completion Date",
                    "Date Assessment Completed",
                ], required: false, summary: "when it was authorised; blank while it is open"),
        ])

    /// The visiting frequency agreed for a child, which a council's system may add to lists 6 to 8.
    static let frequency = FieldColumn(
        field: .frequency,
        column: DataColumn(
            "Agreed Visiting Frequency",
            aliases: ["Visiting Frequency", "Visit Frequency", "Agreed Visit Frequency", "Visiting Standard"],
            required: false, kind: .frequency,
            summary:
                "the visiting frequency agreed for the child, which replaces the measure's standard for that child; blank uses the standard (not an Annex A column: add it from your system)"
        ))

    static let childrenInNeed = AnnexAList(
        6, purpose: "Annex A list 6: children in need",
        fields: [
            date(.start, "CIN Start Date", summary: "when the child in need episode started"),
            date(.end, "CIN Closure Date", required: false, summary: "when it closed; blank while it is open"),
            date(.lastSeen, "Date Child Was Last Seen", summary: "when the child was last seen"),
            frequency,
        ])

    static let childProtection = AnnexAList(
        7, purpose: "Annex A list 7: child protection",
        fields: [
            date(.start, "Child Protection Plan Start Date", summary: "when the plan started"),
            date(.end, "Child Protection Plan End Date", required: false, summary: "when it ended; blank while open"),
            date(
                .lastSeen, "Date of the Last Statutory Visit", aliases: ["Date of Last Statutory Visit"],
                summary: "the last statutory visit"),
            date(.review, "Date of latest review conference", required: false, summary: "the latest review conference"),
            count(
                "Number of Previous Child Protection Plans", aliases: ["Previous Child Protection Plans"],
                summary: "the child's child protection plans before this one"),
            answer(
                .flag, "Was the Child Seen Alone?", aliases: ["Seen Alone"],
                summary: "whether the child was seen alone at the last visit"),
            frequency,
        ])

    static let childrenInCare = AnnexAList(
        8, purpose: "Annex A list 8: children in care",
        fields: [
            date(.start, "Date Started to be Looked After", summary: "when the child started to be looked after"),
            date(
                .end, "Date Ceased to be Looked After", required: false,
                summary: "when the child ceased to be; blank while in care"),
            date(.lastSeen, "Date of Last Social Work Visit", summary: "the last social work visit"),
            date(.review, "Date of Latest Statutory Review", required: false, summary: "the latest statutory review"),
            date(.health, "Date of Last Health Assessment", required: false, summary: "the last health assessment"),
            FieldColumn(field: .age, column: age),
            count(
                "Number of Placements in the Last 12 months", aliases: ["Placements in the Last 12 Months"],
                summary: "the child's placements in the last 12 months"),
            date(
                .placementStart, "Start Date of Most Recent Placement",
                aliases: ["Date of Latest Placement", "Placement Start Date"], required: false,
                summary: "when the child's current placement started"),
            frequency,
        ])

    static let careLeavers = AnnexAList(
        9, purpose: "Annex A list 9: care leavers",
        fields: [
            answer(
                .flag, "LA in Touch", aliases: ["In Touch"],
                words: ChildAnswerWords(
                    yes: ["Yes", "Y"], no: ["No", "N", "Refu", "Refused", "Refuses contact"],
                    neither: ["Died", "NREQ", "No longer requires services", "RHOM", "Returned home"]),
                summary: "whether the council is in touch with the care leaver"),
            answer(
                .flag2, "Suitability of Accommodation",
                aliases: ["Suitability of Accomodation", "Accommodation Suitable"],
                words: ChildAnswerWords(yes: ["Suitable", "Yes", "Y"], no: ["Unsuitable", "Not suitable", "No", "N"]),
                summary: "whether the care leaver's accommodation is suitable"),
            answer(
                .flag3, "Activity Status", aliases: ["Activity"],
                words: ChildAnswerWords(
                    yes: ["Full time*", "Part time*", "F1", "P1", "F2", "P2", "F4", "P4", "F5", "P5", "EET"],
                    no: ["Illness*", "Other", "Pregnancy*", "Not in*", "G4", "G5", "G6", "NEET"],
                    neither: ["Not known", "Unknown"]),
                summary:
                    "the care leaver's activity: education, training or employment (full or part time), or not"),
            date(
                .review, "Date of Latest Pathway Plan Review",
                aliases: ["Pathway Plan Review Date", "Date of Latest Pathway Plan"], required: false,
                summary: "the latest review of the pathway plan (not an Annex A column: add it from your system)"),
        ])

    static let adoption = AnnexAList(
        10, purpose: "Annex A list 10: adoption", team: optionalTeam,
        fields: [
            date(.start, "Date the Child Entered Care", summary: "when the child entered care"),
            date(
                .end, "Date Placed for Adoption", required: false,
                summary: "when the child was placed for adoption; blank until then"),
        ])

    static let adopters = AnnexAList(
        11, purpose: "Annex A list 11: adopters", team: optionalTeam,
        fields: [
            date(.start, "Date application submitted", summary: "when the adopter's application was submitted"),
            date(
                .end, "Date application approved", required: false,
                summary: "when the adopter was approved; blank until then"),
        ])
}
