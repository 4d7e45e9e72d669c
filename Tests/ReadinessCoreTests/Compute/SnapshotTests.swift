import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Snapshots of the plan at each committee meeting: what changed since the last one, the plan
/// over time, and the two places a snapshot comes from (a `snapshots/YYYY-MM-DD` folder, or the
/// data folder's git history) giving the same answers.
@Suite("Snapshots and the plan over time")
struct SnapshotTests {
    static let header =
        "\u{FEFF}ID,Recommendation,Action,Owner role,Due date,Revised due dates,Status,Score,Direction of travel,Latest update,Update date,Evidence,Completed date\n"

    /// The basic fixture with no progress history: recommendations.csv gives each score now, and
    /// a snapshot of the meeting on 17 September 2026 gives the scores and the plan then.
    static func basicWithSnapshot() throws -> URL {
        let folder = try Support.copy(Support.basic)
        let data = folder.appendingPathComponent("data")
        try FileManager.default.removeItem(at: data.appendingPathComponent("progress-history.csv"))
        try """
        Reference,Inspection,Theme,Recommendation,Priority,Score,Direction of travel
        R1,ilacs-2025,help-and-protection,Improve assessments,Immediate attention,3,Improving
        R2,ilacs-2025,care-leavers,Pathway plans for every care leaver,High,3,Static
        R3,jtai-2024,jtai-neglect,Recognise neglect early,,,

        """.write(to: data.appendingPathComponent("recommendations.csv"), atomically: true, encoding: .utf8)
        // A5 was added since, already complete before the meeting: added, not completed since.
        let actions = data.appendingPathComponent("actions.csv")
        try
            (String(contentsOf: actions, encoding: .utf8)
            + "A5,R2,Leaving care offer,Head of Care Leavers,2026-08-01,,Complete,1,Improving,Done.,2026-08-01,,2026-08-01\n")
            .write(to: actions, atomically: true, encoding: .utf8)
        // AU1 is reported now, 97 days after its report was due (30 June to 5 October 2026).
        let audits = try String(contentsOf: data.appendingPathComponent("audits.csv"), encoding: .utf8)
        try audits.replacingOccurrences(of: "2026-06-30,7,\n", with: "2026-06-30,7,2026-10-05\n")
            .write(to: data.appendingPathComponent("audits.csv"), atomically: true, encoding: .utf8)
        let snapshot = data.appendingPathComponent("snapshots/2026-09-17")
        try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: true)
        try """
        Reference,Inspection,Theme,Recommendation,Priority,Score,Direction of travel
        R1,ilacs-2025,help-and-protection,Improve assessments,Immediate attention,4,Static
        R2,ilacs-2025,Care leavers,Pathway plans for every care leaver,High,3,Improving
        R3,jtai-2024,jtai-neglect,Recognise neglect early,,,

        """.write(to: snapshot.appendingPathComponent("recommendations.csv"), atomically: true, encoding: .utf8)
        // A1 was not yet due; A3 was due on 15 October; A4 was not in the plan.
        try
            (header + """
                A1,R1,Track assessments,Head of Service,2026-10-01,,In progress,3,Improving,,,,
                A2,R1,Chronology template,Principal Social Worker,01/02/2026,01/05/2026; 01/08/2026,Complete,1,Improving,Done.,15/08/2026,,2026-08-13
                A3,R2,Review pathway plans,Head of Care Leavers,2026-10-15,,Not started,,,,,,

                """).write(to: snapshot.appendingPathComponent("actions.csv"), atomically: true, encoding: .utf8)
        // F2 was raised at the meeting itself; F3 was still open.
        try """
        ID,Committee,Meeting date,Minute,Resolution,Kind,Due,Owner,Status,Theme,Completed date
        F1,scrutiny,2026-06-11,CS/1,That a report on assessments come back in 3 months,Report back,3 months,Head of Service,Open,help-and-protection,
        F3,Scrutiny Committee,2026-06-11,CS/3,That audits be brought back,Report back,2026-09-01,Head of QA,Open,care-leavers,

        """.write(to: snapshot.appendingPathComponent("follow-ups.csv"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: Support.basic.appendingPathComponent("data/audits.csv"),
            to: snapshot.appendingPathComponent("audits.csv"))
        return folder
    }

