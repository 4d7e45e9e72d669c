import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The public build as a whole: random data sets with small counts, each built for the public
/// audience, then attacked two ways that share no code with the library's protection: an
/// independent linear-programming audit over the build's ledger, and the arithmetic a reader
/// would do on the pages themselves (chart against table, page against page, caseload × FTE).
@Suite("Disclosure audit of whole builds")
struct DisclosureAuditTests {
    /// Four grades adding up to `total`, small counts likely.
    static func grades(_ total: Int, _ rng: inout SeededRandom) -> [Int] {
        var left = total
        var out: [Int] = []
        for _ in 0..<3 {
            let take = Int.random(in: 0...left, using: &rng)
            out.append(take)
            left -= take
        }
        out.append(left)
        return out.shuffled(using: &rng)
    }

    /// The basic fixture with random audits and caseloads, and the public rules given.
    static func dataSet(seed: Int, rules: String) throws -> URL {
        var rng = SeededRandom(state: UInt64(seed) &* 7919 &+ 17)
        let folder = try Support.copy(Support.basic)
        let data = folder.appendingPathComponent("data")
        var audits =
            "ID,Theme,Audit type,Period,Cases audited,Audited outstanding,Audited good,Audited requires improvement,"
            + "Audited inadequate,Moderated outstanding,Moderated good,Moderated requires improvement,"
            + "Moderated inadequate,Key learning,Report due,Moderation agreed,Reported\n"
        let themes = ["help-and-protection", "care-leavers", "jtai-neglect"]
        for number in 1...Int.random(in: 2...6, using: &rng) {
            let cases = Int.random(in: 3...24, using: &rng)
            let before = grades(cases, &rng)
            let moderated = Bool.random(using: &rng)
            let after = moderated ? grades(cases, &rng).map(String.init) : ["", "", "", ""]
            let agreed = moderated ? String(Int.random(in: 0...cases, using: &rng)) : ""
            audits +=
                "AU\(number),\(themes.randomElement(using: &rng)!),Thematic,Q1 2026,\(cases),"
                + before.map(String.init).joined(separator: ",") + "," + after.joined(separator: ",")
                + ",,2026-06-30,\(agreed),\n"
        }
        try audits.write(to: data.appendingPathComponent("audits.csv"), atomically: true, encoding: .utf8)
        var caseloads =
            "Month,Team,Service area,Children allocated,Case-holding FTE,In-post FTE,Agency FTE,Vacancy FTE,Leavers FTE\n"
        let areas = ["Help and protection", "Children in care"]
        let teams = (1...Int.random(in: 2...6, using: &rng)).map { ("Team \($0)", areas.randomElement(using: &rng)!) }
        for month in ["2026-08", "2026-09", "2026-10"] {
            for (team, area) in teams {
                let children =
                    Bool.random(using: &rng)
                    ? Int.random(in: 0...6, using: &rng) : Int.random(in: 5...60, using: &rng)
                let fte = Double(Int.random(in: 2...12, using: &rng)) / 2
                caseloads += "\(month),\(team),\(area),\(children),\(fte),\(fte),0,0,0\n"
            }
        }
        try caseloads.write(to: data.appendingPathComponent("caseloads.csv"), atomically: true, encoding: .utf8)
        // Supervisions for the same teams: the basic fixture's help-and-protection page shows them.
        var supervisions = "Worker,Team,Supervision date\n"
        for (index, (team, _)) in teams.enumerated() {
            for worker in 0..<Int.random(in: 1...14, using: &rng) {
                let day = Int.random(in: 0...90, using: &rng)
                let date =
                    Bool.random(using: &rng)
                    ? CalendarDate(year: 2026, month: 11, day: 20)!.adding(days: -day).description : ""
                supervisions += "SENTINEL-\(index)-\(worker),\(team),\(date)\n"
            }
        }
        try supervisions.write(to: data.appendingPathComponent("supervisions.csv"), atomically: true, encoding: .utf8)
        // Assessments completed month by month, a few a month, some before the 12 months shown,
        // with the trend on the theme page: each month's counts are cells a reader can add up.
        var assessments =
            "Child Unique ID,Assessment Start Date,Assessment Authorised Date,Allocated Team\n"
        let asAt = CalendarDate(year: 2026, month: 11, day: 20)!
        // Half the sets have none before the 12 months, as most exports: the months then add up to
        // the total.
        let span = Bool.random(using: &rng) ? 320 : 420
        // Many a month, on time, and then late ones: 5 to 12 in one month and 1 to 4 in another,
        // so the total and one month's late counts are shown and one month's is small: the case
        // where the months' sums pin it.
        let teamNames = teams.map(\.0)
        func add(_ child: String, daysBack: Int, late: Bool) {
            let done = asAt.adding(days: -daysBack)
            let start = done.adding(days: -(late ? 75 : Int.random(in: 5...60, using: &rng)))
            assessments += "\(child),\(start),\(done),\(teamNames.randomElement(using: &rng)!)\n"
        }
        for child in 0..<Int.random(in: 120...360, using: &rng) {
            add("C\(child)", daysBack: Int.random(in: 0...span, using: &rng), late: false)
        }
        let badMonth = Int.random(in: 0...9, using: &rng) * 30
        for child in 0..<Int.random(in: 5...12, using: &rng) { add("B\(child)", daysBack: badMonth + 3, late: true) }
        let smallMonth = badMonth + 60
        for child in 0..<Int.random(in: 1...4, using: &rng) { add("S\(child)", daysBack: smallMonth + 3, late: true) }
        try assessments.write(
            to: data.appendingPathComponent("annex-a/list-4.csv"), atomically: true, encoding: .utf8)
        let theme = folder.appendingPathComponent("site-templates/pages/theme.md")
        try String(contentsOf: theme, encoding: .utf8).replacingOccurrences(
            of: "{{#theme.timeliness}}\n{{table}}\n", with: "{{#theme.timeliness}}\n{{table}}\n\n{{trend}}\n"
        )
        .write(to: theme, atomically: true, encoding: .utf8)
        let settings = data.appendingPathComponent("settings.yaml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        if let range = text.range(of: "\npublic:") {
            text = String(text[..<range.lowerBound]) + "\n"
        }
        try (text + rules).write(to: settings, atomically: true, encoding: .utf8)
        return folder
    }

