import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Broken inputs, each with the exact diagnostic expected: file, line, column and message.
@Suite("Diagnostics for broken inputs")
struct ErrorTests {
    /// Each case: what it breaks, the file (under the fixture) to edit, the text to find, its
    /// replacement, and the diagnostic expected (path relative to the fixture).
    static let cases: [(String, String, String, String, String)] = [
        (
            "missing required column", "data/actions.csv", "Owner role,Due date", "Owner role,Deadline",
            "data/actions.csv:1:1: error: required column 'Due date' is missing from the header; add a column headed 'Due date'"
        ),
        (
            "unknown status", "data/actions.csv", "Not started", "Going well",
            "data/actions.csv:5:61: error: 'Status' 'Going well' is not one of: Not started, In progress, Complete, On hold; use one of those words (docs/data-format.md lists the other spellings read), or add the council's own word to settings.yaml under 'vocabularies:', 'action_status:', as 'TERM: [Going well]' with TERM the one of those words it means"
        ),
        (
            "score outside 1-5", "data/actions.csv", "Complete,1,", "Complete,7,",
            "data/actions.csv:4:94: error: 'Score' must be a whole number from 1 to 5, not '7'"
        ),
        (
            "score of 3.5", "data/actions.csv", "In progress,3,", "In progress,3.5,",
            "data/actions.csv:2:93: error: 'Score' must be a whole number from 1 to 5, not '3.5'"
        ),
        (
            "impossible date", "data/actions.csv", "2026-12-01", "31/02/2026",
            "data/actions.csv:5:49: error: 'Due date' '31/02/2026' is not a real date; check the day and month; write dates as 2026-02-28, 28/02/2026 or 28 Feb 2026"
        ),
        (
            "unreadable date", "data/follow-ups.csv", "2026-09-17", "next Tuesday",
            "data/follow-ups.csv:3:13: error: 'Meeting date' 'next Tuesday' is not a date Readiness can read; write dates as 2026-02-28, 28/02/2026 or 28 Feb 2026 (docs/data-format.md lists every form read)"
        ),
        (
            "duplicate id", "data/actions.csv", "A4,R2", "A3,R2",
            "data/actions.csv:6:1: error: action 'A3' is used twice; the first is at data/actions.csv:5; give each action its own id"
        ),
        (
            "action for a recommendation that does not exist", "data/actions.csv", "A3,R2", "A3,R9",
            "data/actions.csv:5:1: error: action A3 points at recommendation 'R9', which does not exist; recommendations are listed in recommendations.csv"
        ),
        (
            "theme nobody defined", "data/recommendations.csv", "jtai-2024,jtai-neglect", "jtai-2024,jtai-neglekt",
            "data/recommendations.csv:4:1: error: recommendation R3 names theme 'jtai-neglekt', which nobody defined; give a theme's id or name as themes.yaml writes it: help-and-protection (Children who need help & protection), care-leavers (Care leavers), jtai-neglect (JTAI: neglect)"
        ),
        (
            "unknown priority", "data/recommendations.csv", ",High", ",Very high",
            "data/recommendations.csv:3:64: error: 'Priority' 'Very high' is not one of: Immediate attention, High, Standard; use one of those words (docs/data-format.md lists the other spellings read), or add the council's own word to settings.yaml under 'vocabularies:', 'priority:', as 'TERM: [Very high]' with TERM the one of those words it means"
        ),
        (
            "audit grades more than cases", "data/audits.csv", "Q2 2026,4,", "Q2 2026,3,",
            "data/audits.csv:3:37: error: the audited grades add up to 4, more than the 3 cases audited; check the counts"
        ),
        (
            "negative FTE", "data/caseloads.csv", "180,10,", "180,-10,",
            "data/caseloads.csv:2:44: error: 'Case-holding FTE' must be a number of zero or more, such as 12 or 4.5, not '-10'"
        ),
        (
            "next meeting of a committee with no later meeting", "data/follow-ups.csv", "2026-09-17,CS/2",
            "2026-11-26,CS/2",
            "data/follow-ups.csv:3:1: error: follow-up F2 is due at the next meeting, but 'scrutiny' has no meeting after 26 November 2026; add the committee's next meeting dates to committees.yaml"
        ),
        (
            "evidence with a javascript: link", "data/actions.csv", "evidence/a1.pdf", "javascript:alert(1)",
            "data/actions.csv:3:25: error: evidence link 'javascript:alert(1)' is not allowed; use an address starting http:// or https://, a mailto: address, or a path relative to the site"
        ),
        (
            "YAML syntax error", "data/settings.yaml", "site_title: Readiness test site", "site_title: [unclosed",
            "data/settings.yaml:3:6: error: this is not valid YAML: did not find expected ',' or ']'; check the indentation (spaces, not tabs) and that text holding ': ' or '#' is in quotes"
        ),
        (
            "unknown setting", "data/settings.yaml", "site_title:", "site_titel:",
            "data/settings.yaml:2:1: error: 'site_titel' is not a setting Readiness knows; the keys here are: council, site_title, as_at, allow_raw_html, stale_update_days, rag, caseloads, audit_due_soon_days, timeliness, reporting_committee, audience, public, child_level_max_age_days, vocabularies, columns, logo, brand, menu, annex_a, supervision"
        ),
        (
            "a setting given twice", "data/settings.yaml", "site_title:", "council: Again\nsite_title:",
            "data/settings.yaml:2:1: error: 'council' is given twice in the same mapping; keep one of the two; YAML reads a key once"
        ),
        (
            "a team minimum at or below the threshold", "data/settings.yaml", "as_at: 2026-11-20",
            "as_at: 2026-11-20\npublic:\n  suppress_below: 5\n  team_minimum: 5",
            "data/settings.yaml:6:17: error: 'team_minimum: 5' must be more than 'suppress_below: 5' (or 0); a team left out or merged is known to have fewer than team_minimum, so with a minimum at or below the threshold its count could never be protected; raise team_minimum (the default is 10)"
        ),
        (
            // A file that names people takes no extra cell, even a blank one (an unquoted comma
            // in a name moves part of it into the next column).
            "a blank extra cell in a file that names people", "data/supervisions.csv",
            "SENTINEL-WORKER-Dee,Assessment,\n", "SENTINEL-WORKER-Dee,Assessment,,\n",
            "data/supervisions.csv:6:33: error: this row has 4 cells but the header has 3; a comma inside a cell must be within double quotes, or add a heading for the extra column"
        ),
        (
            "front matter never closed", "site-templates/pages/follow-ups.md", "title: Committee follow-ups\n---",
            "title: Committee follow-ups\n",
            "site-templates/pages/follow-ups.md:1:1: error: the front matter opened on line 1 is never closed; end it with a line holding only '---' before the page's text"
        ),
        (
            "Mustache section never closed", "site-templates/pages/follow-ups.md", "{{follow_ups.table}}",
            "{{#follow_ups.any}}{{follow_ups.table}}",
            "site-templates/pages/follow-ups.md:11:1: error: the template ends while a {{#section}} is still open; add its closing {{/name}} tag; see docs/templates.md for the tags Readiness understands"
        ),
        (
            "layout that does not exist", "site-templates/pages/follow-ups.md", "title: Committee follow-ups",
            "title: x\nlayout: fancy",
            "site-templates/pages/follow-ups.md:1:1: error: layout 'fancy' does not exist; layouts are the .html files in site-templates/layouts/: default"
        ),
        (
            "partial that includes itself", "site-templates/partials/follow-ups-section.md",
            "{{/theme.has_follow_ups}}", "{{/theme.has_follow_ups}}\n{{> follow-ups-section}}",
            "site-templates/partials/follow-ups-section.md:6:1: error: partial 'follow-ups-section' includes itself (follow-ups-section → follow-ups-section); remove the {{> follow-ups-section}} tag that closes the loop"
        ),
        (
            "a template asking for a personal field", "site-templates/pages/follow-ups.md", "# Committee follow-ups",
            "# Committee follow-ups\n\nBorn {{child.date_of_birth}}",
            "site-templates/pages/follow-ups.md:6:6: error: '{{child.date_of_birth}}' asks for 'Date of Birth', a personal field (it identifies a child or names a worker), which is never printed; remove the tag; pages show only counts per team"
        ),
        (
            "a partial asking for a worker's name", "site-templates/partials/follow-ups-section.md",
            "## Committee follow-ups", "## Committee follow-ups\n{{#children}}{{allocated_worker}}{{/children}}",
            "site-templates/partials/follow-ups-section.md:3:14: error: '{{allocated_worker}}' asks for 'Allocated Worker', a personal field (it identifies a child or names a worker), which is never printed; remove the tag; pages show only counts per team"
        ),
        (
            "a page including a partial that does not exist", "site-templates/pages/follow-ups.md",
            "# Committee follow-ups", "# Committee follow-ups\n\nSee {{> nosuch}}",
            "site-templates/pages/follow-ups.md:6:5: error: there is no partial 'nosuch'; the partials here are: follow-ups-section"
        ),
        (
            "a partial including a path out of the partials", "site-templates/partials/follow-ups-section.md",
            "## Committee follow-ups", "## Committee follow-ups\n{{> ../../data/settings}}",
            "site-templates/partials/follow-ups-section.md:3:1: error: there is no partial '../../data/settings'; the partials here are: follow-ups-section"
        ),
        (
            "output path outside the site", "site-templates/pages/follow-ups.md", "title: Committee follow-ups",
            "title: x\noutput: ../escape.html",
            "site-templates/pages/follow-ups.md:1:1: error: output path '../escape.html' is not allowed; use plain names of letters, digits and hyphens ending .html, inside the site (no '..')"
        ),
    ]

