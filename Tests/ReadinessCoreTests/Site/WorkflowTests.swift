import Foundation
import Synchronization
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Check, determinism, atomic builds, init and the preview server: the commands CI and
/// editing rely on, run as the real binary.
@Suite("Built for CI and for editing", .serialized)
struct WorkflowTests {
    func workspace() throws -> URL { try Support.copy(Support.basic) }

    func breakScore(_ dir: URL) throws {
        let actions = dir.appendingPathComponent("data/actions.csv")
        let text = try String(contentsOf: actions, encoding: .utf8).replacingOccurrences(
            of: "Complete,1,", with: "Complete,9,")
        try text.write(to: actions, atomically: false, encoding: .utf8)
    }

    // MARK: check

    @Test("check: clean inputs exit 0 and write nothing")
    func checkClean() throws {
        let dir = try workspace()
        let run = try Support.run(["check"], in: dir)
        #expect(run.status == 0)
        #expect(run.stdout == "No errors (0 errors, 5 warnings).\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("_site").path))
    }

    @Test(
        "check: errors exit 1 in each format",
        arguments: [
            ("text", "", "data/actions.csv:4:94: error: 'Score' must be a whole number from 1 to 5, not '9'\n"),
            (
                "github",
                "::error file=data/actions.csv,line=4,col=94::'Score' must be a whole number from 1 to 5, not '9'\n", ""
            ),
            (
                "json",
                "{\"severity\": \"error\", \"file\": \"data/actions.csv\", \"line\": 4, \"column\": 94, \"sheet\": null, \"cell\": null, \"message\": \"'Score' must be a whole number from 1 to 5, not '9'\", \"hint\": null}",
                ""
            ),
        ])
    func checkFormats(_ format: String, _ inStdout: String, _ inStderr: String) throws {
        let dir = try workspace()
        try breakScore(dir)
        let run = try Support.run(["check", "--format", format], in: dir)
        #expect(run.status == 1)
        // ("".contains("") is false in Swift, so only non-empty expectations are checked.)
        if !inStdout.isEmpty { #expect(run.stdout.contains(inStdout)) }
        if !inStderr.isEmpty { #expect(run.stderr.contains(inStderr)) }
        #expect((format == "text" ? run.stdout : run.stderr).isEmpty)
        if format == "json" {
            let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            #expect(parsed?["errors"] as? Int == 1)
        }
    }

    @Test(
        "check: wrong usage exits 2", arguments: [["check", "--format", "xml"], ["check", "--as-of", "2026-13-01"]])
    func checkUsage(_ arguments: [String]) throws {
        #expect(try Support.run(arguments, in: try workspace()).status == 2)
    }

    @Test("GitHub annotations escape what would break them")
    func githubEscaping() {
        var log = DiagnosticLog()
        log.error("50% done,\nnext", at: SourceLocation(file: "a:b,c.csv", line: 1, column: 2))
        #expect(DiagnosticFormat.github.render(log) == "::error file=a%3Ab%2Cc.csv,line=1,col=2::50%25 done,\\nnext\n")
    }

    // MARK: determinism

    @Test("byte-identical output whatever the time zone, locale or file creation order")
    func determinism() throws {
        let first = try workspace()
        #expect(try Support.run(["build"], in: first).status == 0)
        let baseline = try Support.files(in: first.appendingPathComponent("_site"))

        // The same inputs, created in reverse order, built under another time zone and locale.
        let second = try Support.temporaryFolder().appendingPathComponent("basic")
        let inputs = try Support.files(in: Support.basic).filter { !$0.key.hasPrefix("expected") }
        for (path, bytes) in inputs.sorted(by: { $0.key > $1.key }) {
            let url = second.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: url)
        }
        var environment = ProcessInfo.processInfo.environment
        environment["TZ"] = "Pacific/Chatham"
        environment["LANG"] = "tr_TR.UTF-8"
        environment["LC_ALL"] = "tr_TR.UTF-8"
        // Yams reads this on every parse unless told the encoding.
        environment["YAMS_DEFAULT_ENCODING"] = "UTF16"
        let run = try Support.run(["build"], in: second, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("YAMS_DEFAULT_ENCODING"), "\(run.stdout)")
        let other = try Support.files(in: second.appendingPathComponent("_site"))
        #expect(Set(other.keys) == Set(baseline.keys))
        for (path, bytes) in baseline { #expect(other[path] == bytes, "\(path) differs") }
    }

    @Test(
        "byte-identical output on one core and on all of them",
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset")))
    func determinismAcrossCores() throws {
        let all = try workspace()
        #expect(try Support.run(["build", "--standalone"], in: all).status == 0)
        let one = try workspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/taskset")
        process.arguments = ["-c", "0", Support.binary.path, "build", "--standalone"]
        process.currentDirectoryURL = one
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            try Support.files(in: one.appendingPathComponent("_site"))
                == Support.files(in: all.appendingPathComponent("_site")))
    }

    // MARK: atomic builds

    @Test("a build killed part-way leaves the last good site whole, and the next build works")
    func interruptedBuild() throws {
        let dir = try workspace()
        #expect(try Support.run(["build", "--as-of", "2026-11-20"], in: dir).status == 0)
        let before = try Support.files(in: dir.appendingPathComponent("_site"))
        // What the interrupted build would have written, built elsewhere.
        let elsewhere = try workspace()
        #expect(try Support.run(["build", "--as-of", "2026-12-02"], in: elsewhere).status == 0)
        let after = try Support.files(in: elsewhere.appendingPathComponent("_site"))
        for delay in [0, 2, 5, 10, 20, 40] {
            let process = Process()
            process.executableURL = Support.binary
            process.arguments = ["build", "--as-of", "2026-12-02"]
            process.currentDirectoryURL = dir
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try Support.files(in: dir.appendingPathComponent("_site"))
            #expect(
                now == before || now == after, "after a kill at \(delay) ms the site is neither the old nor the new")
            if now == after {
                // Start again from the old site for the next delay.
                #expect(try Support.run(["build", "--as-of", "2026-11-20"], in: dir).status == 0)
            }
        }
        let final = try Support.run(["build", "--as-of", "2026-12-02"], in: dir)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(try Support.files(in: dir.appendingPathComponent("_site")) == after)
        // Only the site the last build replaced is left beside it, kept for the next build.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains(".readiness-") && $0 != "_site.readiness-spare"
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    // MARK: init

    @Test("init makes a site that builds at once, from the shipped sample")
    func initBuilds() throws {
        let parent = try Support.temporaryFolder()
        let run = try Support.run(["init", "council"], in: parent)
        #expect(run.status == 0, "\(run.stderr)")
        let site = parent.appendingPathComponent("council")
        for file in [".github/workflows/readiness.yml", ".gitlab-ci.yml", ".gitignore", "data/settings.yaml"] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(file).path), "\(file)")
        }
        let build = try Support.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try Support.run(["init", "council"], in: parent).status == 1)  // not empty now
    }

    @Test("init refuses every name that is not a new or empty folder, and writes nothing there")
    func initRefuses() throws {
        let parent = try Support.temporaryFolder()
        try Data("the council's own\n".utf8).write(to: parent.appendingPathComponent("README.md"))
        try Data().write(to: parent.appendingPathComponent("a-file"))
        for name in ["", " ", ".", parent.path, "a-file"] {
            for blank in [[], ["--blank"]] {
                let run = try Support.run(["init"] + blank + [name], in: parent)
                #expect(run.status != 0, "init \(blank) '\(name)' was accepted")
                #expect(run.stderr.contains("name a new or empty folder"), "\(run.stderr)")
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["README.md", "a-file"])
        #expect(
            try String(contentsOf: parent.appendingPathComponent("README.md"), encoding: .utf8) == "the council's own\n"
        )
    }

    /// The user docs `readiness init` ships, as embed_sample.py lists them.
    static var shippedDocs: [String] {
        get throws {
            let script = try String(
                contentsOf: Support.packageRoot.appendingPathComponent("Tests/Scaffold/embed_sample.py"),
                encoding: .utf8)
            guard
                let line = script.components(separatedBy: "DOCS = [").dropFirst().first?.components(separatedBy: "]")
                    .first
            else { return [] }
            return line.components(separatedBy: "\"").enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        }
    }

    @Test("init and init --blank ship the user docs, not the developers', and the README points to them")
    func initDocs() throws {
        let docs = try Self.shippedDocs
        #expect(docs.contains("configuration.md") && docs.contains("data-format.md") && docs.contains("templates.md"))
        for developers in ["design.md", "fuzzing.md", "performance.md"] { #expect(!docs.contains(developers)) }
        for arguments in [["init", "site"], ["init", "--blank", "site"]] {
            let parent = try Support.temporaryFolder()
            #expect(try Support.run(arguments, in: parent).status == 0)
            let site = parent.appendingPathComponent("site")
            for doc in docs where FileManager.default.fileExists(atPath: Support.packageRoot.path + "/docs/" + doc) {
                #expect(
                    FileManager.default.contents(atPath: site.path + "/docs/" + doc)
                        == FileManager.default.contents(atPath: Support.packageRoot.path + "/docs/" + doc), "\(doc)")
            }
            for developers in ["design.md", "fuzzing.md", "performance.md"] {
                #expect(!FileManager.default.fileExists(atPath: site.path + "/docs/" + developers))
            }
            let readme = try String(contentsOf: site.appendingPathComponent("README.md"), encoding: .utf8)
            #expect(readme.contains("docs/configuration.md") && readme.contains("docs/data-format.md"))
        }
    }

    @Test("init's .gitignore keeps the Annex A lists out of the repository")
    func initIgnoresLists() throws {
        let parent = try Support.temporaryFolder()
        #expect(try Support.run(["init", "site"], in: parent).status == 0)
        let ignore = try String(contentsOf: parent.appendingPathComponent("site/.gitignore"), encoding: .utf8)
        let lines = ignore.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.contains("data/annex-a/"), "\(ignore)")
        #expect(lines.contains("data/annex-a.xlsx"), "\(ignore)")
        #expect(lines.contains("_site/"))
    }

    @Test("init --blank makes a site with no sample figures that builds at once with no errors")
    func initBlank() throws {
        let parent = try Support.temporaryFolder()
        let made = try Support.run(["init", "--blank", "blank"], in: parent)
        #expect(made.status == 0, "\(made.stderr)")
        let site = parent.appendingPathComponent("blank")
        // Each table holds its declared header row and nothing else.
        for table in DataFiles.tables {
            let text = try String(contentsOf: site.appendingPathComponent("data/" + table.name), encoding: .utf8)
            #expect(text == BlankSite.header(table), "\(table.name)")
            #expect(text.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1, "\(table.name)")
            var log = DiagnosticLog()
            let read = CSVTable.read(Support.source(text, path: table.name), as: table, log: &log)
            #expect(read != nil && !log.hasErrors, "\(table.name): \(log.errors.map(\.message))")
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/data/annex-a"))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/data/snapshots"))
        let settings = try String(contentsOf: site.appendingPathComponent("data/settings.yaml"), encoding: .utf8)
        #expect(settings.contains("council: Your Council"))
        let build = try Support.run(["build"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("error:"), "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: site.path + "/_site/index.html"))
        let index = try String(contentsOf: site.appendingPathComponent("_site/index.html"), encoding: .utf8)
        #expect(!index.contains("Northfield"), "no sample council")
    }

    @Test("the scaffold embedded in the binary is the shipped sample and the user docs (run make scaffold if not)")
    func scaffoldIsCurrent() throws {
        var embedded: [String: Data] = [:]
        for file in ScaffoldFiles.files { embedded[file.path] = Data(base64Encoded: file.base64) }
        var shipped: [String: Data] = [:]
        for folder in ["data", "site-templates"] {
            for (path, bytes) in try Support.files(in: Support.packageRoot.appendingPathComponent(folder)) {
                shipped["\(folder)/\(path)"] = bytes
            }
        }
        // The user docs too, so the docs a new site gets are current.
        for doc in try Self.shippedDocs {
            if let bytes = FileManager.default.contents(atPath: Support.packageRoot.path + "/docs/" + doc) {
                shipped["docs/" + doc] = bytes
            }
        }
        #expect(Set(embedded.keys) == Set(shipped.keys))
        for (path, bytes) in shipped { #expect(embedded[path] == bytes, "\(path) differs: run make scaffold") }
    }

    // MARK: serve

    /// Starts `readiness serve --port 0` and returns the process and its port.
    func startServer(in dir: URL) throws -> (Process, UInt16) {
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "127.0.0.1:"),
            let port = UInt16(text[range.upperBound...].prefix { $0.isNumber })
        else {
            kill(process.processIdentifier, SIGKILL)
            throw CocoaError(.fileReadUnknown)
        }
        return (process, port)
    }

    /// Waits (at most 15 seconds) for the preview's version to change from `from`.
    func waitForRebuild(port: UInt16, from: String) -> Bool {
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline {
            if let v = HTTPClient.get(port: port, target: PreviewSite.versionPath)?.body, v != from { return true }
            usleep(100_000)
        }
        return false
    }

    @Test("serve: pages, no path traversal, a burst of concurrent requests, rebuilds and the problems page")
    func serve() throws {
        let dir = try workspace()
        let (process, port) = try startServer(in: dir)
        defer {
            // The test runner's blocked signals are inherited by what it starts; SIGKILL cannot be.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let home = HTTPClient.get(port: port, target: "/")
        #expect(home?.status == 200)
        #expect(home?.body.contains("Inspection readiness overview") == true)
        #expect(home?.body.contains(PreviewSite.eventsPath) == true)
        #expect(HTTPClient.get(port: port, target: "/manifest.json")?.status == 200)

        // Nothing outside the site, however the path is spelled.
        let attempts = [
            "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/assets/../../data/settings.yaml",
            "/..%2f..%2f..%2fetc%2fpasswd", "//etc/passwd", "/assets/..\\..\\data\\settings.yaml",
            "/data/settings.yaml", "/../data/annex-a/list-6.csv", "/%00index.html", "/./index.html/..",
            "/assets/%252e%252e/%252e%252e/etc/passwd",
        ]
        for target in attempts {
            let reply = HTTPClient.get(port: port, target: target)
            #expect(reply?.status != 200 || reply?.body.contains("Inspection readiness") == true, "\(target)")
            #expect(reply?.body.contains("root:") != true, "\(target) served /etc/passwd")
            #expect(reply?.body.contains("council:") != true, "\(target) served the settings")
            #expect(reply?.body.contains("SENTINEL") != true, "\(target) served a child-level list")
        }

        // A burst of concurrent requests, all answered.
        let count = 120
        let answered = Counter()
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let target = ["/", "/help-and-protection.html", "/assets/style.css", "/nothing.html"][i % 4]
            if let status = HTTPClient.get(port: port, target: target)?.status, status == (i % 4 == 3 ? 404 : 200) {
                answered.add()
            }
        }
        #expect(answered.value == count)

        // An edit is picked up; bad data shows the problems; fixing it recovers.
        let version = HTTPClient.get(port: port, target: PreviewSite.versionPath)?.body ?? ""
        let settings = dir.appendingPathComponent("data/settings.yaml")
        let original = try String(contentsOf: settings, encoding: .utf8)
        try original.replacingOccurrences(of: "Readiness test site", with: "Edited title").write(
            to: settings, atomically: false, encoding: .utf8)
        #expect(waitForRebuild(port: port, from: version))
        #expect(HTTPClient.get(port: port, target: "/")?.body.contains("Edited title") == true)

        let edited = HTTPClient.get(port: port, target: PreviewSite.versionPath)?.body ?? ""
        try breakScore(dir)
        #expect(waitForRebuild(port: port, from: edited))
        let problems = HTTPClient.get(port: port, target: "/leaders.html")
        #expect(problems?.body.contains("The site did not build") == true)
        #expect(problems?.body.contains("data/actions.csv:4:94: error: &#39;Score&#39; must be a whole number") == true)

        let broken = HTTPClient.get(port: port, target: PreviewSite.versionPath)?.body ?? ""
        let actions = dir.appendingPathComponent("data/actions.csv")
        try String(contentsOf: actions, encoding: .utf8).replacingOccurrences(of: "Complete,9,", with: "Complete,1,")
            .write(to: actions, atomically: false, encoding: .utf8)
        #expect(waitForRebuild(port: port, from: broken))
        #expect(HTTPClient.get(port: port, target: "/")?.body.contains("Edited title") == true)
        #expect(process.isRunning)
    }

    @Test("serve: link loops in the data and assets are refused, and the preview still starts")
    func serveWithLoops() throws {
        let dir = try workspace()
        for name in ["a", "b", "c"] {
            for folder in ["data", "site-templates/assets"] {
                try FileManager.default.createSymbolicLink(
                    atPath: dir.appendingPathComponent("\(folder)/\(name)").path, withDestinationPath: ".")
            }
        }
        let (process, port) = try startServer(in: dir)
        defer {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        let page = HTTPClient.get(port: port, target: "/")
        #expect(page?.body.contains("The site did not build") == true)
        #expect(
            page?.body.contains("site-templates/assets/a: error: this folder is a link to a folder that holds it")
                == true)
    }

    @Test(
        "the preview's path rules",
        arguments: [
            ("/", "index.html"), ("/leaders.html", "leaders.html"), ("/assets/style.css", "assets/style.css"),
            ("/../x", nil), ("/a/../b", nil), ("/./a", nil), ("/a//b", nil), ("/a\\b", nil), ("x", nil),
            ("/%2e%2e/x", nil),
        ])
    func paths(_ raw: String, _ expected: String?) {
        #expect(PreviewSite.sitePath(raw) == expected)
    }
}

/// A thread-safe counter for the burst test.
final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}