    /// Adds lines (a `public:` block) to the end of a data folder's settings.yaml.
    static func appendSettings(_ data: URL, _ lines: String) throws {
        let settings = data.appendingPathComponent("settings.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try (text + lines).write(to: settings, atomically: true, encoding: .utf8)
    }

    static func publicBuild(_ folder: URL) -> BuildResult {
        var request = BuildRequest(
            dataFolder: folder.appendingPathComponent("data").path,
            templatesFolder: folder.appendingPathComponent("site-templates").path, outputFolder: "unused",
            asAt: CalendarDate(year: 2026, month: 11, day: 20))
        request.audience = .public
        return SiteBuilder.render(request)
    }

    static let rules = [
        "public:\n  suppress_below: 5\n  team_minimum: 0\n",
        "public:\n  suppress_below: 5\n  team_minimum: 10\n  small_teams: merge\n",
        "public:\n  suppress_below: 5\n  team_minimum: 10\n  small_teams: hide\n",
        "public:\n  suppress_below: 10\n  team_minimum: 0\n",
    ]

    @Test("random public builds: no protected count can be worked out by an independent solver", arguments: 0..<24)
    func independentSolver(_ seed: Int) throws {
        let rules = Self.rules[seed % Self.rules.count]
        let threshold = rules.contains("suppress_below: 10") ? 10 : 5
        let result = Self.publicBuild(try Self.dataSet(seed: seed, rules: rules))
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map { "\($0)" })")
        let disclosure = try #require(result.disclosure)
        let exposed = ReferenceAudit.exposed(
            disclosure.ledger, suppressed: disclosure.suppressed, threshold: threshold)
        #expect(
            exposed.isEmpty, "seed \(seed): \(exposed.map { (disclosure.ledger.places[$0.0] ?? "hidden", $0.1, $0.2) })"
        )
        // The data sets must hold small counts, or the test proves nothing.
        #expect(!disclosure.suppressed.isEmpty)
        let pages = result.files.filter { $0.path.hasSuffix(".html") }.map { String(decoding: $0.bytes, as: UTF8.self) }
        for page in pages { #expect(PageAttack.findings(page).isEmpty, "seed \(seed): \(PageAttack.findings(page))") }
        let minimum = rules.contains("team_minimum: 10") ? 10 : 0
        for page in pages {
            let merged = PageAttack.mergedRows(page, minimum: minimum, threshold: threshold)
            #expect(merged.isEmpty, "seed \(seed): \(merged)")
        }
        #expect(PageAttack.crossPage(pages).isEmpty, "seed \(seed): \(PageAttack.crossPage(pages))")
    }

