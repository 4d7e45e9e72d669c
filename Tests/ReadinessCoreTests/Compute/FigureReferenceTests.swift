import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// docs/indicators.md's reference tables are the `FigureDefinition`s declared beside the
/// computations: set RECORD_SNAPSHOTS=1 to write them again after changing one.
@Suite("Figure reference")
struct FigureReferenceTests {
    static let doc = Support.packageRoot.appendingPathComponent("docs/indicators.md")

    @Test("docs/indicators.md's figure tables are the ones generated from the declarations")
    func tablesMatch() throws {
        try Support.expectGenerated("docs/indicators.md", rerun: "FigureReference") { FigureReference.updating($0) }
    }

    @Test("every marker in docs/indicators.md names a known table, and every table has one marker and its end")
    func markersMatchTables() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let marked = FigureReference.markers(in: text)
        let known = FigureReference.tables.map(\.id)
        for id in marked { #expect(known.contains(id), "<!-- figures: \(id) --> names no table") }
        for id in known {
            #expect(marked.filter { $0 == id }.count == 1, "table \(id) should have exactly one marker")
        }
        #expect(marked == known.filter(marked.contains), "the markers are not in the order of FigureReference.tables")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.filter { $0 == FigureReference.closeMarker }.count == marked.count)
        // Each marker is closed before the next opens.
        var open = false
        for line in lines {
            if FigureReference.markedID(line) != nil {
                #expect(!open, "a figures marker opens before the one before it is closed")
                open = true
            } else if line == FigureReference.closeMarker {
                #expect(open, "an end marker closes no table")
                open = false
            }
        }
    }

    @Test("each row has a cell for each heading, and names a figure only once")
    func rowsFitTheirTables() {
        let ids = FigureReference.tables.map(\.id)
        #expect(Set(ids).count == ids.count)
        for table in FigureReference.tables {
            #expect(!table.rows.isEmpty, "table \(table.id) has no rows")
            let names = table.rows.map(\.name)
            #expect(Set(names).count == names.count, "table \(table.id) names a figure twice")
            for row in table.rows {
                #expect(row.cells.count == table.headings.count, "\(table.id): \(row.name)")
                #expect(row.cells.allSatisfy { !$0.isEmpty && !$0.contains("\n") }, "\(table.id): \(row.name)")
            }
        }
    }

    @Test("the RAG table has every rating once, and the timeliness table every check with its own list")
    func enumeratedTables() {
        let ratings = ActionAssessment.Rating.precedence
        #expect(Set(ratings) == Set(ActionAssessment.Rating.allCases) && ratings.count == Set(ratings).count)
        #expect(ActionAssessment.Rating.figures.map(\.name) == ratings.map(\.label))
        let checks = TimelinessMeasure.Check.figures
        #expect(checks.map(\.name) == TimelinessMeasure.Check.allCases.map { "`\($0.rawValue)`" })
        #expect(checks.map { $0.details.first } == TimelinessMeasure.Check.allCases.map { String($0.list) })
    }

    /// The first rating that applies wins, in the order the table gives.
    @Test("the RAG table's order is the order the ratings are tried")
    func ratingPrecedence() {
        let asAt = IndicatorTests.date("2026-11-20")
        func rating(_ status: ActionStatus, due: String, rules: RAGRules) -> ActionAssessment.Rating {
            ActionAssessment(IndicatorTests.action(status: status, due: due), asAt: asAt, rules: rules).rating
        }
        var rules = RAGRules()
        rules.rateOnlyInProgress = true
        let past = "2026-11-01"
        let soon = "2026-11-25"
        // Overdue beats not rated; not rated beats on hold; on hold beats due soon.
        #expect(rating(.onHold, due: past, rules: rules) == .overdue)
        #expect(rating(.onHold, due: soon, rules: rules) == .notRated)
        #expect(rating(.onHold, due: soon, rules: RAGRules()) == .onHold)
        #expect(rating(.inProgress, due: soon, rules: rules) == .dueSoon)
        #expect(rating(.complete, due: past, rules: rules) == .complete)
        let order = ActionAssessment.Rating.precedence
        #expect(order.firstIndex(of: .overdue)! < order.firstIndex(of: .notRated)!)
        #expect(order.firstIndex(of: .notRated)! < order.firstIndex(of: .onHold)!)
        #expect(order.firstIndex(of: .onHold)! < order.firstIndex(of: .dueSoon)!)
        #expect(order.first == .complete && order.last == .onTrack)
    }

    @Test("every template name a figure lists is one templates can use")
    func templateNamesExist() {
        for table in FigureReference.tables {
            for row in table.rows {
                for name in row.templateNames {
                    #expect(Self.resolves(name), "\(table.id): \(row.name) lists \(name), which no template can use")
                }
            }
        }
        #expect(Self.resolves("theme.counts.overdue") && !Self.resolves("theme.counts.nothing"))
        #expect(!Self.resolves("counts.overdue.more"))
    }

    @Test("every settings key a figure lists is one settings.yaml may hold")
    func settingsKeysExist() throws {
        for table in FigureReference.tables {
            for row in table.rows {
                for key in row.settings {
                    #expect(
                        try Self.isSetting(key),
                        "\(table.id): \(row.name) lists \(key), which settings.yaml does not have")
                }
            }
        }
        #expect(try !Self.isSetting("rag.no_such_key"))
        #expect(try !Self.isSetting("timeliness.no_such_key"))
    }

    @Test("a drifted table is replaced, the text around it and unknown markers kept")
    func updating() {
        let doc = """
            before
            <!-- figures: audits -->
            | old |
            <!-- end figures -->
            between
            <!-- figures: nothing -->
            | kept |
            <!-- end figures -->
            after
            """
        let updated = FigureReference.updating(doc)
        #expect(updated.hasPrefix("before\n<!-- figures: audits -->\n| figure | definition |\n| --- | --- |\n"))
        #expect(
            updated.hasSuffix(
                "\n<!-- end figures -->\nbetween\n<!-- figures: nothing -->\n| kept |\n<!-- end figures -->\nafter"))
        #expect(!updated.contains("| old |"))
        #expect(FigureReference.updating(updated) == updated)
        #expect(FigureReference.markers(in: doc) == ["audits", "nothing"])
    }

    /// Whether a dotted template name resolves from a page's names, each part opening the next.
    static func resolves(_ dotted: String) -> Bool {
        var scope: TemplateScope? = .page
        for part in dotted.split(separator: ".") {
            guard let current = scope, let field = TemplateCatalogue.field(String(part), in: current) else {
                return false
            }
            scope = field.kind.opens
        }
        return true
    }

    /// Whether settings.yaml may hold a dotted key: a settings file setting it draws no "not a
    /// setting" error. (Its value may be wrong for the key; only the key is checked.)
    static func isSetting(_ dotted: String) throws -> Bool {
        let parts = dotted.split(separator: ".").map(String.init)
        var yaml = "council: Test\n"
        switch parts.count {
        case 1: yaml += "\(parts[0]): 1\n"
        case 2 where parts[0] == "timeliness": yaml += "timeliness:\n  - \(parts[1]): 1\n"
        case 2: yaml += "\(parts[0]):\n  \(parts[1]): 1\n"
        default: return false
        }
        var log = DiagnosticLog()
        let value = try #require(YAMLValue.parse(yaml, path: "settings.yaml", lineOffset: 0, log: &log))
        _ = SiteSettings.load(value, log: &log)
        return !log.all.contains { $0.message.contains("is not a setting Readiness knows") }
    }
}
