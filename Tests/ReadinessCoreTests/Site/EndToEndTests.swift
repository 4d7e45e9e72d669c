import Foundation
import Testing

/// The real `readiness` binary, run as a user would: exit status, standard output and error.
@Suite("The readiness command", .serialized)
struct EndToEndTests {
    func workspace() throws -> URL {
        let copy = try Support.copy(Support.fixtures.appendingPathComponent("basic"))
        return copy
    }

    @Test("build writes the site and says where it is")
    func build() throws {
        let dir = try workspace()
        let run = try Support.run(["build"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Built 6 pages as at 20 November 2026 into _site/. Open _site/index.html in a browser.\n")
        let files = try Support.files(in: dir.appendingPathComponent("_site"))
        #expect(
            Set(files.keys) == [
                ".readiness-site", "index.html", "help-and-protection.html", "care-leavers.html", "jtai-neglect.html",
                "follow-ups.html", "agenda-pack.html", "assets/style.css", "manifest.json",
            ])
    }

    @Test("--standalone adds a self-contained copy of every page")
    func standalone() throws {
        let dir = try workspace()
        let run = try Support.run(["build", "--standalone"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(
            contentsOf: dir.appendingPathComponent("_site/standalone/care-leavers.html"), encoding: .utf8)
        #expect(page.contains("<style>"))
        #expect(!page.contains("<link rel=\"stylesheet\""))
    }

    @Test(
        "pdf prints each page and the agenda pack, titled and tagged",
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo")))
    func pdf() throws {
        let dir = try workspace()
        let run = try Support.run(["pdf", "--chromium", "/usr/bin/chromium"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("Printed 6 PDFs into _site/pdf/.\n"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = [dir.appendingPathComponent("_site/pdf/agenda-pack.pdf").path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let info = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(info.contains("Title:           Agenda pack – Testshire <County> & Council"))
        #expect(info.contains("Tagged:          yes"))
        #expect(info.contains("(A4)"))
    }

    @Test("pdf without Chromium says how to install it")
    func pdfWithoutChromium() throws {
        let run = try Support.run(["pdf"], in: try workspace(), environment: ["PATH": "/nonexistent"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("sudo apt-get install chromium"))
    }

    @Test("--as-of overrides the settings' date")
    func asOf() throws {
        let dir = try workspace()
        let run = try Support.run(["build", "--as-of", "02/12/2026"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("as at 2 December 2026"))
        let page = try String(contentsOf: dir.appendingPathComponent("_site/care-leavers.html"), encoding: .utf8)
        #expect(page.contains("1 day overdue"))
    }

    @Test("bad data: diagnostics on stderr, exit 1, the previous site untouched")
    func failureKeepsSite() throws {
        let dir = try workspace()
        #expect(try Support.run(["build"], in: dir).status == 0)
        let before = try Support.files(in: dir.appendingPathComponent("_site"))
        let actions = dir.appendingPathComponent("data/actions.csv")
        let text = try String(contentsOf: actions, encoding: .utf8).replacingOccurrences(
            of: "Complete,1,", with: "Complete,6,")
        try text.write(to: actions, atomically: false, encoding: .utf8)
        let run = try Support.run(["build"], in: dir)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains("data/actions.csv:4:94: error: 'Score' must be a whole number from 1 to 5, not '6'\n"))
        #expect(run.stderr.hasSuffix("readiness: the site was not built (1 error, 5 warnings); _site/ is unchanged\n"))
        #expect(try Support.files(in: dir.appendingPathComponent("_site")) == before)
    }

    @Test("a rebuild replaces the old site, removing pages no longer made")
    func rebuildReplaces() throws {
        let dir = try workspace()
        #expect(try Support.run(["build"], in: dir).status == 0)
        try FileManager.default.removeItem(at: dir.appendingPathComponent("site-templates/pages/follow-ups.md"))
        #expect(try Support.run(["build"], in: dir).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("_site/follow-ups.html").path))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("_site.readiness-old").path))
    }

    @Test("refuses an output folder that holds the data, or files it did not make")
    func refusesDangerousOutput() throws {
        let dir = try workspace()
        let overlap = try Support.run(["build", "--output", "."], in: dir)
        #expect(overlap.status == 1)
        let foreign = dir.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try "keep me".write(to: foreign.appendingPathComponent("note.txt"), atomically: false, encoding: .utf8)
        let run = try Support.run(["build", "--output", "docs"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("holds files Readiness did not make"))
        #expect(try String(contentsOf: foreign.appendingPathComponent("note.txt"), encoding: .utf8) == "keep me")
        let inside = try Support.run(["build", "--output", "data/site"], in: dir)
        #expect(inside.status == 1)
        #expect(inside.stderr.contains("overlaps the input folder"))
    }

    @Test(
        "wrong usage exits 2", arguments: [["build", "--as-of", "31/02/2026"], ["build", "--bogus"], ["frobnicate"]])
    func usage(_ arguments: [String]) throws {
        let run = try Support.run(arguments, in: try workspace())
        #expect(run.status == 2)
        #expect(!run.stderr.isEmpty)
    }

    @Test("--help explains every option of build")
    func help() throws {
        let run = try Support.run(["build", "--help"])
        #expect(run.status == 0)
        for option in ["--data", "--templates", "--output", "--as-of"] { #expect(run.stdout.contains(option)) }
    }
}