    @Test("rounded public builds: caseload per FTE × FTE gives back no more than the rounded count", arguments: 0..<6)
    func roundingHolds(_ seed: Int) throws {
        let result = Self.publicBuild(
            try Self.dataSet(seed: seed, rules: "public:\n  suppress_below: 0\n  round_to: 5\n  team_minimum: 0\n"))
        #expect(!result.diagnostics.hasErrors)
        var rows = 0
        for file in result.files where file.path.hasSuffix(".html") {
            let page = String(decoding: file.bytes, as: UTF8.self)
            rows += PageAttack.caseloadRows(page).count
            #expect(PageAttack.roundingUndone(page, base: 5).isEmpty, "\(PageAttack.roundingUndone(page, base: 5))")
        }
        #expect(rows > 0)
    }

    @Test("the rounding attack finds the leak rounded builds had before: caseload per FTE × FTE")
    func roundingAttackFindsOldLeak() throws {
        // The basic fixture with 203 children in Assessment, round_to 5, as 0.1 (1af20ed) built it:
        // 205 children shown, but 20.3 per FTE × 10 FTE gives back 203.
        let page = try String(
            contentsOf: Support.fixtures.appendingPathComponent("leaks/rounding-before-issue-11/index.html"),
            encoding: .utf8)
        #expect(!PageAttack.roundingUndone(page, base: 5).isEmpty)
    }

    @Test("the shipped sample's public build passes both attacks, on every page and in the pack")
    func sample() throws {
        let result = Self.publicBuild(Support.packageRoot)
        #expect(!result.diagnostics.hasErrors)
        let disclosure = try #require(result.disclosure)
        #expect(ReferenceAudit.exposed(disclosure.ledger, suppressed: disclosure.suppressed, threshold: 5).isEmpty)
        let pages = result.files.filter { $0.path.hasSuffix(".html") }.map { String(decoding: $0.bytes, as: UTF8.self) }
        for page in pages { #expect(PageAttack.findings(page).isEmpty) }
        #expect(PageAttack.crossPage(pages).isEmpty)
    }

    /// The sample built for an audience, with one more line in a list if given.
    static func sampleBuild(_ audience: Audience, extra: (list: Int, row: String)? = nil) throws -> BuildResult {
        var folder = Support.packageRoot
        if let extra {
            folder = try Support.temporaryFolder()
            for name in ["data", "site-templates"] {
                try FileManager.default.copyItem(
                    at: Support.packageRoot.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            let url = folder.appendingPathComponent("data/annex-a/list-\(extra.list).csv")
            let text = try String(contentsOf: url, encoding: .utf8)
            try (text + extra.row + "\r\n").write(to: url, atomically: false, encoding: .utf8)
        }
        if audience == .public { return Self.publicBuild(folder) }
        return try Support.render(folder)
    }

    /// Red team, issue 15: the months of a trend added up to the measure's total, so the months
    /// before the first were known to be none, and a month's suppressed count followed from the
    /// total within. With one assessment completed before the first month, a month was still
    /// pinned to 0 or 1 late.
    @Test(
        "no suppressed month of a trend can be worked out from its measure's total, on the sample and with cases before the first month",
        arguments: [
            nil,
            "NBC4099999,a) Male,WBRI,01/01/2015,11,b) No,2025-10-01,2025-11-14,Assessment North,Worker 01 (synthetic)",
        ])
    func trendMonths(extra: String?) throws {
        let addition = extra.map { (list: 4, row: $0) }
        let shown = try Self.sampleBuild(.public, extra: addition)
        let actual = try Self.sampleBuild(.internal, extra: addition)
        #expect(!shown.diagnostics.hasErrors && !actual.diagnostics.hasErrors, "\(shown.diagnostics.errors)")
        var attacked = 0
        for file in shown.files where file.path.hasSuffix(".html") {
            guard let twin = actual.files.first(where: { $0.path == file.path }) else { continue }
            let page = String(decoding: file.bytes, as: UTF8.self)
            attacked += page.components(separatedBy: ": by month ").count - 1
            let findings = PageAttack.trendRanges(
                public: page, internal: String(decoding: twin.bytes, as: UTF8.self), width: 4)
            #expect(findings.isEmpty, "\(file.path): \(findings)")
        }
        #expect(attacked >= 8)
    }

    @Test("random public builds: no suppressed month of a trend can be worked out from the page", arguments: 0..<16)
    func randomTrends(_ seed: Int) throws {
        for rules in Self.rules {
            let folder = try Self.dataSet(seed: seed, rules: rules)
            let shown = Self.publicBuild(folder)
            var request = BuildRequest(
                dataFolder: folder.appendingPathComponent("data").path,
                templatesFolder: folder.appendingPathComponent("site-templates").path, outputFolder: "unused",
                asAt: CalendarDate(year: 2026, month: 11, day: 20))
            request.audience = .internal
            let actual = SiteBuilder.render(request)
            #expect(!shown.diagnostics.hasErrors, "\(shown.diagnostics.errors)")
            var attacked = 0
            for file in shown.files where file.path.hasSuffix(".html") {
                guard let twin = actual.files.first(where: { $0.path == file.path }) else { continue }
                let page = String(decoding: file.bytes, as: UTF8.self)
                attacked += page.components(separatedBy: ": by month ").count - 1
                let findings = PageAttack.trendRanges(
                    public: page, internal: String(decoding: twin.bytes, as: UTF8.self), width: 4)
                #expect(findings.isEmpty, "seed \(seed), \(rules): \(file.path): \(findings)")
            }
            #expect(attacked >= 1)
        }
    }

    @Test("the attacks find the leaks the public sample had before the site-wide ledger")
    func attacksFindOldLeaks() throws {
        // The sample's public pages as Readiness 0.1 (1af20ed) built them, as at 2026-11-20.
        let folder = Support.fixtures.appendingPathComponent("leaks/before-issue-11")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".html") }
        let pages = try names.sorted().map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        let findings = pages.flatMap(PageAttack.findings)
        // As audited: c | 16 | 16 | c of 35, and 17 good or better in the table: outstanding = 1.
        #expect(
            findings.contains(
                "Data for: Audit grades before and after moderation, Help and protection: "
                    + "As audited: outstanding or good from good or better"), "\(findings)")
    }