    /// Loads, validates and computes a folder's data as the pipeline does.
    static func figures(_ folder: URL, asAt: CalendarDate, git: String? = nil) throws -> (
        ReadinessData, SiteFigures, DiagnosticLog
    ) {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        var data = try #require(
            DataLoader.load(
                from: folder.appendingPathComponent("data").path, asAtOverride: asAt, git: git, log: &log,
                ledger: &ledger))
        DataValidator.validate(&data, asAt: asAt, log: &log)
        return (data, SiteFigures(data, asAt: asAt), log)
    }

    /// Each theme's changes since the last meeting, as sentences.
    static func changes(_ data: ReadinessData, _ figures: SiteFigures) -> [String: [String]] {
        var out: [String: [String]] = [:]
        for summary in figures.themes {
            out[summary.theme.id] =
                ChangesSinceMeeting(
                    summary, committee: data.committees.first, asAt: figures.asAt, history: data.history,
                    rules: data.settings.rag
                ).sentences
        }
        return out
    }

    static var asAt: CalendarDate { get throws { try d("2026-11-20") } }

    /// A date written ISO-style.
    static func d(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text).get() }

    @Test("every kind of change since the meeting, against its snapshot, worked by hand")
    func changesAgainstTheSnapshot() throws {
        let (data, figures, log) = try Self.figures(Self.basicWithSnapshot(), asAt: try Self.asAt)
        #expect(log.errors.isEmpty, "\(log.errors)")
        #expect(data.history.kind == .folder)
        #expect(data.history.snapshots.map(\.meeting) == [try Self.d("2026-09-17")])
        #expect(data.history.missing == [try Self.d("2026-06-11")])
        let changes = Self.changes(data, figures)
        #expect(
            changes["help-and-protection"] == [
                "Recommendation R1: better: 4 to 3 since the meeting on 17 September 2026.",
                "Recommendation R1: direction of travel from Static to Improving.",
                "1 action became overdue: A1 (due 1 October 2026).",
                "1 audit reported to committee: AU1 (97 days late).",
            ])
        #expect(
            changes["care-leavers"] == [
                "Recommendation R2: direction of travel from Improving to Static.",
                "2 actions added: A4, A5.",
                "1 due date moved: A3 from 15 October 2026 to 1 December 2026.",
                "1 follow-up done: F3 (9 days late).",
            ])
        #expect(changes["jtai-neglect"] == [])
        // Scores come from recommendations.csv: no warning that progress-history.csv is missing.
        #expect(!log.all.contains { $0.message.contains("progress-history") }, "\(log.all)")
    }

    @Test("with no snapshot of the meeting, the changes come from the dates in the data, and say so")
    func changesFromDates() throws {
        let folder = try Self.basicWithSnapshot()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("data/snapshots/2026-09-17"))
        let (data, figures, _) = try Self.figures(folder, asAt: try Self.asAt)
        let summary = try #require(figures.themes.first { $0.theme.id == "care-leavers" })
        let changes = ChangesSinceMeeting(
            summary, committee: data.committees.first, asAt: try Self.asAt, history: data.history)
        #expect(changes.basis == .dates)
        // Without the snapshot an added action or a moved due date cannot be seen.
        #expect(changes.added.isEmpty && changes.dueMoved.isEmpty)
        // The sample's theme page says what the changes were worked out from.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("site-templates"))
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("site-templates"),
            to: folder.appendingPathComponent("site-templates"))
        let page = try Support.render(folder, asAt: "2026-11-20")
        let html = String(
            decoding: try #require(page.files.first { $0.path == "care-leavers.html" }).bytes, as: UTF8.self)
        #expect(html.contains("the dates in the data (no snapshot of the meeting)"))
    }

    @Test("the plan over time: each meeting's snapshot assessed at the meeting, and now, worked by hand")
    func planOverTime() throws {
        let (data, figures, _) = try Self.figures(Self.basicWithSnapshot(), asAt: try Self.asAt)
        var progress: [String: RecommendationProgress] = [:]
        for theme in figures.themes { progress.merge(theme.progress) { first, _ in first } }
        let whole = PlanHistory(data, progress: progress, asAt: try Self.asAt, theme: nil)
        // At 17 September: A1 open (due 1 October), A2 complete, A3 open; R1 4, R2 3, R3 none.
        // Now: A1 overdue, A2 and A5 complete, A3 open (due 1 December), A4 on hold; R1 3, R2 3.
        #expect(
            whole.points == [
                .init(
                    meeting: try Self.d("2026-09-17"),
                    date: try Self.d("2026-09-17"), complete: 1, overdue: 0, open: 2,
                    scores: [0, 0, 1, 1, 0], unscored: 1),
                .init(
                    meeting: nil, date: try Self.asAt, complete: 2, overdue: 1, open: 2, scores: [0, 0, 2, 0, 0],
                    unscored: 1),
            ])
        let theme = PlanHistory(data, progress: progress, asAt: try Self.asAt, theme: "care-leavers")
        #expect(theme.points.map(\.actions) == [1, 3])
        #expect(theme.points.map(\.scores) == [[0, 0, 1, 0, 0], [0, 0, 1, 0, 0]])
    }

    @Test("caseloads crossing the threshold between the month before the meeting and the latest, by hand")
    func caseloadCrossings() throws {
        func row(_ month: Int, _ team: String, _ children: Int, _ fte: Double) -> CaseloadSnapshot {
            CaseloadSnapshot(
                month: CalendarMonth(year: 2026, month: month), team: team, serviceArea: "Help",
                childrenAllocated: children,
                caseHoldingFTE: fte, location: SourceLocation(file: "caseloads.csv", line: 1, column: 1))
        }
        let rows = [
            // Up: 19.0 in August (the last month before a September meeting) to 21.0 in November.
            row(8, "Up", 190, 10), row(9, "Up", 250, 10), row(11, "Up", 210, 10),
            // Down: 20.5 to exactly 20, which is not above the threshold of 20.
            row(8, "Down", 205, 10), row(11, "Down", 200, 10),
            // Level: above both times, though below in September.
            row(8, "Level", 220, 10), row(9, "Level", 150, 10), row(11, "Level", 230, 10),
            // No month before the meeting: nothing to compare with.
            row(9, "New", 100, 10), row(11, "New", 300, 10),
        ]
        let crossings = ChangesSinceMeeting.CaseloadCrossing.all(
            CaseloadSummary(rows, serviceAreas: nil), meeting: try Self.d("2026-09-17"))
        #expect(crossings.map(\.team) == ["Up", "Down"])
        #expect(crossings.map(\.before.caseload) == [19, 20.5])
        #expect(crossings.map(\.after.caseload) == [21, 20])
        #expect(crossings.allSatisfy { $0.before.month == CalendarMonth(year: 2026, month: 8) })
        // Named in an internal build only.
        let internalPage = try Support.render(Support.packageRoot)
        let publicPage = DisclosureAuditTests.publicBuild(Support.packageRoot)
        for (result, shown) in [(internalPage, true), (publicPage, false)] {
            let html = String(
                decoding: try #require(result.files.first { $0.path == "help-and-protection.html" }).bytes,
                as: UTF8.self)
            #expect(
                html.contains(
                    "Child Protection and Court&#39;s caseload went above 20 children per FTE: 19.6 in August 2026, 22.6 in November 2026."
                ) == shown)
        }
    }

    @Test("without progress-history.csv, a recommendation's scores over time come from the snapshots")
    func derivedProgress() throws {
        let (_, figures, _) = try Self.figures(Self.basicWithSnapshot(), asAt: try Self.asAt)
        let progress = try #require(figures.themes.first { $0.theme.id == "help-and-protection" }?.progress["R1"])
        #expect(progress.history.map(\.score) == [4, 3])
        #expect(progress.history.map(\.date) == [try Self.d("2026-09-17"), try Self.asAt])
        #expect(progress.changeDescription == "better: 4 to 3 since 17 September 2026")
    }

    @Test("a snapshot folder's problems are told at the folder or the cell")
    func snapshotFolderDiagnostics() throws {
        let folder = try Self.basicWithSnapshot()
        let snapshots = folder.appendingPathComponent("data/snapshots")
        try FileManager.default.createDirectory(
            at: snapshots.appendingPathComponent("17-09-2026"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: snapshots.appendingPathComponent("2026-10-01"), withIntermediateDirectories: true)
        let actions = snapshots.appendingPathComponent("2026-09-17/actions.csv")
        let text = try String(contentsOf: actions, encoding: .utf8)
        try text.replacingOccurrences(
            of: "A3,R2,Review pathway plans,Head of Care Leavers,2026-10-15",
            with: "A3,R2,Review pathway plans,Head of Care Leavers,someday"
        )
        .write(to: actions, atomically: true, encoding: .utf8)
        let (_, _, log) = try Self.figures(folder, asAt: try Self.asAt)
        let found = log.all.map {
            "\($0.severity) \($0.file.split(separator: "/").suffix(2).joined(separator: "/")):\($0.line):\($0.column)"
        }
        #expect(found.contains("warning snapshots/17-09-2026:0:0"))
        #expect(found.contains("warning snapshots/2026-10-01:0:0"))
        #expect(found.contains("error 2026-09-17/actions.csv:4:49"), "\(found)")
    }

    @Test("a link in the snapshots folder is not followed out of the data folder")
    func snapshotLinkRefused() throws {
        let folder = try Self.basicWithSnapshot()
        let outside = try Support.temporaryFolder()
        try "Reference\nR9\n".write(
            to: outside.appendingPathComponent("recommendations.csv"), atomically: true, encoding: .utf8)
        let link = folder.appendingPathComponent("data/snapshots/2026-06-11")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
        let (data, _, log) = try Self.figures(folder, asAt: try Self.asAt)
        #expect(log.hasErrors)
        #expect(data.history.snapshots.allSatisfy { $0.recommendations.allSatisfy { $0.reference != "R9" } })
    }

    @Test(
        "a snapshot lacking a plan file the data folder has, or that is not a folder, is not used (never read as empty)"
    )
    func incompleteSnapshots() throws {
        // Every way a snapshot can lack a file: empty, one file only, each plan file left out.
        var cases: [(String, (URL) throws -> Void)] = [
            (
                "empty",
                { folder in
                    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                        try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
                    }
                }
            )
        ]
        for name in ["recommendations.csv", "actions.csv", "follow-ups.csv", "audits.csv"] {
            cases.append((name, { try FileManager.default.removeItem(at: $0.appendingPathComponent(name)) }))
        }
        // A table and a workbook in its place: which the meeting was given is not known.
        cases.append(
            (
                "both",
                {
                    try "not read".write(
                        to: $0.appendingPathComponent("actions.xlsx"), atomically: true, encoding: .utf8)
                }
            ))
        for (label, change) in cases {
            let folder = try Self.basicWithSnapshot()
            try change(folder.appendingPathComponent("data/snapshots/2026-09-17"))
            let (data, figures, log) = try Self.figures(folder, asAt: try Self.asAt)
            #expect(data.history.snapshots.isEmpty, "\(label)")
            #expect(log.warnings.contains { $0.file.hasSuffix("snapshots/2026-09-17") }, "\(label)")
            // No action reads as added: the changes come from the dates.
            #expect(!Self.changes(data, figures).values.joined().contains { $0.contains("added") }, "\(label)")
        }
        // A file named like a meeting is not a snapshot.
        let folder = try Self.basicWithSnapshot()
        try "hi".write(
            to: folder.appendingPathComponent("data/snapshots/2026-06-11"), atomically: true, encoding: .utf8)
        let (data, _, log) = try Self.figures(folder, asAt: try Self.asAt)
        #expect(data.history.snapshots.map(\.meeting) == [try Self.d("2026-09-17")])
        #expect(log.warnings.contains { $0.file.hasSuffix("snapshots/2026-06-11") })
    }

    @Test(
        "a snapshot holds only plan files, none naming a person; a public manifest withholds its protected ones however read"
    )
    func snapshotFilesAreThePlan() throws {
        for name in Snapshot.files {
            let declaration = DataFiles.all.first { $0.name == name }
            #expect(declaration != nil, "\(name) is not a declared data file")
            #expect(declaration?.personalColumns.isEmpty == true, "\(name)")
            let withheld = declaration?.withheldInPublicManifest == true
            for path in [
                "data/\(name)", "data/\(name.dropLast(4)).xlsx", "data/snapshots/2026-09-17/\(name)",
                "data/snapshots/2026-09-17/\(name.dropLast(4)).xlsx", "data/\(name)@0123abcd",
            ] {
                #expect(Manifest.isWithheld(path) == withheld, "\(path)")
            }
        }
        // The public build of the sample: every snapshot audits.csv is named, never summed.
        let result = try DisclosureAuditTests.sampleBuild(.public)
        let manifest = String(
            decoding: try #require(result.files.first { $0.path == Manifest.path }).bytes, as: UTF8.self)
        let lines = manifest.split(separator: "\n").filter { $0.contains("snapshots/") && $0.contains("audits.csv") }
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.contains("withheld") })
    }
}

