import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// comparators.csv: read with a diagnostic at the cell for every problem, matched to measures,
/// and set beside the council's own figure as its page shows it.
@Suite("Comparators")
struct ComparatorTests {
    static let header = "Measure,Area,Year,Value,Source,Status\n"

    /// The basic fixture with a comparators.csv, rendered for an audience.
    static func render(_ csv: String, audience: Audience = .internal) throws -> BuildResult {
        let copy = try Support.copy(Support.basic)
        try csv.write(to: copy.appendingPathComponent("data/comparators.csv"), atomically: false, encoding: .utf8)
        var request = BuildRequest(
            dataFolder: copy.appendingPathComponent("data").path,
            templatesFolder: Support.packageRoot.appendingPathComponent("site-templates").path,
            outputFolder: "unused", asAt: nil)
        request.audience = audience
        return SiteBuilder.render(request)
    }

    @Test(
        "each problem in comparators.csv is an error at its cell, saying what to write",
        arguments: [
            (
                "re-referals,England,2025,22.4,DfE,\n", "2:1",
                "'re-referals' is not a measure this site has"
            ),
            (
                "assessments,Wales,2025,80,DfE,\n", "2:13",
                "'Area' 'Wales' is not one of: England, Region, Statistical neighbours"
            ),
            ("assessments,England,2025,eighty,DfE,\n", "2:26", "the value 'eighty' is not a percentage from 0 to 100"),
            ("assessments,England,2025,120%,DfE,\n", "2:26", "the value '120%' is not a percentage from 0 to 100"),
            ("assessments,England,2025,0.8e2,DfE,\n", "2:26", "the value '0.8e2' is not a percentage from 0 to 100"),
            ("caseload,England,2025,-3,DfE,\n", "2:23", "the value '-3' is not a number of zero or more"),
            (
                "assessments,England,2025,80,DfE,\nAssessments,england,2025,81,DfE,\n", "3:1",
                "England has two values of 'Assessments' for 2025; the first is at line 2"
            ),
            (
                "assessments,England,2025,80,DfE,Guessed\n", "2:33",
                "'Status' 'Guessed' is not one of: Published, Provisional, Illustrative"
            ),
        ])
    func errors(row: String, place: String, message: String) throws {
        let result = try Self.render(Self.header + row)
        let errors = result.diagnostics.errors.filter { $0.file.hasSuffix("comparators.csv") }
        #expect(errors.map { "\($0.line):\($0.column)" } == [place], "\(errors.map(\.description))")
        #expect(errors.first?.message.hasPrefix(message) == true, "\(errors.map(\.message))")
        #expect(errors.first?.hint?.isEmpty == false)
    }

    static func comparator(_ measure: String, _ area: ComparatorFigure.Area, _ year: String, _ value: Double)
        -> ComparatorFigure
    {
        ComparatorFigure(
            measure: measure, area: area, year: year, value: value, source: "s",
            location: SourceLocation(file: "c", line: 1, column: 1))
    }

    static func measure(_ check: TimelinessMeasure.Check, _ name: String) -> TimelinessMeasure {
        TimelinessMeasure(
            check: check, name: name, standard: Interval(12, .months),
            location: SourceLocation(file: "s", line: 1, column: 1))
    }

    @Test(
        "the latest year per area is shown, by its first four-digit year; in one year a row naming the measure wins over one naming its check"
    )
    func matching() {
        let all = [
            Self.comparator("assessments", .england, "2023-24", 80),
            Self.comparator("assessments", .england, "2024-25", 82),
            Self.comparator("Our assessments", .england, "2024-25", 84),
            Self.comparator("assessments", .statisticalNeighbours, "2024-25", 85),
            Self.comparator("assessments", .statisticalNeighbours, "Mar 2020", 99),
            Self.comparator("Someone else's", .region, "2025-26", 1),
            Self.comparator("referrals", .region, "2025-26", 1),
        ]
        let comparison = MeasureComparison(
            Self.measure(.assessments, "Our assessments"), table: Self.table(population: 200, within: 167),
            comparators: all)
        #expect(comparison.comparators.map(\.area) == [.england, .statisticalNeighbours])
        #expect(comparison.comparators.map(\.value) == [84, 85])
        #expect(comparison.comparators.map { comparison.gap($0) } == [-0.5, -1.5])
        #expect(comparison.comparators.map { comparison.isWorse($0) } == [true, true])
    }

    /// A share table's all-teams figures as shown.
    static func table(population: Int, within: Int, noDate: Int = 0) -> HTMLBlocks.ShareTable {
        let share = (Double(within) / Double(population) * 1000).rounded() / 10
        return HTMLBlocks.ShareTable(
            html: "", share: "\(share)%", shownPercentage: share, shownTotals: (population, within, noDate))
    }