    /// Red team, issue 13: Big A 10 workers (suppressed), Big B 17, Small C 1 hidden, total 28.
    /// A reader who knows a team shown alone has at least 10 gets A + C = 11, so A = 10, C = 1.
    @Test(
        "a team shown alone has at least the minimum and a hidden one fewer: the audit knows it too",
        arguments: ["hide", "merge"])
    func teamMinimumBounds(_ mode: String) throws {
        let folder = try Support.copy(Support.basic)
        let data = folder.appendingPathComponent("data")
        var rows = "Worker,Team,Supervision date\n"
        for n in 0..<10 { rows += "SENTINEL-A\(n),Big A,\(n < 8 ? "2026-11-10" : "2026-08-01")\n" }
        for n in 0..<17 { rows += "SENTINEL-B\(n),Big B,\(n < 15 ? "2026-11-10" : "")\n" }
        rows += "SENTINEL-C0,Small C,2026-11-10\n"
        try rows.write(to: data.appendingPathComponent("supervisions.csv"), atomically: true, encoding: .utf8)
        try Self.appendSettings(data, "public:\n  suppress_below: 5\n  team_minimum: 10\n  small_teams: \(mode)\n")
        let result = Self.publicBuild(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))")
        let disclosure = try #require(result.disclosure)
        // The shape is in the ledger, and the independent solver, given it, pins nothing.
        #expect(!disclosure.ledger.lowerBounds.isEmpty && !disclosure.ledger.upperBounds.isEmpty)
        let exposed = ReferenceAudit.exposed(disclosure.ledger, suppressed: disclosure.suppressed, threshold: 5)
        #expect(exposed.isEmpty, "\(exposed.map { (disclosure.ledger.places[$0.0] ?? "hidden", $0.1, $0.2) })")
    }

    /// Red team, issue 13: two teams of 9 merged under a minimum of 10 show "Other teams (2) 18",
    /// so each is 9. Their own counts are protected cells now, in every table that merges.
    @Test("a merged row never pins the teams in it", arguments: ["supervisions", "caseloads"])
    func mergedTeams(_ table: String) throws {
        let folder = try Support.copy(Support.basic)
        let data = folder.appendingPathComponent("data")
        if table == "supervisions" {
            var rows = "Worker,Team,Supervision date\n"
            for (team, size) in [("Assessment", 22), ("Leaving care", 9), ("Front door", 9)] {
                for n in 0..<size { rows += "SENTINEL-\(team.prefix(2))\(n),\(team),2026-11-10\n" }
            }
            try rows.write(to: data.appendingPathComponent("supervisions.csv"), atomically: true, encoding: .utf8)
            let settings = data.appendingPathComponent("settings.yaml")
            let text = try String(contentsOf: settings, encoding: .utf8)
            try text.replacingOccurrences(of: "theme: help-and-protection\n", with: "theme: care-leavers\n").write(
                to: settings, atomically: true, encoding: .utf8)
        } else {
            var rows =
                "Month,Team,Service area,Children allocated,Case-holding FTE,In-post FTE,Agency FTE,Vacancy FTE,Leavers FTE\n"
            for (team, size) in [("Big", 40), ("Small one", 9), ("Small two", 9)] {
                rows += "2026-10,\(team),Help and protection,\(size),3,3,0,0,0\n"
            }
            try rows.write(to: data.appendingPathComponent("caseloads.csv"), atomically: true, encoding: .utf8)
        }
        try Self.appendSettings(data, "public:\n  suppress_below: 5\n  team_minimum: 10\n  small_teams: merge\n")
        let result = Self.publicBuild(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))")
        let pages = result.files.filter { $0.path.hasSuffix(".html") }.map { String(decoding: $0.bytes, as: UTF8.self) }
        #expect(pages.contains { $0.contains("Other teams (2)") }, "the case no longer merges two teams")
        for page in pages {
            let merged = PageAttack.mergedRows(page, minimum: 10, threshold: 5)
            #expect(merged.isEmpty, "\(merged)")
        }
        let disclosure = try #require(result.disclosure)
        let exposed = ReferenceAudit.exposed(disclosure.ledger, suppressed: disclosure.suppressed, threshold: 5)
        #expect(exposed.isEmpty, "\(exposed.map { (disclosure.ledger.places[$0.0] ?? "hidden", $0.1, $0.2) })")
    }

    /// Red team, issue 13: a month after a suppressed one showed `x` for its change; a figure
    /// worked out from several months takes the symbol of the first that cannot give it, c
    /// before x.
    @Test("the change after a suppressed month is c, not x")
    func changeAfterSuppressedMonth() throws {
        let folder = try Support.copy(Support.basic)
        let data = folder.appendingPathComponent("data")
        let rows =
            "Month,Team,Service area,Children allocated,Case-holding FTE,In-post FTE,Agency FTE,Vacancy FTE,Leavers FTE\n"
            + "2026-09,Assessment,Help and protection,3,2,2,0,0,0\n"
            + "2026-10,Assessment,Help and protection,40,2,2,0,0,0\n"
        try rows.write(to: data.appendingPathComponent("caseloads.csv"), atomically: true, encoding: .utf8)
        try Self.appendSettings(data, "public:\n  suppress_below: 5\n  team_minimum: 0\n")
        let result = Self.publicBuild(folder)
        #expect(!result.diagnostics.hasErrors, "\(result.diagnostics.errors.map(\.description))")
        var checked = 0
        for file in result.files where file.path.hasSuffix(".html") {
            for table in PageAttack.tables(String(decoding: file.bytes, as: UTF8.self)) {
                for row in table.rows where row.first == "October 2026" && row.count == 5 {
                    #expect(row[4] == "c", "\(file.path), \(table.caption): \(row)")
                    checked += 1
                }
            }
        }
        #expect(checked > 0, "no trend table shows October 2026")
    }

    @Test("the public manifest gives no child-level file's size; the internal one does")
    func manifest() throws {
        let folder = Support.basic
        let result = Self.publicBuild(folder)
        let manifest = String(
            decoding: try #require(result.files.first { $0.path == "manifest.json" }).bytes, as: UTF8.self)
        let lists = manifest.split(separator: "\n").filter { $0.contains("annex-a") }
        #expect(!lists.isEmpty)
        for line in lists { #expect(!line.contains("\"bytes\""), "\(line)") }
        // Every declared file that holds protected counts or names people, whatever it is.
        let withheld = DataFiles.all.filter(\.withheldInPublicManifest).map { "data/" + $0.name }
        #expect(Set(withheld).isSuperset(of: ["data/audits.csv", "data/caseloads.csv", "data/supervisions.csv"]))
        #expect(DataFiles.indicators.allSatisfy { $0.file.withheldInPublicManifest })
        for file in withheld where FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) {
            let line = try #require(manifest.split(separator: "\n").first { $0.contains(file) })
            #expect(!line.contains("bytes") && !line.contains("sha256"), "\(line)")
        }
        let internalBuild = try Support.render(folder)
        let internalManifest = String(
            decoding: try #require(internalBuild.files.first { $0.path == "manifest.json" }).bytes, as: UTF8.self)
        #expect(
            internalManifest.split(separator: "\n").filter { $0.contains("annex-a") }.allSatisfy {
                $0.contains("\"bytes\"")
            })
    }
}
