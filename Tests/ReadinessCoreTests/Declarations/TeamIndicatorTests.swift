import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The supervision indicator's rule, case by case, worked out by hand as at Friday 20 November
/// 2026, and its settings.
@Suite("Team indicators: supervision")
struct TeamIndicatorTests {
    static let asAt = CalendarDate(year: 2026, month: 11, day: 20)!
    static let here = SourceLocation(file: "settings.yaml", line: 1, column: 1)

    /// Counts for team A from rows of `worker,team,date`.
    static func counts(_ rows: [String], standard: Interval = Interval(4, .weeks)) -> [String: TimelinessResult.Counts]
    {
        var log = DiagnosticLog()
        let csv = "Worker,Team,Supervision date\n" + rows.joined(separator: "\n") + "\n"
        guard
            let table = CSVTable.read(
                Support.source(csv, path: "supervisions.csv"), as: SupervisionsFile.declaration, log: &log)
        else { return [:] }
        let setting = IndicatorSetting(standard: standard, theme: nil, name: "t", location: here)
        let result = SupervisionsFile.count(
            table, setting: setting, asAt: asAt, calendar: WorkingDayCalendar(bankHolidays: []), log: &log)
        return log.hasErrors ? [:] : result
    }

    /// (what, rows, standard, population, within, none recorded) for team A.
    static let cases: [(String, [String], Interval, Int, Int, Int)] = [
        ("latest on the last day within 4 weeks", ["w1,A,2026-10-23"], Interval(4, .weeks), 1, 1, 0),
        ("latest the day before", ["w1,A,2026-10-22"], Interval(4, .weeks), 1, 0, 0),
        (
            "the latest of several counts", ["w1,A,2026-09-01", "w1,A,2026-11-01", "w1,A,2026-08-01"],
            Interval(4, .weeks), 1, 1, 0
        ),
        ("a date after the as-at date is not yet held", ["w1,A,2026-11-25"], Interval(4, .weeks), 1, 0, 1),
        (
            "a future date does not hide an earlier one", ["w1,A,2026-11-25", "w1,A,2026-11-10"], Interval(4, .weeks),
            1, 1, 0
        ),
        ("a blank date: not yet supervised", ["w1,A,"], Interval(4, .weeks), 1, 0, 1),
        (
            "a worker is one worker however written", ["Ann Smith,A,2026-08-01", " ann  smith ,A,2026-11-19"],
            Interval(4, .weeks), 1, 1, 0
        ),
        ("on the as-at date itself", ["w1,A,2026-11-20"], Interval(4, .weeks), 1, 1, 0),
        ("20 working days: Friday 23 October is within", ["w1,A,2026-10-23"], Interval(20, .workingDays), 1, 1, 0),
        ("20 working days: Thursday 22 October is not", ["w1,A,2026-10-22"], Interval(20, .workingDays), 1, 0, 0),
        ("1 month: 20 October is within", ["w1,A,2026-10-20"], Interval(1, .months), 1, 1, 0),
        ("1 month: 19 October is not", ["w1,A,2026-10-19"], Interval(1, .months), 1, 0, 0),
        ("three workers", ["w1,A,2026-11-01", "w2,A,2026-01-01", "w3,A,"], Interval(4, .weeks), 3, 1, 1),
    ]

    @Test("workers within the standard, per team", arguments: cases)
    func rule(_ what: String, _ rows: [String], _ standard: Interval, _ population: Int, _ within: Int, _ none: Int) {
        let a = Self.counts(rows, standard: standard)["A"]
        #expect(a?.population == population, "\(what)")
        #expect(a?.within == within, "\(what)")
        #expect(a?.noDate == none, "\(what)")
    }

    @Test("a worker in two teams counts in each; teams keep the first spelling")
    func twoTeams() {
        let counts = Self.counts(["w1,Team A,2026-11-01", "w1,Team B,2026-01-01", "w2,team a,2026-11-02"])
        #expect(counts.keys.sorted() == ["Team A", "Team B"])
        #expect(counts["Team A"]?.population == 2 && counts["Team A"]?.within == 2)
        #expect(counts["Team B"]?.population == 1 && counts["Team B"]?.within == 0)
    }

    /// (settings.yaml's `supervision:` section, the diagnostic expected, or nil for none).
    static let settingCases: [(String, String?)] = [
        ("supervision:\n  standard: 1 month\n  theme: help-and-protection\n", nil),
        (
            "supervision:\n  standard: fortnightly\n",
            "'supervision.standard: fortnightly' is not an interval Readiness can read"
        ),
        ("supervision:\n  standerd: 4 weeks\n", "'standerd' is not a setting Readiness knows"),
        ("supervision: 4 weeks\n", "'supervision' should be a set of 'key: value' lines"),
        ("supervision:\n  theme: nowhere\n", "'supervision' names theme 'nowhere', which nobody defined"),
    ]

    @Test("settings: each problem is reported at settings.yaml", arguments: settingCases)
    func settings(_ section: String, _ expected: String?) throws {
        let dir = try Support.copy(Support.basic)
        let settings = dir.appendingPathComponent("data/settings.yaml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        text = String(text[..<text.range(of: "supervision:")!.lowerBound]) + section
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let result = try Support.render(dir)
        let errors = result.diagnostics.errors.map(\.description)
        if let expected {
            #expect(errors.contains { $0.hasPrefix("data/settings.yaml:") || $0.contains("settings.yaml:") })
            #expect(errors.contains { $0.contains(expected) }, "\(errors)")
        } else {
            #expect(errors.isEmpty, "\(errors)")
        }
    }

    @Test("without settings the default standard applies, and a missing default theme is a warning, not an error")
    func defaults() throws {
        let dir = try Support.copy(Support.basic)
        let settings = dir.appendingPathComponent("data/settings.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try String(text[..<text.range(of: "supervision:")!.lowerBound]).write(
            to: settings, atomically: true, encoding: .utf8)
        let result = try Support.render(dir)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))")
        // The basic fixture has no `leaders` theme: the figure is read but shown on no page.
        #expect(
            result.diagnostics.warnings.contains {
                $0.message.contains("supervisions.csv is read, but no theme shows it: there is no 'leaders' theme")
            })
        let page = try #require(result.files.first { $0.path == "help-and-protection.html" })
        #expect(!String(decoding: page.bytes, as: UTF8.self).contains("Workers supervised"))
    }
}
