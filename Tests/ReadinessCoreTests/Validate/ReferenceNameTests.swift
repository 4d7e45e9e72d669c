import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Themes and committees named by their id or by their name, resolved to ids in one place.
@Suite("Themes and committees by name")
struct ReferenceNameTests {
    /// The basic fixture with replacements made, loaded and validated.
    static func validated(_ replacing: [(String, String, String)]) throws -> (ReadinessData?, [String]) {
        let dir = try VocabularyTests.fixture(settings: "", replacing: [])
        let settings = dir.appendingPathComponent("data/settings.yaml")
        try Data(contentsOf: Support.basic.appendingPathComponent("data/settings.yaml")).write(to: settings)
        for (file, find, replacement) in replacing {
            let url = dir.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            #expect(text.contains(find), "\(file) has no '\(find)'")
            try text.replacingOccurrences(of: find, with: replacement).write(to: url, atomically: true, encoding: .utf8)
        }
        var (data, log) = VocabularyTests.load(dir)
        if data != nil {
            DataValidator.validate(&data!, asAt: CalendarDate(year: 2026, month: 11, day: 20)!, log: &log)
        }
        return (data, VocabularyTests.errors(log, in: dir))
    }

    @Test("every place that names a theme or committee takes its name, and later stages see the id")
    func namesResolve() throws {
        let (loaded, errors) = try Self.validated([
            (
                "data/recommendations.csv", "R1,ilacs-2025,help-and-protection",
                "R1,ilacs-2025,Children who need help & protection"
            ),
            ("data/recommendations.csv", "R2,ilacs-2025,care-leavers", "R2,ilacs-2025,CARE LEAVERS"),
            ("data/audits.csv", "AU1,help-and-protection", "AU1,Help and protection"),
            ("data/follow-ups.csv", "F2,scrutiny", "F2,Scrutiny Committee"),
            ("data/follow-ups.csv", "Open,help-and-protection", "Open,help and protection"),
            ("data/inspections.yaml", "      care-leavers: Inadequate", "      Care leavers: Inadequate"),
            (
                "data/settings.yaml", "    theme: care-leavers\n  - check: cla-reviews",
                "    theme: Care Leavers\n  - check: cla-reviews"
            ),
            ("data/settings.yaml", "  theme: help-and-protection\n", "  theme: Help and protection\n"),
            (
                "data/settings.yaml", "as_at: 2026-11-20\n",
                "as_at: 2026-11-20\nreporting_committee: scrutiny committee\n"
            ),
        ])
        #expect(errors.isEmpty, "\(errors)")
        let data = try #require(loaded)
        #expect(data.recommendations.map(\.theme) == ["help-and-protection", "care-leavers", "jtai-neglect"])
        #expect(data.audits.first?.theme == "help-and-protection")
        #expect(data.followUps.map(\.committee) == ["scrutiny", "scrutiny", "scrutiny"])
        #expect(data.followUps.first?.theme == "help-and-protection")
        #expect(data.inspections.first?.judgements.map(\.theme) == ["help-and-protection", "care-leavers"])
        #expect(data.settings.timeliness.map(\.theme).contains("Care Leavers") == false)
        #expect(
            data.timeliness.allSatisfy {
                $0.measure.theme.map { ["help-and-protection", "care-leavers"].contains($0) } ?? true
            })
        #expect(data.indicators.first?.setting.theme == "help-and-protection")
        #expect(data.settings.reportingCommittee == "scrutiny")
    }

    @Test("an unknown committee or theme lists the ids and names")
    func unknownNames() throws {
        let (_, errors) = try Self.validated([
            ("data/follow-ups.csv", "F2,scrutiny", "F2,Cabinet"),
            ("data/audits.csv", "AU1,help-and-protection", "AU1,Help"),
        ])
        #expect(
            errors == [
                "data/audits.csv:2:1: error: audit AU1 names theme 'Help', which nobody defined; give a theme's id or name as themes.yaml writes it: help-and-protection (Children who need help & protection), care-leavers (Care leavers), jtai-neglect (JTAI: neglect)",
                "data/follow-ups.csv:3:1: error: follow-up F2 is due at the next meeting of 'Cabinet', which is not a committee in committees.yaml; give a committee's id or name as committees.yaml writes it: scrutiny (Scrutiny Committee); or add the committee and its meeting dates",
            ], "\(errors)")
    }

    @Test("a name two themes share names neither")
    func sharedName() {
        let themes = [
            Theme(
                id: "a", framework: "f", name: "Leaders", shortName: "Leaders", serviceAreas: [],
                location: .init(file: "t", line: 1, column: 1)),
            Theme(
                id: "b", framework: "f", name: "Other", shortName: "leaders", serviceAreas: [],
                location: .init(file: "t", line: 2, column: 1)),
        ]
        let names = ReferenceNames(themes: themes)
        #expect(names.id("LEADERS") == "LEADERS")
        #expect(names.id("other") == "b")
        #expect(names.id("a") == "a")
    }
}
