import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite
@testable import readiness

/// `--as-of today`: the command reads the clock and gives the library a date, England's.
@Suite("--as-of today and yesterday")
struct AsOfDateTests {
    /// An instant from its UTC parts.
    static func utc(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text) ?? Date(timeIntervalSince1970: 0)
    }

    @Test(
        "today and yesterday are England's calendar day, GMT in winter and BST in summer",
        arguments: [
            // Winter (GMT = UTC): the day turns at midnight UTC.
            ("today", "2026-01-14T23:59:59Z", "2026-01-14"),
            ("today", "2026-01-15T00:00:00Z", "2026-01-15"),
            ("today", "2026-12-31T23:59:59Z", "2026-12-31"),
            ("today", "2027-01-01T00:00:00Z", "2027-01-01"),
            // Summer (BST = UTC+1): the day turns at 23:00 UTC.
            ("today", "2026-07-14T22:59:59Z", "2026-07-14"),
            ("today", "2026-07-14T23:00:00Z", "2026-07-15"),
            ("today", "2026-07-14T23:30:00Z", "2026-07-15"),
            ("today", "2026-07-15T00:30:00Z", "2026-07-15"),
            // The nights the clocks change (29 March and 25 October 2026, at 01:00 UTC).
            ("today", "2026-03-28T23:30:00Z", "2026-03-28"),
            ("today", "2026-03-29T23:30:00Z", "2026-03-30"),
            ("today", "2026-10-24T23:30:00Z", "2026-10-25"),
            ("today", "2026-10-25T23:30:00Z", "2026-10-25"),
            // Yesterday, across a month's end, a leap day and a year's end.
            ("yesterday", "2026-03-01T00:30:00Z", "2026-02-28"),
            ("yesterday", "2028-03-01T00:30:00Z", "2028-02-29"),
            ("yesterday", "2027-01-01T00:00:00Z", "2026-12-31"),
            ("yesterday", "2026-06-30T23:30:00Z", "2026-06-30"),
            // Written as a person might.
            ("Today", "2026-07-14T23:30:00Z", "2026-07-15"),
            (" TODAY ", "2026-01-15T00:00:00Z", "2026-01-15"),
            // A date is a date, whatever the clock says.
            ("2026-11-20", "2026-07-14T23:30:00Z", "2026-11-20"),
            ("20/11/2026", "2026-07-14T23:30:00Z", "2026-11-20"),
        ])
    func resolve(_ text: String, _ now: String, _ expected: String) throws {
        let date = try AsOfDate.resolve(text, now: Self.utc(now)).get()
        #expect(date == (try CalendarDate.parse(expected).get()), "\(text) at \(now)")
    }

    @Test("anything else is refused", arguments: ["tomorrow", "now", "", "2026-02-30", "today!", "to day"])
    func refused(_ text: String) {
        #expect(AsOfDate.resolve(text, now: Self.utc("2026-07-14T12:00:00Z")) == .failure(.notADate))
    }

    @Test("the real binary builds as at today in England, whatever the computer's time zone")
    func binary() throws {
        let dir = try Support.copy(Support.basic)
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Pacific/Kiritimati"  // UTC+14: its day is often not England's
        let before = try AsOfDate.resolve("today", now: Date()).get()
        let run = try Support.run(["build", "--as-of", "today"], in: dir, environment: environment)
        let after = try AsOfDate.resolve("today", now: Date()).get()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("as at \(before.long) into") || run.stdout.contains("as at \(after.long) into"),
            "\(run.stdout)")
        let check = try Support.run(["check", "--as-of", "yesterday"], in: dir)
        #expect(check.status != 2, "\(check.stderr)")
        let wrong = try Support.run(["check", "--as-of", "tomorrow"], in: dir)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("--as-of 'tomorrow' is not a real date"), "\(wrong.stderr)")
    }

    /// Options whose value is a date or a folder, given badly, for every command that takes them:
    /// each is refused before anything runs (exit status 2) with a message about that option.
    static let badOptions: [([String], String)] = [
        (["--as-of", "-1"], "--as-of '-1' is not a real date"),
        (["--as-of", "-2026-11-20"], "--as-of '-2026-11-20' is not a real date"),
        (["--as-of", ""], "--as-of '' is not a real date"),
        (["--annex-a", ""], "--annex-a needs a folder name"),
        (["--annex-a", "  "], "--annex-a needs a folder name"),
        (["--data", ""], "--data needs a folder name"),
        (["--templates", " "], "--templates needs a folder name"),
    ]

    @Test(
        "a bad date or a blank folder name is refused by every command before it runs",
        arguments: ["build", "check", "pdf", "serve"], badOptions)
    func badOption(_ command: String, _ option: ([String], String)) throws {
        let dir = try Support.copy(Support.basic)
        let run = try Support.run([command] + option.0, in: dir)
        #expect(run.status == 2, "\(command) \(option.0): \(run.stderr)")
        #expect(run.stderr.contains(option.1), "\(command) \(option.0): \(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("_site").path))
    }

    @Test("a blank output folder is refused by build and pdf, and nothing is written", arguments: ["build", "pdf"])
    func blankOutput(_ command: String) throws {
        let dir = try Support.copy(Support.basic)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        for name in ["", " "] {
            let run = try Support.run([command, "--output", name], in: dir)
            #expect(run.status == 2, "\(run.stderr)")
            #expect(run.stderr.contains("--output needs a folder name"), "\(run.stderr)")
        }
        let made = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(made == before, "\(made)")
    }
}
