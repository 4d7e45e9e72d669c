import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The measures from Annex A lists 1, 2, 3, 5, 7, 8, 9, 10 and 11, each from a small list as at
/// Friday 20 November 2026, every row's outcome worked out by hand. Working days skip weekends
/// and the shipped bank holidays: Christmas 2025 (Thursday 25 and Friday 26 December), New
/// Year's Day 2026 (a Thursday) and the summer bank holiday (Monday 31 August 2026).
@Suite("Annex A measures, worked by hand")
struct AnnexAMeasureTests {
    /// One measure from one list, as `TimelinessTests` computes it (a check with no standard
    /// is given 12 months, which it does not use).
    func counts(_ list: Int, _ check: TimelinessMeasure.Check, _ standard: String?, _ csv: String) throws
        -> (TimelinessResult.Counts?, DiagnosticLog)
    {
        try TimelinessTests().result(list: list, csv: csv, check: check, standard: standard ?? "12 months")
    }

    func expect(
        _ list: Int, _ check: TimelinessMeasure.Check, _ standard: String?, _ csv: String,
        population: Int, within: Int, noDate: Int = 0, openOverdue: Int = 0
    ) throws {
        let (counts, log) = try counts(list, check, standard, csv)
        #expect(!log.hasErrors, "\(log.all)")
        #expect(
            counts
                == TimelinessResult.Counts(
                    population: population, within: within, noDate: noDate, openOverdue: openOverdue),
            "\(check.rawValue)")
    }

    @Test("list 1: contacts decided within 1 working day, over Christmas")
    func contacts() throws {
        // A: Wednesday 24 December 2025; the next working day is Monday 29 December (25 and 26
        // are bank holidays, 27 and 28 the weekend): within. B: Tuesday 30 December, the 2nd
        // working day: not. C: decided the same day: within. D: Friday 13 November, no decision,
        // due Monday 16: past it. E: Thursday 19 November, no decision, due Friday 20: not yet.
        // F: after the as-at date. No team column: the whole service.
        try expect(
            1, .contacts, "1 working day",
            """
            Child Unique ID,Date of Contact,Date of Decision
            A,24/12/2025,29/12/2025
            B,24/12/2025,30/12/2025
            C,2026-11-02,2026-11-02
            D,2026-11-13,
            E,2026-11-19,
            F,2026-11-23,2026-11-23
            """, population: 3, within: 2, openOverdue: 1)
    }

    @Test("list 2: early help assessments within 45 working days")
    func earlyHelp() throws {
        // Started Tuesday 1 September 2026: the 45th working day after is Tuesday 3 November.
        try expect(
            2, .earlyHelpAssessments, "45 working days",
            """
            Assessment start date,Assessment completion date,Organisation completing assessment
            01/09/2026,03/11/2026,School
            01/09/2026,04/11/2026,School
            01/09/2026,,School
            01/10/2026,,School
            """, population: 2, within: 1, openOverdue: 1)
    }

    @Test("list 3: referrals that were not a re-referral within 12 months")
    func referrals() throws {
        // 1 is this referral alone; 2 or more a re-referral; a blank count is not recorded; a
        // referral after the as-at date is not counted.
        try expect(
            3, .referrals, nil,
            """
            Date of referral,Number of Referrals in Last 12 Months,Allocated Team
            2026-11-01,1,North
            2026-11-02,2,North
            2026-10-01,3,South
            2026-10-02,,South
            2026-11-23,1,South
            """, population: 4, within: 1, noDate: 1)
    }

    @Test("list 5: initial conferences within 15 working days of the strategy discussion, over the summer bank holiday")
    func conferences() throws {
        // Monday 17 August 2026: 15 working days after, skipping Monday 31 August, is Tuesday 8
        // September (without the bank holiday it would be Monday 7). A: 8 September, within.
        // B: 9 September, not. C: no conference, long past: counted apart. D: started Monday 16
        // November, due 7 December: not yet.
        try expect(
            5, .conferences, "15 working days",
            """
            Strategy discussion initiating Section 47 Enquiry Start Date,Date of Initial Child Protection Conference,Allocated Team
            17/08/2026,08/09/2026,T
            17/08/2026,09/09/2026,T
            17/08/2026,,T
            16/11/2026,,T
            """, population: 2, within: 1, openOverdue: 1)
    }

    static let plans = """
        Child Protection Plan Start Date,Child Protection Plan End Date,Date of the Last Statutory Visit,Number of Previous Child Protection Plans,Was the Child Seen Alone?,Allocated Team
        21/11/2024,,2026-11-18,0,a) Yes,T
        20/11/2024,,2026-11-18,1,b) No,T
        2026-01-05,,2026-11-18,0,Y,T
        2025-11-20,,2026-11-18,2,,T
        2025-11-19,,2026-11-18,0,N,T
        2026-02-01,2026-10-01,2026-09-01,0,Yes,T
        """

    @Test("list 7: plans open less than 2 years, first plans, children seen alone")
    func plans() throws {
        // Open plans: rows 1 to 5 (row 6 ended). Row 1 started 2 years less a day before the
        // as-at date: under 2 years. Row 2 started 2 years before to the day: 2 years, not
        // within. Rows 3 to 5 are younger.
        try expect(7, .cpPlanLength, "2 years", Self.plans, population: 5, within: 4)
        // Started within 12 months (20 November 2025 on): rows 3, 4 and 6; row 5 started the
        // day before. Row 4 had 2 before: not a first plan.
        try expect(7, .cpFirstPlans, "12 months", Self.plans, population: 3, within: 2)
        // Seen alone, open plans: yes (rows 1 and 3), no (2 and 5), blank (4).
        try expect(7, .cpSeenAlone, nil, Self.plans, population: 5, within: 2, noDate: 1)
    }

    @Test("list 8: placement stability and initial health assessments within 20 working days")
    func childrenInCare() throws {
        let csv = """
            Date Started to be Looked After,Date Ceased to be Looked After,Date of Last Social Work Visit,Date of Last Health Assessment,Number of Placements in the Last 12 months,Allocated Team
            19/10/2026,,2026-11-18,16/11/2026,1,T
            19/10/2026,,2026-11-18,17/11/2026,2,T
            19/10/2026,,2026-11-18,,3,T
            21/08/2026,,2026-11-18,21/09/2026,,T
            02/11/2026,,2026-11-18,,1,T
            01/04/2026,,2026-11-18,2026-04-02,4,T
            01/01/2026,2026-06-01,2026-05-01,2026-01-05,5,T
            """
        // Open: rows 1 to 6. Placements: 1 and 2 within; 3 and 4 not; a blank not recorded.
        try expect(8, .placementStability, nil, csv, population: 6, within: 3, noDate: 1)
        // Entered care within 6 months (20 May on) with the 20 working days passed: Monday 19
        // October is due Monday 16 November (rows 1 to 3); Friday 21 August, over the bank
        // holiday, is due Monday 21 September (row 4). Row 5's are not yet due; row 6 entered
        // care more than 6 months ago. Row 1 within; row 2 a day late; row 3 none recorded.
        try expect(8, .initialHealthAssessments, "20 working days", csv, population: 4, within: 2, noDate: 1)
    }

    @Test("list 8: long-term stability, under 16 and in care 2½ years, in their placement 2 years, to the day")
    func longTermStability() throws {
        // 2½ years before Friday 20 November 2026 is 20 May 2024; 2 years is 20 November 2024.
        // A: in care exactly 2½ years, placed exactly 2 years: counted, within. B: a day short of
        // 2½ years: not counted. C: placed a day short of 2 years: counted, not within. D: 16, not
        // under 16. E: no placement date. F: left care. G: no age: not known to be under 16.
        // H: in care from 29 February 2024, a leap day: 2½ years on is 29 August 2026.
        try expect(
            8, .longTermStability, nil,
            """
            Age of Child (Years),Date Started to be Looked After,Date Ceased to be Looked After,Date of Last Social Work Visit,Start Date of Most Recent Placement,Allocated Team
            10,20/05/2024,,2026-11-18,20/11/2024,T
            10,21/05/2024,,2026-11-18,21/05/2024,T
            15,2020-01-01,,2026-11-18,21/11/2024,T
            16,2020-01-01,,2026-11-18,2020-01-01,T
            12,2020-01-01,,2026-11-18,,T
            12,2020-01-01,2026-10-01,2026-09-18,2020-01-01,T
            ,2020-01-01,,2026-11-18,2020-01-01,T
            0,29/02/2024,,2026-11-18,29/02/2024,T
            """, population: 4, within: 2, noDate: 1)
    }

    @Test("lists 6 to 8: a child's agreed visiting frequency replaces the standard, working days over a bank holiday")
    func agreedFrequency() throws {
        // As at Friday 20 November 2026, standard 4 weeks. A: 28 days ago, no agreed frequency:
        // within. B: 6 weekly from 22 October, due 3 December: within. C: 6 weekly from 1 October,
        // due 12 November: not. D: fortnightly from 6 November, due 20 November: within, to the
        // day. E: monthly from 19 October, due 19 November: not. F and G: Thursday 27 August is 60
        // working days before the 20th, as the summer bank holiday (Monday 31 August) is not one:
        // within 60 working days, not within 59. H: a blank frequency uses the standard: 29 days,
        // not within.
        let header = "CIN Start Date,Date Child Was Last Seen,Agreed Visiting Frequency,Allocated Team"
        try expect(
            6, .cinVisits, "4 weeks",
            """
            \(header)
            2026-01-01,2026-10-23,,T
            2026-01-01,2026-10-22,6 weekly,T
            2026-01-01,2026-10-01,6-weekly,T
            2026-01-01,2026-11-06,Fortnightly,T
            2026-01-01,2026-10-19,every month,T
            2026-01-01,27/08/2026,60 working days,T
            2026-01-01,27/08/2026,59 working days,T
            2026-01-01,2026-10-22,,T
            """, population: 8, within: 4)
        // Lists 7 and 8 read the same column.
        for (list, check, columns) in [
            (7, TimelinessMeasure.Check.cpVisits, "Child Protection Plan Start Date,Date of the Last Statutory Visit"),
            (8, .claVisits, "Date Started to be Looked After,Date of Last Social Work Visit"),
        ] {
            try expect(
                list, check, "4 weeks",
                "\(columns),Agreed Visiting Frequency,Allocated Team\n2026-01-01,2026-10-01,8 weeks,T\n2026-01-01,2026-10-01,,T\n",
                population: 2, within: 1)
        }
    }

    @Test(
        "a visiting frequency is read in the forms case records write it",
        arguments: [
            ("4 weeks", Interval(4, .weeks)), ("6 weekly", Interval(6, .weeks)), ("4-weekly", Interval(4, .weeks)),
            ("every 6 weeks", Interval(6, .weeks)), ("Weekly", Interval(1, .weeks)),
            ("fortnightly", Interval(2, .weeks)), ("monthly", Interval(1, .months)),
            ("3-monthly", Interval(3, .months)), ("10 working days", Interval(10, .workingDays)),
            (" 28 days ", Interval(28, .days)), ("six weeks", Interval(6, .weeks)), ("1 year", Interval(12, .months)),
            ("52 weeks", Interval(52, .weeks)), ("366 days", Interval(366, .days)),
        ])
    func frequencyForms(text: String, interval: Interval) {
        #expect(Interval.parseFrequency(text) == interval)
        #expect(Interval(code: interval.code) == interval)
    }

    @Test(
        "a visiting frequency Readiness cannot read is an error at its cell, never quoting it",
        arguments: [
            "6-8 weekly", "as agreed", "0 weeks", "weekly-ish", "-4 weeks", "53 weeks", "13 months", "2 years",
            "367 days", "262 working days", "99999 weeks",
        ])
    func unreadableFrequency(text: String) throws {
        let (_, log) = try counts(
            6, .cinVisits, "4 weeks",
            "CIN Start Date,Date Child Was Last Seen,Agreed Visiting Frequency,Allocated Team\n2026-01-01,2026-11-01,\(text),T\n"
        )
        let error = try #require(log.errors.first)
        #expect(error.line == 2 && error.column == 23)
        #expect(error.message == "'Agreed Visiting Frequency' is not a visiting frequency Readiness reads")
        #expect(!error.description.contains(text))
    }

    static let careLeavers = """
        LA in Touch,Suitability of Accommodation,Activity Status,Date of Latest Pathway Plan Review,Allocated Team
        Y,Suitable,Full time employment,2026-05-20,T
        N,Unsuitable,Other,2026-05-19,T
        Refu,,Part time higher education,,T
        Died,Suitable,Illness or disability,2026-10-01,T
        ,Suitable,G4,2026-11-01,T
        """

    @Test("list 9: care leavers in touch, suitably housed, in education, employment or training, with a pathway plan")
    func careLeavers() throws {
        // In touch: Y yes; N and Refu no; Died neither, counted with the blank in the last
        // column, so every measure on the list counts the same care leavers.
        try expect(9, .careLeaversInTouch, nil, Self.careLeavers, population: 5, within: 1, noDate: 2)
        try expect(9, .careLeaversAccommodation, nil, Self.careLeavers, population: 5, within: 3, noDate: 1)
        // Full and part time are education, employment or training; Other, Illness and G4 not.
        try expect(9, .careLeaversActivity, nil, Self.careLeavers, population: 5, within: 2)
        // Within 6 months: 20 May is (6 months to the day), 19 May is not; a blank is no date.
        try expect(9, .pathwayPlans, "6 months", Self.careLeavers, population: 5, within: 3, noDate: 1)
    }

    @Test("lists 10 and 11: placed for adoption within 426 days, adopters approved within 6 months")
    func adoption() throws {
        // 1 January 2025 + 426 days is 3 March 2026.
        try expect(
            10, .adoptions, "426 days",
            """
            Date the Child Entered Care,Date Placed for Adoption
            01/01/2025,03/03/2026
            01/01/2025,04/03/2026
            01/01/2025,
            01/06/2026,
            """, population: 2, within: 1, openOverdue: 1)
        try expect(
            11, .adopterApprovals, "6 months",
            """
            Individual adopter identifier,Date application submitted,Date application approved
            A1,15/01/2026,15/07/2026
            A2,15/01/2026,16/07/2026
            A3,2026-09-01,
            """, population: 2, within: 1)
    }

    @Test("a count that is not a whole number is an error at its cell, never quoting it")
    func badCount() throws {
        for value in ["two", "-1", "1.5"] {
            let (_, log) = try counts(
                8, .placementStability, nil,
                "Date Started to be Looked After,Date of Last Social Work Visit,Number of Placements in the Last 12 months,Allocated Team\n2026-01-01,2026-11-01,\(value),T\n"
            )
            #expect(
                log.errors.map(\.message) == [
                    "'Number of Placements in the Last 12 months' is not a whole number from 0 to 10,000"
                ], "\(value)")
            #expect(!log.errors.contains { $0.message.contains(value) || ($0.hint ?? "").contains(value) })
        }
    }

    @Test(
        "a column a configured measure needs is required, though Annex A has it optional",
        arguments: [
            (1, TimelinessMeasure.Check.contacts, "Date of Contact\n2026-11-01\n", "Date of Decision"),
            (3, .referrals, "Date of referral,Allocated Team\n2026-11-01,T\n", "Number of Referrals in Last 12 Months"),
            (
                7, .cpSeenAlone,
                "Child Protection Plan Start Date,Date of the Last Statutory Visit,Allocated Team\n2026-01-01,2026-11-01,T\n",
                "Was the Child Seen Alone?"
            ),
            (9, .careLeaversActivity, "LA in Touch,Allocated Team\nY,T\n", "Activity Status"),
        ])
    func neededColumns(list: Int, check: TimelinessMeasure.Check, csv: String, column: String) throws {
        let (counts, log) = try counts(list, check, check.usesStandard ? "1 working day" : nil, csv)
        #expect(counts == nil)
        #expect(log.errors.map(\.message) == ["required column '\(column)' is missing from the header"])
    }

    @Test("a row with cells past the header's last column is an error: an unquoted comma moved its cells")
    func cellsPastTheHeader() throws {
        let (counts, log) = try counts(
            3, .referrals, nil,
            "Referral Source,Date of referral,Number of Referrals in Last 12 Months,Allocated Team\nNeighbour, Mrs X,2026-11-01,1,North\nSchools,2026-11-02,1,North\nSchools,2026-11-03,1,North,\n"
        )
        #expect(log.errors.map(\.message) == ["this row has 5 cells but the header has 4"])
        #expect(log.errors.first?.line == 2)
        // The trailing empty cell some exports add is not an error; the moved row is not counted.
        #expect(counts?.population == 2)
    }

    @Test(
        "an episode that ends before it starts is an error at its end date, never quoting either, and is not counted",
        arguments: [
            (1, TimelinessMeasure.Check.contacts, "Date of Contact,Date of Decision", "Date of Decision"),
            (
                2, .earlyHelpAssessments, "Assessment start date,Assessment completion date",
                "Assessment completion date"
            ),
            (
                4, .assessments, "Assessment Start Date,Assessment Authorised Date,Allocated Team",
                "Assessment Authorised Date"
            ),
            (
                5, .conferences,
                "Strategy discussion initiating Section 47 Enquiry Start Date,Date of Initial Child Protection Conference,Allocated Team",
                "Date of Initial Child Protection Conference"
            ),
            (10, .adoptions, "Date the Child Entered Care,Date Placed for Adoption", "Date Placed for Adoption"),
            (
                11, .adopterApprovals, "Date application submitted,Date application approved",
                "Date application approved"
            ),
        ])
    func endBeforeStart(list: Int, check: TimelinessMeasure.Check, header: String, end: String) throws {
        let team = header.hasSuffix("Allocated Team") ? ",T" : ""
        let (_, log) = try counts(
            list, check, "15 working days", "\(header)\n2026-11-02,2026-10-30\(team)\n2026-11-02,2026-11-03\(team)\n")
        let error = try #require(log.errors.first)
        #expect(log.errors.count == 1)
        // Line 2, the second cell: "2026-11-02," is 11 characters before it.
        #expect(error.line == 2 && error.column == 12)
        #expect(error.message.hasPrefix("'\(end)' is before '"))
        #expect(!error.description.contains("2026"))
    }

    @Test("an answer a yes-or-no column does not know is an error at its cell, never quoting it")
    func unknownAnswer() throws {
        let (_, log) = try counts(
            7, .cpSeenAlone, nil,
            "Child Protection Plan Start Date,Date of the Last Statutory Visit,Was the Child Seen Alone?,Allocated Team\n2026-01-01,2026-11-01,Perhaps so,T\n"
        )
        let error = try #require(log.errors.first)
        // Line 2, the third cell: "2026-01-01,2026-11-01," is 22 characters before it.
        #expect(error.line == 2 && error.column == 23)
        #expect(error.message == "'Was the Child Seen Alone?' is none of the answers Readiness reads")
        #expect(!error.description.contains("Perhaps"))
    }

    @Test(
        "a child with no team is counted as unallocated, in a row of its own; a list with no team column as the whole service"
    )
    func unallocated() throws {
        func teams(_ list: Int, _ check: TimelinessMeasure.Check, _ csv: String) throws -> [String] {
            let (result, log) = try TimelinessTests.measure(list: list, csv: csv, check: check, standard: "4 weeks")
            #expect(!log.hasErrors, "\(log.all)")
            return result?.teams.map(\.team) ?? []
        }
        #expect(
            try teams(
                6, .cinVisits,
                "CIN Start Date,Date Child Was Last Seen,Allocated Team\n2026-01-01,2026-11-01,North\n2026-01-01,2026-11-01,\n"
            )
                == ["North", "Unallocated"])
        #expect(
            try teams(10, .adoptions, "Date the Child Entered Care,Date Placed for Adoption\n2025-01-01,2025-06-01\n")
                == ["Whole service"])
    }

    @Test("team cells that differ only in spaces are one team, counted whole; a cell of spaces only is unallocated")
    func teamSpellingsMerge() throws {
        let csv =
            "CIN Start Date,Date Child Was Last Seen,Allocated Team\n"
            + "2026-01-01,2026-11-01,North\n2026-01-01,2026-11-01,\"North \"\n"
            + "2026-01-01,2026-11-01,\" North\u{A0}\"\n2026-01-01,2026-11-01,\" \"\n2026-01-01,2026-11-01,\n"
        let (result, log) = try TimelinessTests.measure(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        #expect(!log.hasErrors, "\(log.all)")
        let teams = try #require(result?.teams)
        #expect(teams.map(\.team) == ["North", "Unallocated"])
        #expect(teams.map(\.counts.population) == [3, 2])
    }

    @Test(
        "a wholly blank row, however Excel writes it, and a totals row are skipped, as in every other table",
        arguments: [
            ",,", " , , ", "\"\",\"\",\"\"", ",,,,,", "Total,,", ",Total,", "\"Grand total\",,", " TOTALS ,3,",
        ])
    func blankAndTotalsRows(row: String) throws {
        let csv =
            "Child Unique ID,CIN Start Date,Date Child Was Last Seen,Allocated Team\n"
            + "X1,2026-01-01,2026-11-01,North\n" + row + "\n"
        let (result, log) = try TimelinessTests.measure(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        #expect(!log.hasErrors, "\(log.all)")
        #expect(result?.teams.map(\.team) == ["North"])
        #expect(result?.teams.map(\.counts.population) == [1])
    }

    @Test(
        "a row with a child but nothing recorded is still counted, unallocated; a team called Total Respect is a team")
    func notBlank() throws {
        let csv =
            "Child Unique ID,CIN Start Date,Date Child Was Last Seen,Allocated Team\n"
            + "X1,,,\nX2,2026-01-01,2026-11-01,Total Respect\n"
        let (result, log) = try TimelinessTests.measure(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        #expect(!log.hasErrors, "\(log.all)")
        #expect(result?.teams.map(\.team) == ["Total Respect", "Unallocated"])
    }

    @Test("a quoted team name's doubled quotes are one quote; spaces of every kind inside a name are one space")
    func teamNameText() throws {
        let csv =
            "Child Unique ID,CIN Start Date,Date Child Was Last Seen,Allocated Team\n"
            + "X1,2026-01-01,2026-11-01,\"Team \"\"A\"\"\"\n"
            + "X2,2026-01-01,2026-11-01,Team  B\nX3,2026-01-01,2026-11-01,Team\u{A0}B\n"
            + "X4,2026-01-01,2026-11-01,Team\u{2009}\u{200B}B\nX5,2026-01-01,2026-11-01,\u{FEFF}Team B\n"
        let (result, log) = try TimelinessTests.measure(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        #expect(!log.hasErrors, "\(log.all)")
        #expect(result?.teams.map(\.team) == ["Team \"A\"", "Team B"])
        #expect(result?.teams.map(\.counts.population) == [1, 4])
    }

    @Test("a bad cell after a quoted cell holding a line break is reported at its own line")
    func positionAfterLineBreak() throws {
        let csv =
            "Child Unique ID,Allocated Team,CIN Start Date,Date Child Was Last Seen\n"
            + "X1,\"Team\nA\",2026-01-01,32/13/2026\n"
        let (_, log) = try TimelinessTests.measure(list: 6, csv: csv, check: .cinVisits, standard: "4 weeks")
        #expect(log.errors.map { "\($0.line):\($0.column)" } == ["3:15"], "\(log.all)")
    }

    @Test("a list a measure needs that is not there is a warning naming the measure, not an error")
    func missingList() throws {
        let folder = try Support.temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("annex-a"), withIntermediateDirectories: true)
        let measure = TimelinessMeasure(
            check: .contacts, name: "Contacts decided in a day", standard: Interval(1, .workingDays), theme: nil,
            location: SourceLocation(file: "s", line: 1, column: 1))
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let results = ChildLevelLoader.load(
            measures: [measure], folder: folder.path, asAt: WorkingDayTests.date("2026-11-20"),
            calendar: WorkingDayTests.shipped, log: &log, ledger: &ledger)
        #expect(results.isEmpty)
        #expect(!log.hasErrors)
        #expect(
            log.warnings.map(\.message) == [
                "there is no annex-a/list-1.csv, so 'Contacts decided in a day' is not shown"
            ])
    }

    @Test(
        "a measure settings.yaml does not name is headed in words, with its standard when it has one",
        arguments: TimelinessMeasure.Check.allCases)
    func defaultName(check: TimelinessMeasure.Check) {
        let name = check.defaultName(standard: Interval(7, .workingDays))
        #expect(name.first?.isUppercase == true)
        #expect(!check.rawValue.contains("-") || !name.contains(check.rawValue))
        #expect(name.contains("7 working days") == check.usesStandard)
    }

    @Test("every answer word of every yes-or-no column reads as its answer, in Annex A's lettered form too")
    func answerWords() {
        for list in AnnexAList.all {
            for field in list.fields {
                guard let words = field.answers else { continue }
                for (spellings, answer) in [
                    (words.yes, ChildAnswerWords.Answer.yes), (words.no, .no), (words.neither, .neither),
                ] {
                    for spelling in spellings {
                        let text = spelling.hasSuffix("*") ? String(spelling.dropLast()) + " anything" : spelling
                        for form in [text, text.uppercased(), "a) \(text)", " \(text.lowercased()) "] {
                            #expect(words.answer(Array(form.utf8)[...]) == answer, "\(field.column.name): \(form)")
                        }
                    }
                }
                #expect(words.answer(Array("Perhaps so".utf8)[...]) == nil)
            }
        }
    }
}
