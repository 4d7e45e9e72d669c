import ReadinessModel

/// A child-level list shaped like Ofsted's Annex A (`data/annex-a/list-N.csv`), declared once:
/// its team column, the columns each `ChildRowField` is read from, and the personal columns that
/// identify a child, which are never read into a page or printed.
struct AnnexAList: Sendable {
    /// A column the timeliness rules read, and the row field it fills.
    struct FieldColumn: Sendable {
        let field: ChildRowField
        let column: DataColumn
    }

    /// The Annex A list number: 4, 6, 7 or 8.
    let number: Int
    /// The column naming the child's team.
    let team: DataColumn
    /// The columns read, in the order they are checked.
    let fields: [FieldColumn]
    /// The file's declaration: the team, the fields, and the personal columns.
    let declaration: DataFileDeclaration

    init(_ number: Int, purpose: String, fields: [FieldColumn]) {
        self.number = number
        team = Self.team
        self.fields = fields
        let read = [Self.team] + fields.map(\.column)
        // A personal column a list reads (the age, in list 8) is declared once, as read.
        let unread = Self.personalColumns.filter { personal in !read.contains { $0.name == personal.name } }
        declaration = DataFileDeclaration(
            "annex-a/list-\(number).csv", purpose: purpose, columns: read + unread)
    }

    /// The columns read, team first: what the header must be searched for.
    var columnsRead: [DataColumn] { [team] + fields.map(\.column) }

    /// The list with a number (8 for any other).
    static func list(_ number: Int) -> AnnexAList {
        all.first { $0.number == number } ?? childrenInCare
    }

    /// Every list, in number order.
    static let all = [assessments, childrenInNeed, childProtection, childrenInCare]

    static let team = DataColumn("Allocated Team", aliases: ["Team"], summary: "the team the child is allocated to")

    /// The age column: personal, read only to pick the health-assessment standard for under-fives.
    static let age = DataColumn(
        "Age of Child (Years)", aliases: ["Age"], required: false, kind: .wholeNumber(0...150), personal: true,
        summary:
            "read in list 8 only, to pick the health-assessment standard for children under 5; any other value is read as unknown"
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

    static let childrenInNeed = AnnexAList(
        6, purpose: "Annex A list 6: children in need",
        fields: [
            date(.start, "CIN Start Date", summary: "when the child in need episode started"),
            date(.end, "CIN Closure Date", required: false, summary: "when it closed; blank while it is open"),
            date(.lastSeen, "Date Child Was Last Seen", summary: "when the child was last seen"),
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
        ])
}
