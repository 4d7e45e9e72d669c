import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// `columns:` in settings.yaml: the council's own headings for Readiness's columns, and columns
/// passed over quietly, in every data file.
@Suite("Column mapping")
struct ColumnMappingTests {
    /// Reads `columns:` from a settings.yaml holding `yaml` after the council's name.
    static func settings(_ yaml: String) throws -> (SiteSettings?, DiagnosticLog) {
        var log = DiagnosticLog()
        let value = try #require(
            YAMLValue.parse(Support.source("council: C\n" + yaml, path: "data/settings.yaml"), log: &log))
        return (SiteSettings.load(value, log: &log), log)
    }

    @Test("a file's columns under the council's headings, and its ignored headings, are read with their lines")
    func readsMapping() throws {
        let (settings, log) = try Self.settings(
            "columns:\n  actions:\n    ID: Ref No.\n    owner role: Lead Officer\n    ignore: [RAG, \"% Complete\"]\n  annex-a/list-8:\n    Allocated Team: Team Name\n"
        )
        #expect(log.all.map(\.description) == [])
        let actions = try #require(settings?.columns["actions.csv"])
        #expect(actions.renamed.map(\.column) == ["ID", "Owner"])
        #expect(actions.heading(for: "Owner")?.text == "Lead Officer")
        #expect(
            actions.heading(for: "Owner")?.location
                == ReadinessModel.SourceLocation(file: "data/settings.yaml", line: 5, column: 17))
        #expect(actions.ignored.map(\.text) == ["RAG", "% Complete"])
        #expect(settings?.columns["annex-a/list-8.csv"]?.heading(for: "Allocated Team")?.text == "Team Name")
    }

    /// Each: the lines under `columns:`, and the diagnostic expected at its line in settings.yaml.
    static let settingsErrors: [(String, String, String)] = [
        (
            "a file Readiness does not read", "  action:\n    ID: Ref\n",
            "data/settings.yaml:3:3: error: 'action' is not a data file Readiness reads; name the file without .csv; the files are: "
                + DataFiles.all.map(ColumnMappingReader.shortName).joined(separator: ", ")
        ),
        (
            "a column the file does not have", "  actions:\n    Leader: Lead Officer\n",
            "data/settings.yaml:4:5: error: 'Leader' is not a column of actions.csv; write Readiness's column on the left and your heading on the right; the columns are: "
                + ActionsFile.declaration.columns.map(\.name).joined(separator: ", ")
                + ", and 'ignore' for your own columns"
        ),
        (
            "one heading for two columns", "  actions:\n    Owner role: Lead Officer\n    Action: lead officer\n",
            "data/settings.yaml:5:13: error: heading 'lead officer' is given for both 'Owner' and 'Action' of actions.csv; a column of your file is one of Readiness's columns; give each its own heading"
        ),
        (
            "a heading both read and ignored",
            "  actions:\n    Owner role: Lead Officer\n    ignore: [RAG, Lead officer]\n",
            "data/settings.yaml:5:19: error: heading 'Lead officer' is both ignored and given for 'Owner' of actions.csv; take it out of 'ignore' to read it as 'Owner', or take out the line for 'Owner' to pass over it"
        ),
        (
            "one column given twice", "  actions:\n    Owner role: Lead Officer\n    owner_role: Officer\n",
            "data/settings.yaml:5:5: error: 'Owner' of actions.csv is given twice; keep one line for it"
        ),
        (
            "one file given twice", "  actions:\n    ID: Ref\n  actions.csv:\n    Action: What\n",
            "data/settings.yaml:5:3: error: the columns of actions.csv are given twice; put all of the file's columns under one 'actions:'"
        ),
        (
            "a column with no heading", "  actions:\n    ID:\n",
            "data/settings.yaml:4:8: error: 'ID' should be followed by the heading of that column in your file; for example 'ID: Lead Officer'"
        ),
        (
            "a file given as one line", "  actions: Ref\n",
            "data/settings.yaml:3:12: error: 'actions' under 'columns' should be lines of 'Readiness column: the heading in your file'; "
                + ColumnMappingReader.example
        ),
    ]

    @Test("what settings.yaml alone shows is wrong is an error at its line", arguments: settingsErrors)
    func settingsError(_ name: String, _ lines: String, _ expected: String) throws {
        let (_, log) = try Self.settings("columns:\n" + lines)
        #expect(log.all.map(\.description) == [expected], "\(name)")
    }

    static let columns = [
        DataColumn("Due date", kind: .date()), DataColumn("Owner"), DataColumn("Notes", required: false),
    ]

    /// A mapping for `t.csv`, each heading written on its own line of settings.yaml from line 10.
    static func mapping(_ renamed: [(String, String)], ignored: [String] = []) -> ColumnMapping {
        var line = 10
        func next() -> ReadinessModel.SourceLocation {
            line += 1
            return ReadinessModel.SourceLocation(file: "data/settings.yaml", line: line, column: 12)
        }
        return ColumnMapping(
            file: "t.csv", renamed: renamed.map { .init(column: $0.0, heading: .init($0.1, at: next())) },
            ignored: ignored.map { .init($0, at: next()) })
    }

    static func read(_ csv: String, _ mapping: ColumnMapping) -> (CSVTable?, DiagnosticLog) {
        var log = DiagnosticLog()
        let table = CSVTable.read(
            Support.source(csv, path: "data/t.csv"), columns: columns,
            matcher: HeadingMatcher(file: "t.csv", columns: columns, mapping: mapping), log: &log, quoteValues: true)
        return (table, log)
    }

    @Test("mapped headings are read loosely as their columns; ignored ones draw no warning; others still do")
    func mappedHeadings() throws {
        let mapping = Self.mapping([("Due date", "Target Date"), ("Owner", "Lead Officer")], ignored: ["RAG"])
        let (table, log) = Self.read("target date,LEAD OFFICER,rag,Colour\n2026-01-01,Head,Red,Blue\n", mapping)
        let row = try #require(table?.rows.first.map { table?.reader(for: $0) } ?? nil)
        #expect(row.text("Due date") == "2026-01-01")
        #expect(row.text("Owner") == "Head")
        #expect(
            log.all.map(\.description) == [
                "data/t.csv:1:30: warning: column 'Colour' is not one Readiness reads, so it is ignored; check the spelling; if it is one of Readiness's columns under your own heading, say which in settings.yaml, e.g. columns: {t: {Due date: Colour}}; if not, pass over it with columns: {t: {ignore: [Colour]}}; the columns are: Due date, Owner, Notes"
            ])
    }

    @Test("the hint's YAML quotes a heading that would not read back as written")
    func hintQuotes() {
        #expect(HeadingMatcher.yamlScalar("% Complete") == "\"% Complete\"")
        #expect(HeadingMatcher.yamlScalar("Ref No.") == "Ref No.")
        #expect(HeadingMatcher.yamlScalar("Yes") == "\"Yes\"")
        #expect(HeadingMatcher.yamlScalar("Say \"hi\": now") == "\"Say \\\"hi\\\": now\"")
    }

    @Test("a mapped heading not in the file is an error at its line in settings.yaml, naming the file's headings")
    func unfoundHeading() {
        let mapping = Self.mapping([("Owner", "Lead Oficer"), ("Notes", "Comments")])
        let (table, log) = Self.read("Due date,Lead Officer,Comment\n2026-01-01,Head,x\n", mapping)
        #expect(table == nil)
        #expect(
            log.errors.map(\.description) == [
                "data/settings.yaml:11:12: error: data/t.csv has no column headed 'Lead Oficer' (given here for 'Owner'); write the heading as it is in the file; its headings are: 'Due date', 'Lead Officer', 'Comment'",
                "data/settings.yaml:12:12: error: data/t.csv has no column headed 'Comments' (given here for 'Notes'); write the heading as it is in the file; its headings are: 'Due date', 'Lead Officer', 'Comment'",
            ])
    }

    @Test("a column present under its own name as well as the mapped heading is an error at the mapping")
    func displacedColumn() throws {
        let mapping = Self.mapping([("Owner", "Lead Officer")])
        let (table, log) = Self.read("Due date,Lead Officer,Owner\n2026-01-01,Head,Other\n", mapping)
        #expect(
            log.all.map(\.description) == [
                "data/settings.yaml:11:12: error: data/t.csv has a column headed 'Owner' as well as 'Lead Officer', which this line says holds 'Owner'; to read 'Lead Officer', add 'Owner' to 'ignore' under 't:'; to read 'Owner', take this line out"
            ])
        #expect(try #require(table).reader(for: try #require(table?.rows.first)).text("Owner") == "Head")
        // Ignoring the column's own name settles it.
        let (_, settled) = Self.read(
            "Due date,Lead Officer,Owner\n2026-01-01,Head,Other\n",
            Self.mapping([("Owner", "Lead Officer")], ignored: ["Owner"]))
        #expect(settled.all.map(\.description) == [])
    }

    @Test("a mapped heading not in the file, beside the column's own heading, is the one error: not also 'as well as'")
    func displacedButUnfound() {
        let (table, log) = Self.read("Due date,Owner\n2026-01-01,Head\n", Self.mapping([("Owner", "Lead Officer")]))
        #expect(table == nil)
        #expect(
            log.all.map(\.description) == [
                "data/settings.yaml:11:12: error: data/t.csv has no column headed 'Lead Officer' (given here for 'Owner'); write the heading as it is in the file; its headings are: 'Due date', 'Owner'"
            ])
    }

    @Test("two columns may swap headings")
    func swappedHeadings() throws {
        let mapping = Self.mapping([("Owner", "Notes"), ("Notes", "Owner")])
        let (table, log) = Self.read("Due date,Owner,Notes\n2026-01-01,n,o\n", mapping)
        #expect(log.all.map(\.description) == [])
        let row = try #require(table).reader(for: try #require(table?.rows.first))
        #expect(row.text("Owner") == "o")
        #expect(row.text("Notes") == "n")
    }

    @Test("a child-level list is read under the council's headings; a wrong one is an error at settings.yaml")
    func childLevelList() throws {
        let folder = try Support.temporaryFolder()
        let annex = folder.appendingPathComponent("annex-a")
        try FileManager.default.createDirectory(at: annex, withIntermediateDirectories: true)
        let csv =
            "Child Unique ID,Start,Seen,Team Name\nC1,2026-01-01,2026-11-10,North\nC2,2026-01-01,2026-09-01,North\n"
        try csv.write(to: annex.appendingPathComponent("list-6.csv"), atomically: false, encoding: .utf8)
        let measure = TimelinessMeasure(
            check: .cinVisits, name: "m", standard: try #require(Interval.parse("4 weeks")), standardUnderFive: nil,
            theme: nil, location: ReadinessModel.SourceLocation(file: "s", line: 1, column: 1))
        func run(_ team: String) -> ([TimelinessResult], DiagnosticLog) {
            var log = DiagnosticLog()
            var ledger = InputLedger()
            var mapping = Self.mapping([
                ("Allocated Team", team), ("CIN Start Date", "Start"), ("Date Child Was Last Seen", "Seen"),
            ])
            mapping.file = "annex-a/list-6.csv"
            let results = ChildLevelLoader.load(
                measures: [measure], folder: folder.path, asAt: WorkingDayTests.date("2026-11-20"),
                calendar: WorkingDayTests.shipped, mappings: ["annex-a/list-6.csv": mapping], log: &log,
                ledger: &ledger)
            return (results, log)
        }
        let (results, log) = run("team name")
        #expect(log.all.map(\.description) == [])
        #expect(results.first?.total == TimelinessResult.Counts(population: 2, within: 1, noDate: 0, openOverdue: 0))
        let (_, wrong) = run("Team")
        #expect(
            wrong.all.map(\.description) == [
                "data/settings.yaml:11:12: error: \(annex.path)/list-6.csv has no column headed 'Team' (given here for 'Allocated Team'); write the heading as it is in the file; its headings are: 'Child Unique ID', 'Start', 'Seen', and 1 more not repeated here because this file names people"
            ])
    }

    /// The class: every declared table of the basic fixture, its every heading replaced by the
    /// council's own and mapped, and an extra column ignored, builds the same site with the same
    /// diagnostics as the fixture as it is.
    @Test("every declared table reads under mapped headings exactly as under its own", arguments: DataFiles.tables)
    func everyTable(_ file: DataFileDeclaration) throws {
        let baseline = try Support.render(Support.basic)
        let folder = try Support.copy(Support.basic)
        let url = folder.appendingPathComponent("data").appendingPathComponent(file.name)
        var log = DiagnosticLog()
        let records = CSVReader.records(
            in: SourceText(path: url.path, bytes: Array(try Data(contentsOf: url))), log: &log)
        let header = try #require(records.first)
        // Every cell quoted, so the rows are written back whatever they hold, and one more column.
        func quoted(_ cell: String) -> String { "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var lines: [String] = []
        var renamed: [String] = []
        for cell in header.cells {
            let column = try #require(file.columns.first { $0.matches(heading: cell.text) }, "\(cell.text)")
            lines.append("    \(column.name): Council \(cell.text)")
            renamed.append(quoted("Council \(cell.text)"))
        }
        let rows = records.dropFirst().map { $0.cells.map { quoted($0.text) }.joined(separator: ",") + ",x" }
        try ([renamed.joined(separator: ",") + ",RAG"] + rows).joined(separator: "\n").write(
            to: url, atomically: false, encoding: .utf8)
        let settings = folder.appendingPathComponent("data/settings.yaml")
        let yaml = try String(contentsOf: settings, encoding: .utf8)
        try
            (yaml + "columns:\n  \(ColumnMappingReader.shortName(file)):\n" + lines.joined(separator: "\n")
            + "\n    ignore: [RAG]\n").write(to: settings, atomically: false, encoding: .utf8)
        let mapped = try Support.render(folder)
        func shown(_ result: BuildResult, _ root: URL) -> [String] {
            // Quoting every cell moves cells along their line; the line and message are kept.
            result.diagnostics.sorted.map {
                "\($0.file.replacingOccurrences(of: root.path, with: "")):\($0.line): \($0.message)"
            }
        }
        #expect(shown(mapped, folder) == shown(baseline, Support.basic), "\(file.name)")
        #expect(mapped.files.map(\.path) == baseline.files.map(\.path), "\(file.name)")
        for (a, b) in zip(mapped.files, baseline.files) where a.path.hasSuffix(".html") {
            #expect(a == b, "\(file.name): \(a.path)")
        }
    }
}
