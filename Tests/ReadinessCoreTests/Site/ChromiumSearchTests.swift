import Foundation
import Testing

/// Chromium is found however it was installed, and the same way by `readiness pdf` and by the
/// site checks' Tests/Accessibility/find-chromium.sh: a named one first, then chromium,
/// chromium-browser, google-chrome and google-chrome-stable on PATH, passing over Ubuntu's
/// scripts that only run the Chromium snap. Fake programs stand in for Chromium: each says
/// which it is and fails, so the command's error tells which one it ran.
@Suite("Finding Chromium", .serialized)
struct ChromiumSearchTests {
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// Ubuntu's `chromium-browser` and `chromium-chromedriver` packages install only scripts like
    /// this one (shortened), which run the snap.
    static func snapScript(_ name: String) -> String {
        let target = name == "chromedriver" ? "/snap/bin/chromium.chromedriver" : "/snap/bin/chromium"
        return """
            #!/bin/sh
            if ! [ -x \(target) ]; then
                echo "Command '$0' requires the chromium snap to be installed." >&2
                exit 1
            fi
            exec \(target) "$@"

            """
    }

    /// A program that says it ran, and fails.
    static let fake = "#!/bin/sh\necho \"fake ran: $0\" >&2\nexit 3\n"

    /// A folder holding the given programs, each with the given text.
    func folder(_ programs: [String: String]) throws -> URL {
        let dir = try Support.temporaryFolder()
        for (name, text) in programs {
            let file = dir.appendingPathComponent(name)
            try text.write(to: file, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        return dir
    }

    /// A folder with the few commands find-chromium.sh itself uses, and nothing else on PATH,
    /// so that the computer's own Chromium is not found.
    func tools() throws -> URL {
        let dir = try Support.temporaryFolder()
        for tool in ["head"] {
            let path = try #require(
                ["/usr/bin/\(tool)", "/bin/\(tool)"].first { FileManager.default.isExecutableFile(atPath: $0) })
            try FileManager.default.createSymbolicLink(
                atPath: dir.appendingPathComponent(tool).path, withDestinationPath: path)
        }
        return dir
    }

    /// Runs `readiness pdf` with this PATH (and CHROMIUM when given): the Chromium it ran, or
    /// its exit status and error when it ran none.
    func command(path: [URL], chromium: String? = nil) throws -> (ran: String?, status: Int32, stderr: String) {
        var environment = ["PATH": path.map(\.path).joined(separator: ":")]
        environment["CHROMIUM"] = chromium
        let run = try Support.run(
            ["pdf", "--no-documents"], in: try Support.copy(Support.basic), environment: environment)
        // The error quotes the program's own, its line breaks written as \n.
        let ran = run.stderr.components(separatedBy: "fake ran: ").dropFirst().first?
            .prefix { !$0.isNewline && $0 != "\\" }
        return (ran.map(String.init), run.status, run.stderr)
    }

    /// Runs find-chromium.sh with this PATH: what it printed, its exit status and error.
    func script(path: [URL], chromium: String? = nil) throws -> (found: [String: String], status: Int32, stderr: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [Support.packageRoot.appendingPathComponent("Tests/Accessibility/find-chromium.sh").path]
        var environment = ["PATH": (path + [try tools()]).map(\.path).joined(separator: ":")]
        environment["CHROMIUM"] = chromium
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let error = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var found: [String: String] = [:]
        for line in output.split(separator: "\n") {
            let parts = line.split(separator: "=", maxSplits: 1)
            if parts.count == 2 { found[String(parts[0])] = String(parts[1]) }
        }
        return (found, process.terminationStatus, error)
    }

    @Test("every name is found on PATH past the snap's scripts, by the command and the checks alike", arguments: names)
    func pastSnapScripts(name: String) throws {
        var scripts = Dictionary(uniqueKeysWithValues: Self.names.map { ($0, Self.snapScript($0)) })
        scripts["chromedriver"] = Self.snapScript("chromedriver")
        let stubs = try folder(scripts)
        let real = try folder([name: Self.fake, "chromedriver": Self.fake])
        let expected = real.appendingPathComponent(name).path
        #expect(try command(path: [stubs, real]).ran == expected)
        let found = try script(path: [stubs, real])
        #expect(found.status == 0, "\(found.stderr)")
        #expect(
            found.found == ["CHROMIUM": expected, "CHROMEDRIVER": real.appendingPathComponent("chromedriver").path])
    }

    @Test("the names are tried in order, whatever the folders", arguments: 0..<names.count)
    func order(first: Int) throws {
        let later = Array(Self.names[first...])
        // Each name in a folder of its own, the folders in the reverse order of the names.
        let folders = try later.reversed().map { try folder([$0: Self.fake, "chromedriver": Self.fake]) }
        let expected = folders.reversed()[0].appendingPathComponent(later[0]).path
        #expect(try command(path: folders).ran == expected)
        #expect(try script(path: folders).found["CHROMIUM"] == expected)
    }

    @Test("when only the snap's script is there, the command says to install the snap", arguments: names)
    func onlySnapScript(name: String) throws {
        let stubs = try folder([name: Self.snapScript(name)])
        let run = try command(path: [stubs])
        #expect(run.ran == nil)
        #expect(run.status == 1)
        #expect(run.stderr.contains(stubs.appendingPathComponent(name).path + " only runs Ubuntu's Chromium snap"))
        #expect(run.stderr.contains("  sudo snap install chromium\n"))
        let found = try script(path: [stubs])
        #expect(found.status != 0)
        #expect(found.found.isEmpty)
    }

    @Test("CHROMIUM names the program, before anything on PATH")
    func named() throws {
        let onPath = try folder(["chromium": Self.fake, "chromedriver": Self.fake])
        let chosen = try folder(["my-chrome": Self.fake]).appendingPathComponent("my-chrome").path
        #expect(try command(path: [onPath], chromium: chosen).ran == chosen)
        #expect(try script(path: [onPath], chromium: chosen).found["CHROMIUM"] == chosen)
    }
}
