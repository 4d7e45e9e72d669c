import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Warnings where a figure would mislead, and the data the action plan may now hold (completed
/// dates, revised dates in agreed order), each at its file, line and column.
@Suite("Warnings where a figure would mislead")
struct MisleadingFigureTests {
    /// Renders a copy of the basic fixture with one edit, and returns every diagnostic with
    /// paths relative to the copy.
    func diagnostics(_ file: String? = nil, find: String = "", replace: String = "", asAt: String? = nil) throws
        -> [String]
    {
        let copy = try Support.copy(Support.basic)
        if let file {
            let url = copy.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(find), "nothing to edit in \(file)")
            try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: false, encoding: .utf8)
        }
        let result = try Support.render(copy, asAt: asAt)
        return result.diagnostics.all.map { $0.description.replacingOccurrences(of: copy.path + "/", with: "") }
    }

    @Test(
        "the basic fixture's misleading figures are each warned about at their row",
        arguments: [
            "data/caseloads.csv:4:1: warning: team 'Leaving care' has 90 children allocated in October 2026 but no case-holding FTE; record who holds these cases; with zero FTE the caseload is shown as 'z' (not applicable)",
            "data/follow-ups.csv:2:1: warning: follow-up F1 is due 11 September 2026, when Scrutiny Committee does not meet; the nearest meeting is 17 September 2026; set the due date to a meeting date in committees.yaml (or 'next meeting'), so 'overdue' means missed",
            "data/follow-ups.csv:4:1: warning: follow-up F3 is due 1 September 2026, when Scrutiny Committee does not meet; the nearest meeting is 17 September 2026; set the due date to a meeting date in committees.yaml (or 'next meeting'), so 'overdue' means missed",
            "data/audits.csv:2:1: warning: audit AU1's report is due 30 June 2026, when no committee meets; the nearest meeting is Scrutiny Committee on 11 June 2026; set 'Report due' to a meeting date in committees.yaml, so 'late' means the meeting was missed",
        ])
    func basicFixture(_ expected: String) throws {
        #expect(try diagnostics().contains(expected))
    }

    @Test(
        "one edit, one diagnostic",
        arguments: [
            (
                "data/recommendations.csv", "Recognise neglect early,", "Recognise neglect early,Immediate attention",
                "data/recommendations.csv:4:1: warning: recommendation R3 needs immediate attention but has no actions; add its actions to actions.csv; until then its theme shows as needing immediate attention"
            ),
            (
                "data/actions.csv", "Not started,,,,,,", "Not started,,,,,,2026-10-01",
                "data/actions.csv:5:78: warning: 'Completed date' is given but the status is 'Not started'; set the status to Complete, or clear the date; the date is ignored"
            ),
            (
                "data/actions.csv", ",,2026-08-13", ",,2026-12-01",
                "data/actions.csv:4:124: warning: 'Completed date' 2026-12-01 is after the as-at date 2026-11-20; check the date or the as-at date; pages show the action as complete on that date"
            ),
            (
                "data/actions.csv", ",,2026-08-13", ",,1 August",
                "data/actions.csv:4:124: error: 'Completed date' '1 August' is not a date Readiness can read; write dates as 2026-02-28, 28/02/2026 or 28 Feb 2026 (docs/data-format.md lists every form read)"
            ),
            (
                "data/follow-ups.csv", "Report back,3 months", "Report back,next meeting",
                "data/follow-ups.csv:4:1: warning: follow-up F3 is due 1 September 2026"
            ),
        ])
    func edits(_ file: String, _ find: String, _ replace: String, _ expected: String) throws {
        let messages = try diagnostics(file, find: find, replace: replace)
        #expect(messages.contains { $0.hasPrefix(expected) }, "got \(messages)")
    }

    @Test("a report back due at the next meeting is on a meeting day by definition")
    func nextMeeting() throws {
        let messages = try diagnostics(
            "data/follow-ups.csv", find: "Report back,3 months", replace: "Report back,next meeting")
        #expect(!messages.contains { $0.hasPrefix("data/follow-ups.csv:2:1:") })
    }

    @Test(
        "the nearest meeting, the later when two are as near",
        arguments: [
            ("2026-09-11", "2026-09-17"), ("2026-06-20", "2026-06-11"), ("2026-08-01", "2026-09-17"),
            ("2026-07-28", "2026-06-11"), ("2027-05-01", "2026-11-26"),
        ])
    func nearest(_ due: String, _ expected: String) {
        let meetings = ["2026-06-11", "2026-09-17", "2026-11-26"].map(WorkingDayTests.date)
        #expect(
            MisleadingFigureChecks.nearestMeeting(to: WorkingDayTests.date(due), in: meetings)?.iso == expected)
    }

    @Test(
        "child-level lists older than the as-at date allows draw a warning that repeats nothing from them",
        arguments: [
            // The newest dates in the basic lists: list 4, 4 November 2026; list 8, 10 November;
            // list 7, 18 November; list 6, 19 November.
            ("2026-11-20", nil as Int?, 0),
            ("2026-12-05", nil, 0),  // 31 days after 4 November: still allowed
            ("2026-12-06", nil, 1),  // 32 days: list 4
            ("2026-12-12", nil, 2),  // lists 4 and 8
            ("2027-01-31", nil, 4),
            ("2027-01-31", 120, 0),
        ])
    func childLevelAge(_ asAt: String, _ maxAge: Int?, _ warnings: Int) throws {
        let messages = try diagnostics(
            "data/settings.yaml", find: "council:",
            replace: maxAge.map { "child_level_max_age_days: \($0)\ncouncil:" } ?? "council:", asAt: asAt)
        let stale = messages.filter { $0.contains("the newest date in this list") }
        #expect(stale.count == warnings, "got \(messages)")
        for message in stale {
            #expect(message.hasPrefix("data/annex-a/list-"))
            #expect(message.contains(".csv:1:1: warning: the newest date in this list is more than"))
            #expect(!message.contains("SENTINEL") && !message.contains("2026-11"), "\(message)")
        }
    }

    @Test(
        "revised due dates are kept in the order agreed: the last written is in force",
        arguments: [
            // first due 1 March 2026; revisions as written; date in force; moved by; times moved
            ("2026-05-01; 2026-04-01", "2026-04-01", 31, 2),
            ("2026-05-01; 2026-03-01", "2026-03-01", 0, 2),  // moved, then back to the first date
            ("2026-03-01", "2026-03-01", 0, 0),  // the same date again is not a move
            ("2026-05-01; 2026-05-01", "2026-05-01", 61, 1),
            ("2026-02-01", "2026-02-01", -28, 1),  // brought forward
        ])
    func revised(_ revisions: String, _ inForce: String, _ movedBy: Int, _ times: Int) throws {
        let csv = """
            ID,Recommendation,Action,Owner,Due date,Revised due dates,Status
            A1,R1,Do it,Lead,2026-03-01,"\(revisions)",In progress
            """
        var log = DiagnosticLog()
        let table = try #require(
            CSVTable.read(Support.source(csv, path: "actions.csv"), as: ActionsFile.declaration, log: &log))
        let actions = ActionsLoader.load(table, asAt: WorkingDayTests.date("2026-01-01"), log: &log)
        #expect(log.all.isEmpty, "\(log.all)")
        let action = try #require(actions.first)
        #expect(action.currentDue.iso == inForce)
        #expect(ActionAssessment(action, asAt: WorkingDayTests.date("2026-01-01")).daysSlipped == movedBy)
        #expect(action.timesMoved == times)
    }
}