/// The data folder's git history as snapshots.
@Suite("Snapshots from git history")
struct GitSnapshotTests {
    static func d(_ text: String) throws -> CalendarDate { try CalendarDate.parse(text).get() }

    static var git: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/git" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs git in a folder with fixed names and the given dates.
    static func run(_ arguments: [String], in folder: URL, date: String? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(git))
        process.arguments = ["-c", "user.name=Test", "-c", "user.email=test@example.invalid"] + arguments
        process.currentDirectoryURL = folder
        var environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1"]
        if let date {
            environment["GIT_AUTHOR_DATE"] = date
            environment["GIT_COMMITTER_DATE"] = date
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "git \(arguments.joined(separator: " "))")
    }

    /// The sample as a git repository: one commit per snapshot, dated before its meeting, holding
    /// the data folder with the snapshot's files in place (and no snapshots folder), then the
    /// data now. Commit times vary: a morning, the evening before at +01:00, a night at -05:00
    /// (still the day before in its own zone), so only the committer's own day counts.
    static func sampleRepository() throws -> (repository: URL, folder: URL) {
        let repository = try Support.temporaryFolder()
        let data = repository.appendingPathComponent("data")
        try FileManager.default.copyItem(
            at: Support.packageRoot.appendingPathComponent("site-templates"),
            to: repository.appendingPathComponent("site-templates"))
        try run(["init", "-q", "-b", "main"], in: repository)
        let sample = Support.packageRoot.appendingPathComponent("data")
        let snapshots = try FileManager.default.contentsOfDirectory(
            atPath: sample.appendingPathComponent("snapshots").path
        ).sorted()
        let times = [(-2, "T09:30:00+00:00"), (-1, "T21:45:00+01:00"), (-1, "T23:30:00-05:00")]
        func layDown(_ snapshot: String?) throws {
            if FileManager.default.fileExists(atPath: data.path) { try FileManager.default.removeItem(at: data) }
            try FileManager.default.copyItem(at: sample, to: data)
            try FileManager.default.removeItem(at: data.appendingPathComponent("snapshots"))
            guard let snapshot else { return }
            let folder = sample.appendingPathComponent("snapshots/\(snapshot)")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                try FileManager.default.removeItem(at: data.appendingPathComponent(name))
                try FileManager.default.copyItem(
                    at: folder.appendingPathComponent(name), to: data.appendingPathComponent(name))
            }
        }
        for (index, snapshot) in snapshots.enumerated() {
            try layDown(snapshot)
            let meeting = try CalendarDate.parse(snapshot).get()
            let (offset, time) = times[index % 3]
            try run(["add", "-A", "data"], in: repository)
            try run(
                ["commit", "-q", "-m", "Data for the meeting on \(snapshot)"], in: repository,
                date: meeting.adding(days: offset).iso + time)
            // A commit on the meeting day itself (in its own zone, though the day before in UTC)
            // holds what the meeting decided: never its baseline.
            try FileManager.default.removeItem(at: data.appendingPathComponent("actions.csv"))
            try FileManager.default.copyItem(
                at: sample.appendingPathComponent("actions.csv"), to: data.appendingPathComponent("actions.csv"))
            try run(["add", "-A", "data"], in: repository)
            try run(["commit", "-q", "-m", "After the meeting"], in: repository, date: snapshot + "T00:30:00+01:00")
        }
        try layDown(nil)
        try run(["add", "-A", "data"], in: repository)
        try run(["commit", "-q", "-m", "The data now"], in: repository, date: "2026-11-19T12:00:00+00:00")
        return (repository, data)
    }

    /// Each theme page's "what changed" list and the plan over time, with the sentence naming
    /// the snapshot left out.
    static func comparable(_ result: BuildResult) -> [String: String] {
        var out: [String: String] = [:]
        for file in result.files where file.path.hasSuffix(".html") {
            let text = String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(
                of: #"(?i)compared with the data as it stood at the meeting \([^)]*\)"#,
                with: "compared with [snapshot]",
                options: .regularExpression)
            var kept: [String] = []
            var keeping = false
            for line in text.split(separator: "\n") {
                if line.hasPrefix("<h2") {
                    keeping = line.contains("What changed since") || line.contains("The plan over time")
                }
                if keeping { kept.append(String(line)) }
            }
            out[file.path] = kept.joined(separator: "\n")
        }
        return out
    }

    @Test(
        "the sample as a git repository gives the same changes and plan over time as its snapshot folders, at every meeting",
        .enabled(if: git != nil))
    func gitEqualsFolders() throws {
        let (repository, _) = try Self.sampleRepository()
        // The day after each meeting with a snapshot, and the sample's own as-at date.
        let asAts = ["2026-01-23", "2026-03-20", "2026-06-12", "2026-07-17", "2026-09-18", "2026-11-20"]
        for asAt in asAts {
            let date = try CalendarDate.parse(asAt).get()
            var fromFolders = BuildRequest(
                dataFolder: Support.packageRoot.appendingPathComponent("data").path,
                templatesFolder: Support.packageRoot.appendingPathComponent("site-templates").path,
                outputFolder: "unused", asAt: date)
            fromFolders.git = nil
            var fromGit = BuildRequest(
                dataFolder: repository.appendingPathComponent("data").path,
                templatesFolder: repository.appendingPathComponent("site-templates").path, outputFolder: "unused",
                asAt: date)
            fromGit.git = Self.git
            let a = SiteBuilder.render(fromFolders)
            let b = SiteBuilder.render(fromGit)
            #expect(a.diagnostics.errors.isEmpty && b.diagnostics.errors.isEmpty, "\(b.diagnostics.errors)")
            let left = Self.comparable(a)
            let right = Self.comparable(b)
            #expect(left.keys.sorted() == right.keys.sorted())
            for (path, expected) in left {
                #expect(right[path] == expected, "\(path) as at \(asAt)")
                #expect(
                    expected.contains("compared with [snapshot]") || !path.hasSuffix("leaders.html"),
                    "\(path) as at \(asAt)")
            }
            let page = String(decoding: try #require(b.files.first { $0.path == "leaders.html" }).bytes, as: UTF8.self)
            #expect(page.contains("compared with the data as it stood at the meeting (commit "), "as at \(asAt)")
        }
    }

    @Test("the real command reads git history from PATH's git, and not with --no-git-history", .enabled(if: git != nil))
    func commandReadsGit() throws {
        let (repository, _) = try Self.sampleRepository()
        let environment = ["PATH": "/usr/local/bin:/usr/bin:/bin"]
        for (flag, expected) in [
            (nil, "compared with the data as it stood at the meeting (commit "),
            ("--no-git-history", "compared with the dates in the data (no snapshot of the meeting)"),
        ] {
            let out = repository.appendingPathComponent("out-\(flag ?? "git")")
            let run = try Support.run(
                ["build", "--data", "data", "--templates", "site-templates", "--output", out.path]
                    + (flag.map { [$0] } ?? []),
                in: repository, environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            let page = try String(contentsOf: out.appendingPathComponent("leaders.html"), encoding: .utf8)
            #expect(page.contains(expected), "\(flag ?? "")")
        }
    }

    @Test("readiness snapshot keeps the plan files only, refuses to overwrite, and the next build compares with it")
    func snapshotCommand() throws {
        let folder = try Support.copy(Support.basic)
        let data = folder.appendingPathComponent("data")
        let first = try Support.run(["snapshot", "--data", data.path, "--meeting", "17/09/2026"])
        #expect(first.status == 0, "\(first.stderr)")
        let kept = data.appendingPathComponent("snapshots/2026-09-17")
        let names = try FileManager.default.contentsOfDirectory(atPath: kept.path).sorted()
        #expect(
            names == ["actions.csv", "audits.csv", "follow-ups.csv", "progress-history.csv", "recommendations.csv"])
        for name in names {
            #expect(
                FileManager.default.contents(atPath: kept.appendingPathComponent(name).path)
                    == FileManager.default.contents(atPath: data.appendingPathComponent(name).path))
        }
        let again = try Support.run(["snapshot", "--data", data.path, "--meeting", "2026-09-17"])
        #expect(again.status == 1 && again.stderr.contains("--replace"))
        try "changed".write(to: kept.appendingPathComponent("actions.csv"), atomically: true, encoding: .utf8)
        let replaced = try Support.run(["snapshot", "--data", data.path, "--meeting", "2026-09-17", "--replace"])
        #expect(replaced.status == 0)
        #expect(
            FileManager.default.contents(atPath: kept.appendingPathComponent("actions.csv").path)
                == FileManager.default.contents(atPath: data.appendingPathComponent("actions.csv").path))
        let bad = try Support.run(["snapshot", "--data", data.path, "--meeting", "31/02/2026"])
        #expect(bad.status == 2)
        let notAMeeting = try Support.run(["snapshot", "--data", data.path, "--meeting", "2026-09-18"])
        #expect(notAMeeting.status == 1 && notAMeeting.stderr.contains("committees.yaml has no meeting"))
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("snapshots/2026-09-18").path))
        let (history, _, log) = try SnapshotTests.figures(folder, asAt: Self.d("2026-11-20"))
        #expect(!log.hasErrors)
        #expect(history.history.snapshots.map(\.meeting) == [try Self.d("2026-09-17")])
    }

    /// A repository of the sample's data now (no snapshots folder), one commit a day before
    /// the meeting on 17 September 2026 holding that snapshot's files, changed by `change`.
    static func oneMeetingRepository(_ change: (URL) throws -> Void = { _ in }) throws -> URL {
        let repository = try Support.temporaryFolder()
        let data = repository.appendingPathComponent("data")
        try Self.run(["init", "-q", "-b", "main"], in: repository)
        let sample = Support.packageRoot.appendingPathComponent("data")
        try FileManager.default.copyItem(at: sample, to: data)
        try FileManager.default.removeItem(at: data.appendingPathComponent("snapshots"))
        for name in Snapshot.files {
            try FileManager.default.removeItem(at: data.appendingPathComponent(name))
            try FileManager.default.copyItem(
                at: sample.appendingPathComponent("snapshots/2026-09-17/\(name)"), to: data.appendingPathComponent(name)
            )
        }
        try change(data)
        try Self.run(["add", "-A", "data"], in: repository)
        try Self.run(["commit", "-q", "-m", "before"], in: repository, date: "2026-09-16T12:00:00+01:00")
        for name in Snapshot.files {
            try? FileManager.default.removeItem(at: data.appendingPathComponent(name))
            try FileManager.default.copyItem(
                at: sample.appendingPathComponent(name), to: data.appendingPathComponent(name))
        }
        try Self.run(["add", "-A", "data"], in: repository)
        try Self.run(["commit", "-q", "-m", "now"], in: repository, date: "2026-11-19T12:00:00+00:00")
        return data
    }

    static func history(_ data: URL) throws -> (SnapshotHistory, DiagnosticLog) {
        var log = DiagnosticLog()
        var ledger = InputLedger()
        let loaded = try #require(
            DataLoader.load(
                from: data.path, asAtOverride: try d("2026-11-20"), git: git, log: &log, ledger: &ledger))
        return (loaded.history, log)
    }

    @Test("a commit lacking a plan file, or holding one that cannot be read, is not used", .enabled(if: git != nil))
    func incompleteCommits() throws {
        let changes: [(String, (URL) throws -> Void)] = [
            ("no follow-ups", { try FileManager.default.removeItem(at: $0.appendingPathComponent("follow-ups.csv")) }),
            (
                "a link",
                { data in
                    try FileManager.default.removeItem(at: data.appendingPathComponent("audits.csv"))
                    try FileManager.default.createSymbolicLink(
                        at: data.appendingPathComponent("audits.csv"),
                        withDestinationURL: URL(fileURLWithPath: "/etc/hostname"))
                }
            ),
            (
                "a broken row",
                { data in
                    let url = data.appendingPathComponent("actions.csv")
                    try
                        (String(contentsOf: url, encoding: .utf8)
                        + "A99,R1,Broken,Owner,not a date,,In progress,,,,,,\r\n")
                        .write(to: url, atomically: true, encoding: .utf8)
                }
            ),
        ]
        let (whole, _) = try Self.history(try Self.oneMeetingRepository())
        #expect(whole.snapshots.map(\.meeting) == [try Self.d("2026-09-16").adding(days: 1)])
        for (label, change) in changes {
            let (history, log) = try Self.history(try Self.oneMeetingRepository(change))
            #expect(history.snapshots.isEmpty, "\(label)")
            #expect(history.missing.contains(try Self.d("2026-09-17")), "\(label)")
            #expect(log.warnings.contains { $0.message.contains("2026") || $0.message.contains("commit") }, "\(label)")
        }
    }

    @Test(
        "no setting of the data's repository runs a program; a .git file pointing elsewhere and a shallow clone are not read",
        .enabled(if: git != nil))
    func hostileRepositories() throws {
        let data = try Self.oneMeetingRepository()
        let repository = data.deletingLastPathComponent()
        let marker = repository.appendingPathComponent("RAN")
        let script = repository.appendingPathComponent("evil.sh")
        try "#!/bin/sh\ntouch \(marker.path)\ncat >/dev/null\nexit 0\n".write(
            to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        // A commit carrying a signature, and every setting known to run a program.
        for setting in [
            "log.showSignature=true", "gpg.program=\(script.path)", "gpg.format=openpgp", "core.pager=\(script.path)",
            "core.fsmonitor=\(script.path)", "diff.external=\(script.path)", "core.hooksPath=\(repository.path)",
            "alias.log=!\(script.path)", "alias.rev-list=!\(script.path)", "core.sshCommand=\(script.path)",
        ] {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            try Self.run(["config", parts[0], parts[1]], in: repository)
        }
        let signed = try Self.output(["cat-file", "commit", "HEAD"], in: repository)
            .replacingOccurrences(
                of: "\n\n", with: "\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n -----END PGP SIGNATURE-----\n\n")
        let file = repository.appendingPathComponent("signed.txt")
        try signed.write(to: file, atomically: true, encoding: .utf8)
        let id = try Self.output(["hash-object", "-t", "commit", "-w", file.path], in: repository)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try Self.run(["update-ref", "refs/heads/main", id], in: repository)
        let (history, _) = try Self.history(data)
        #expect(history.snapshots.count == 1)
        #expect(!FileManager.default.fileExists(atPath: marker.path), "a setting of the repository ran a program")

        // A .git file naming a repository outside the data folder's tree.
        let outside = try Support.temporaryFolder()
        try "some".write(to: outside.appendingPathComponent("x"), atomically: true, encoding: .utf8)
        let plain = try Support.copy(Support.basic).appendingPathComponent("data")
        try "gitdir: \(repository.path)/.git\n".write(
            to: plain.appendingPathComponent(".git"), atomically: true, encoding: .utf8)
        let (elsewhere, log) = try Self.history(plain)
        #expect(elsewhere.snapshots.isEmpty && elsewhere.kind == .none)
        #expect(log.warnings.contains { $0.message.contains(".git file") })

        // A shallow clone has no commit before the meeting: said, with what to do.
        let clone = try Support.temporaryFolder().appendingPathComponent("clone")
        try Self.run(["clone", "-q", "--depth", "1", "file://" + repository.path, clone.path], in: repository)
        let (shallow, shallowLog) = try Self.history(clone.appendingPathComponent("data"))
        #expect(shallow.snapshots.isEmpty)
        #expect(shallowLog.warnings.contains { $0.message.contains("fetch-depth: 0") })
    }

    /// What git prints.
    static func output(_ arguments: [String], in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(git))
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path, "GIT_CONFIG_NOSYSTEM": "1"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(
        "git history: the last commit before the meeting day, links refused, a folder outside any repository reads none",
        .enabled(if: git != nil))
    func gitRules() throws {
        let repository = try Support.temporaryFolder()
        try Self.run(["init", "-q", "-b", "main"], in: repository)
        let file = repository.appendingPathComponent("actions.csv")
        try "one".write(to: file, atomically: true, encoding: .utf8)
        try Self.run(["add", "-A"], in: repository)
        try Self.run(["commit", "-q", "-m", "one"], in: repository, date: "2026-09-16T23:59:00+01:00")
        try "two".write(to: file, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            at: repository.appendingPathComponent("audits.csv"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd")
        )
        try Self.run(["add", "-A"], in: repository)
        try Self.run(["commit", "-q", "-m", "two"], in: repository, date: "2026-09-17T00:01:00+01:00")
        let (opened, problem) = GitHistory.open(git: try #require(Self.git), folder: repository.path)
        let history = try #require(opened)
        #expect(problem == nil)
        let meeting = try Self.d("2026-09-17")
        let commit = try #require(history.commit(before: meeting))
        #expect(try commit.date == Self.d("2026-09-16"))
        guard case .bytes(let bytes) = history.files(at: commit, named: ["actions.csv"])["actions.csv"] else {
            Issue.record("actions.csv not read")
            return
        }
        #expect(String(decoding: bytes, as: UTF8.self) == "one")
        let later = try #require(history.commit(before: meeting.adding(days: 1)))
        guard case .refused = history.files(at: later, named: ["audits.csv"])["audits.csv"] else {
            Issue.record("a link in the history was read")
            return
        }
        #expect(history.commit(before: try Self.d("2026-09-16")) == nil)
        // A commit dated before the meeting but made on top of a later one: the later one was in
        // force from its day, so the baseline is the one before it.
        try "three".write(to: file, atomically: true, encoding: .utf8)
        try Self.run(["add", "-A"], in: repository)
        try Self.run(["commit", "-q", "-m", "three"], in: repository, date: "2026-09-10T10:00:00+01:00")
        let (reopened, _) = GitHistory.open(git: try #require(Self.git), folder: repository.path)
        #expect(try #require(reopened).commit(before: meeting)?.id == commit.id)
        let outside = try Support.temporaryFolder()
        #expect(GitHistory.open(git: try #require(Self.git), folder: outside.path).0 == nil)
    }
}