    @Test(
        "figures the DfE publishes the other way round are compared as published: of those with a count recorded, the share not within, lower better",
        arguments: [
            // 100 referrals, 22 re-referrals, none unrecorded: 22.0% against 20.0, worse.
            (TimelinessMeasure.Check.referrals, 100, 78, 0, 22.0, 20.0, true),
            (.cpFirstPlans, 50, 40, 0, 20.0, 23.8, false),
            (.cpPlanLength, 200, 193, 0, 3.5, 3.9, false),
            // 330 children, 60 with no count, 219 with fewer than 3: 51 of 270 have 3 or more, 18.9%.
            (.placementStability, 330, 219, 60, 18.9, 10.0, true),
            // Not published the other way round: the share within as shown.
            (.longTermStability, 100, 68, 5, 68.0, 70.0, true),
            (.careLeaversActivity, 50, 30, 0, 60.0, 56.0, false),
        ])
    func complements(
        check: TimelinessMeasure.Check, population: Int, within: Int, noDate: Int, own: Double, value: Double,
        worse: Bool
    ) {
        let comparison = MeasureComparison(
            Self.measure(check, "m"), table: Self.table(population: population, within: within, noDate: noDate),
            comparators: [Self.comparator(check.rawValue, .statisticalNeighbours, "2025", value)])
        #expect(comparison.own == own)
        #expect(comparison.isWorse(comparison.comparators[0]) == worse)
    }

    @Test("a percentage under 1 without a % sign is read as written, with a warning that it may be a fraction")
    func fraction() throws {
        let result = try Self.render(Self.header + "agency rate,England,2023,0.15,DfE,\n")
        let warnings = result.diagnostics.warnings.filter { $0.file.hasSuffix("comparators.csv") }
        #expect(warnings.map(\.message) == ["the value '0.15' is read as 0.15%, under 1%"])
        #expect(!result.diagnostics.hasErrors)
    }

    @Test("a suppressed share is shown as c, with no gap and no verdict")
    func suppressed() {
        let comparison = MeasureComparison(
            Self.measure(.assessments, "m"), table: HTMLBlocks.ShareTable(html: "", share: "c"),
            comparators: [Self.comparator("assessments", .england, "2025", 80)])
        #expect(comparison.gap(comparison.comparators[0]) == nil)
        let html = HTMLBlocks.comparatorTable(comparison, council: "C", asAt: CalendarDate(daysSinceEpoch: 0))
        #expect(!html.contains("\"hint\">worse") && !html.contains("\"hint\">better"))
        #expect(html.contains(HTMLBlocks.suppressedSymbol))
    }

    /// Every comparator table of a site: the council's value and each area's value and gap.
    static func tables(_ result: BuildResult) -> [(own: String, rows: [(value: String, gap: String)])] {
        var found: [(String, [(String, String)])] = []
        for file in result.files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for part in html.components(separatedBy: "<caption id=").dropFirst()
            where part.components(separatedBy: "</caption>")[0].hasSuffix(" compares") {
                let table = part.components(separatedBy: "</table>")[0]
                let cells = table.components(separatedBy: "<tr>").dropFirst(2).map { row in
                    row.components(separatedBy: "<td").dropFirst().map {
                        $0.drop { $0 != ">" }.dropFirst().components(separatedBy: "</td>")[0]
                    }
                }
                guard let first = cells.first, first.count >= 2 else { continue }
                found.append((first[1], cells.dropFirst().map { ($0[1], $0[2]) }))
            }
        }
        return found
    }

    @Test("on every page of the sample, internal and public, each gap is the council's value as shown less the area's")
    func sampleGaps() throws {
        for audience in [Audience.internal, .public] {
            var request = BuildRequest(
                dataFolder: Support.packageRoot.appendingPathComponent("data").path,
                templatesFolder: Support.packageRoot.appendingPathComponent("site-templates").path,
                outputFolder: "unused", asAt: nil)
            request.audience = audience
            let result = SiteBuilder.render(request)
            let tables = Self.tables(result)
            #expect(tables.count >= 15, "\(audience)")
            func number(_ text: String) -> Double? {
                Double(text.replacingOccurrences(of: "%", with: "").replacingOccurrences(of: "−", with: "-"))
            }
            for table in tables {
                for row in table.rows {
                    let gapText = row.gap.components(separatedBy: "<br>")[0]
                    guard let own = number(table.own) else {
                        #expect(gapText == table.own && table.own.hasPrefix("<abbr"))
                        continue
                    }
                    let value = try #require(number(row.value))
                    let gap = gapText.isEmpty ? 0 : try #require(number(gapText))
                    #expect(abs(gap - (own - value)) < 0.05, "\(table.own) \(row)")
                }
            }
        }
    }
}