    @Test("reports the exact diagnostic", arguments: cases)
    func diagnostic(_ name: String, _ file: String, _ find: String, _ replace: String, _ expected: String) throws {
        let copy = try Support.copy(Support.fixtures.appendingPathComponent("basic"))
        let url = copy.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(find), "the case '\(name)' no longer edits anything")
        try text.replacingOccurrences(of: find, with: replace).write(to: url, atomically: false, encoding: .utf8)
        let result = try Support.render(copy)
        let reported = result.diagnostics.errors.map {
            $0.description.replacingOccurrences(of: copy.path + "/", with: "")
        }
        #expect(reported.contains(expected), "\(name): got \(reported)")
        #expect(result.files.count == 0)
    }

    @Test("every problem is reported in one run, sorted by place")
    func allAtOnce() throws {
        let copy = try Support.copy(Support.fixtures.appendingPathComponent("basic"))
        let url = copy.appendingPathComponent("data/actions.csv")
        var text = try String(contentsOf: url, encoding: .utf8)
        text = text.replacingOccurrences(of: "In progress,3,", with: "Underway-ish,9,")
        text = text.replacingOccurrences(of: "2027-06-30", with: "31/06/27")
        try text.write(to: url, atomically: false, encoding: .utf8)
        let result = try Support.render(copy)
        let errors = result.diagnostics.sorted.filter { $0.severity == .error }
        #expect(errors.map { "\($0.line):\($0.column)" } == ["2:81", "2:94", "6:48"])
    }

    @Test("warnings do not fail the build")
    func warningsOnly() throws {
        let result = try Support.render(Support.basic, asAt: "2027-06-01")
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.warnings.contains { $0.message.contains("has had no update for") })
        #expect(!result.files.isEmpty)
    }

    @Test("no as-at date anywhere is an error, never the clock")
    func noAsAt() throws {
        let copy = try Support.copy(Support.fixtures.appendingPathComponent("basic"))
        let url = copy.appendingPathComponent("data/settings.yaml")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: "as_at: 2026-11-20\n", with: "")
        try text.write(to: url, atomically: false, encoding: .utf8)
        let result = try Support.render(copy)
        #expect(result.diagnostics.errors.first?.message == "no as-at date is given")
    }

    @Test(
        "an as-at date that is not a date is the one error, not also 'no as-at date'",
        arguments: ["2026-13-20", "someday", "[2026]"])
    func badAsAt(value: String) throws {
        let copy = try Support.copy(Support.fixtures.appendingPathComponent("basic"))
        let url = copy.appendingPathComponent("data/settings.yaml")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(
            of: "as_at: 2026-11-20\n", with: "as_at: \(value)\n")
        try text.write(to: url, atomically: false, encoding: .utf8)
        let result = try Support.render(copy)
        #expect(result.diagnostics.errors.count == 1, "\(result.diagnostics.all)")
        #expect(result.diagnostics.errors.first?.message.hasPrefix("'as_at'") == true, "\(result.diagnostics.all)")
    }
}
