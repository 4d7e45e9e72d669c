import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The CI that ships: the workflows `readiness init` writes, the release binary's packing
/// (`make dist`) and Readiness's own release workflow. `make ci-lint` lints the workflows
/// themselves (actionlint and the GitHub and GitLab schemas).
@Suite("CI workflows and the release binary", .serialized)
struct CIWorkflowTests {
    /// The workflows a council's site gets, and Readiness's own release workflow.
    static func workflows() throws -> [(name: String, text: String)] {
        let release = try String(
            contentsOf: Support.packageRoot.appendingPathComponent(".github/workflows/release.yml"), encoding: .utf8)
        return [
            ("readiness.yml", CIWorkflows.github), (".gitlab-ci.yml", CIWorkflows.gitlab), ("release.yml", release),
        ]
    }

    /// The actions' current majors, each on the Node 24 runtime (Node 20's are retired in 2026).
    static let currentActions: Set<String> = [
        "actions/checkout@v7", "actions/cache@v6", "actions/upload-artifact@v7", "actions/download-artifact@v8",
        "actions/upload-pages-artifact@v5", "actions/deploy-pages@v5", "softprops/action-gh-release@v3",
    ]

    /// Runs `script` with /bin/sh, returning its status and output.
    static func shell(_ script: String, in directory: URL, environment: [String: String] = [:]) throws
        -> (status: Int32, output: String)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("every action is a current major on the Node 24 runtime")
    func actions() throws {
        for (name, text) in try Self.workflows() {
            let uses = text.split(separator: "\n").compactMap { line -> String? in
                guard let range = line.range(of: "uses: ") else { return nil }
                return String(line[range.upperBound...].prefix { !$0.isWhitespace })
            }
            #expect(name == ".gitlab-ci.yml" ? uses.isEmpty : !uses.isEmpty, "\(name)")
            for action in uses { #expect(Self.currentActions.contains(action), "\(name): \(action)") }
        }
    }

    @Test("GitHub builds and uploads the internal site only when an intranet variable asks for it")
    func internalSiteOnlyWhenAskedFor() {
        let lines = CIWorkflows.github.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var guarded = 0
        for (index, line) in lines.enumerated()
        where line.contains("--audience internal") || line.contains("actions/upload-artifact") {
            // The step's `if:` is on one of the lines just above or below its command.
            let step = lines[max(0, index - 2)...min(lines.count - 1, index + 1)].joined(separator: "\n")
            #expect(step.contains("vars.INTRANET_ARTIFACT == 'yes'"), "unguarded: \(line)")
            guarded += 1
        }
        #expect(guarded == 2)
    }

    @Test("every readiness command in the workflows works out the as-at date from the run's day")
    func asOfToday() {
        for text in [CIWorkflows.github, CIWorkflows.gitlab] {
            let commands = text.split(separator: "\n").filter {
                $0.contains("readiness check") || $0.contains("readiness build") || $0.contains("readiness pdf")
            }
            #expect(commands.count >= 3)
            for command in commands { #expect(command.contains("--as-of today"), "\(command)") }
        }
    }

    @Test("the workflows download a pinned release, check its checksum and cache it; none builds Readiness")
    func pinnedRelease() {
        let version = ReadinessInfo.version
        for text in [CIWorkflows.github, CIWorkflows.gitlab] {
            #expect(text.contains("READINESS_VERSION: \"\(version)\"\n"))
            #expect(text.contains("READINESS_URL: https://"))
            #expect(text.contains("/v\(version)/readiness-\(version)-linux-x86_64.tar.gz\n"))
            #expect(text.contains("READINESS_SHA256: \"\"\n"))
            #expect(text.contains("sha256sum --check"))
            #expect(!text.contains("swift build") && !text.contains("git clone") && !text.contains("swift:"))
        }
        #expect(CIWorkflows.github.contains("key: readiness-${{ env.READINESS_VERSION }}-${{ env.READINESS_SHA256 }}"))
        #expect(CIWorkflows.gitlab.contains("key: readiness-$READINESS_VERSION-$READINESS_SHA256"))
    }

    @Test("problems show on the pull request (annotations) and on the merge request (Code Quality)")
    func problemsInline() {
        #expect(CIWorkflows.github.contains("readiness check --as-of today --format github"))
        #expect(CIWorkflows.gitlab.contains("--format codequality > gl-code-quality-report.json"))
        #expect(CIWorkflows.gitlab.contains("codequality: gl-code-quality-report.json"))
    }

    @Test("main publishes the public site to Pages and the internal one for the intranet; copies only when asked")
    func publishing() {
        for text in [CIWorkflows.github, CIWorkflows.gitlab] {
            #expect(text.contains("--audience public --output "))
            #expect(text.contains("--audience internal --output intranet-site"))
            #expect(text.contains("rsync ") && text.contains("smbclient "))
            #expect(text.contains("StrictHostKeyChecking=yes"))
        }
        #expect(CIWorkflows.github.contains("if: vars.INTRANET_RSYNC_TARGET != ''"))
        #expect(CIWorkflows.github.contains("if: vars.INTRANET_SMB_SHARE != ''"))
        #expect(CIWorkflows.gitlab.contains("- if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $INTRANET_RSYNC_TARGET"))
        #expect(CIWorkflows.gitlab.contains("- if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $INTRANET_SMB_SHARE"))
        #expect(CIWorkflows.gitlab.contains("access: developer"))
    }

    @Test("init writes the workflows, and the scaffold's are CIWorkflows'")
    func initWritesThem() throws {
        let folder = try Support.temporaryFolder().appendingPathComponent("site")
        let written = try SiteScaffold.create(in: folder.path).get()
        for (path, text) in [
            (".github/workflows/readiness.yml", CIWorkflows.github), (".gitlab-ci.yml", CIWorkflows.gitlab),
        ] {
            #expect(written.contains(path))
            #expect(try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8) == text)
        }
    }

    /// A stand-in for the binary (packing 35 MB of debug build would only be slower): a
    /// program that prints the version, as `readiness --version` does.
    static func standIn(in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("stand-in-readiness")
        try "#!/bin/sh\necho \(ReadinessInfo.version)\n".write(to: url, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: url.path)
        return url
    }

    /// A release tarball of the stand-in, packed by Tests/Dist/pack.sh into `folder`.
    static func pack(into folder: URL, epoch: String = "1700000000") throws -> URL {
        let script = Support.packageRoot.appendingPathComponent("Tests/Dist/pack.sh").path
        let binary = try standIn(in: folder.deletingLastPathComponent())
        let run = try shell(
            "sh '\(script)' '\(binary.path)' \(ReadinessInfo.version) '\(folder.path)' \(epoch)",
            in: folder.deletingLastPathComponent())
        #expect(run.status == 0, "\(run.output)")
        return folder.appendingPathComponent("readiness-\(ReadinessInfo.version)-linux-x86_64.tar.gz")
    }

    @Test("the download step installs a release whose checksum matches, and refuses any other")
    func download() throws {
        let root = try Support.temporaryFolder()
        let tarball = try Self.pack(into: root.appendingPathComponent("release"))
        let checksum = try String(contentsOf: URL(fileURLWithPath: tarball.path + ".sha256"), encoding: .utf8)
            .prefix { !$0.isWhitespace }
        func install(url: String, sha256: String) throws -> (status: Int32, output: String, home: URL) {
            let home = try Support.temporaryFolder().appendingPathComponent("readiness-home")
            let run = try Self.shell(
                CIWorkflows.download, in: root,
                environment: [
                    "READINESS_VERSION": ReadinessInfo.version, "READINESS_URL": url, "READINESS_SHA256": sha256,
                    "READINESS_HOME": home.path,
                ])
            return (run.status, run.output, home)
        }
        let good = try install(url: tarball.absoluteString, sha256: String(checksum))
        #expect(good.status == 0, "\(good.output)")
        #expect(good.output.contains(ReadinessInfo.version))
        #expect(FileManager.default.isExecutableFile(atPath: good.home.appendingPathComponent("readiness").path))

        let wrong = try install(url: tarball.absoluteString, sha256: String(repeating: "0", count: 64))
        #expect(wrong.status != 0)
        #expect(wrong.output.contains("set READINESS_SHA256 to the checksum in the release's .sha256 file"))
        #expect(!FileManager.default.fileExists(atPath: wrong.home.appendingPathComponent("readiness").path))

        let unset = try install(url: tarball.absoluteString, sha256: "")
        #expect(unset.status != 0)
        #expect(!FileManager.default.fileExists(atPath: unset.home.appendingPathComponent("readiness").path))

        let placeholder = try install(
            url: "https://github.com/YOUR-ORGANISATION/readiness/releases/x.tar.gz", sha256: String(checksum))
        #expect(placeholder.status != 0)
        #expect(placeholder.output.contains("Set READINESS_URL and READINESS_SHA256 at the top of this file"))
    }

    @Test("the release tarball is the same bytes whatever the umask and file times, and lists one binary")
    func reproduciblePacking() throws {
        let root = try Support.temporaryFolder()
        let first = try Self.pack(into: root.appendingPathComponent("one"))
        // Again after the files' times move and with another umask.
        let binary = root.appendingPathComponent("stand-in-readiness")
        #expect(try Self.shell("sleep 1; touch '\(binary.path)'; chmod 750 '\(binary.path)'", in: root).status == 0)
        let script = Support.packageRoot.appendingPathComponent("Tests/Dist/pack.sh").path
        let two = root.appendingPathComponent("two")
        let run = try Self.shell(
            "umask 077; sh '\(script)' '\(binary.path)' \(ReadinessInfo.version) '\(two.path)' 1700000000",
            in: root)
        #expect(run.status == 0, "\(run.output)")
        let second = two.appendingPathComponent(first.lastPathComponent)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: first.path + ".sha256"))
                == Data(contentsOf: URL(fileURLWithPath: second.path + ".sha256")))
        let verify = try Self.shell(
            "sha256sum --check '\(first.lastPathComponent).sha256'", in: first.deletingLastPathComponent())
        #expect(verify.status == 0, "\(verify.output)")
        let listing = try Self.shell(
            "TZ=UTC tar --list --verbose --full-time --numeric-owner --gzip --file '\(first.path)'", in: root)
        let name = "readiness-\(ReadinessInfo.version)-linux-x86_64"
        let lines = listing.output.split(separator: "\n")
        #expect(lines.count == 2, "\(listing.output)")
        #expect(lines.first?.hasPrefix("drwxr-xr-x 0/0") == true && lines.first?.hasSuffix(" \(name)/") == true)
        #expect(lines.last?.hasPrefix("-rwxr-xr-x 0/0") == true && lines.last?.hasSuffix(" \(name)/readiness") == true)
        #expect(lines.allSatisfy { $0.contains(" 2023-11-14 22:13:20 ") }, "\(listing.output)")
    }

    @Test("the library check passes a binary with only the C library, and fails one that needs libcmark")
    func libraries() throws {
        let script = Support.packageRoot.appendingPathComponent("Tests/Dist/libraries.sh").path
        let root = try Support.temporaryFolder()
        #expect(try Self.shell("sh '\(script)' /bin/true", in: root).status == 0)
        let debug = try Self.shell("sh '\(script)' '\(Support.binary.path)'", in: root)
        #expect(debug.status != 0)
        #expect(debug.output.contains("libcmark"), "\(debug.output)")
    }

    @Test(
        "make site builds the release statically; make dist checks its libraries, packs and tries it; make test lints CI and ends with make dist"
    )
    func makefile() throws {
        let makefile = try String(contentsOf: Support.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        func recipe(_ target: String) throws -> String {
            try #require(
                makefile.components(separatedBy: "\n\(target): ").dropFirst().first?.components(separatedBy: "\n\n")
                    .first,
                "\(target)")
        }
        let build = try recipe("build")
        for part in ["--static-swift-stdlib", "PKG_CONFIG_PATH", "$(STATIC_LIBS)"] {
            #expect(build.contains(part), "\(part)")
        }
        #expect(try recipe("site").hasPrefix("build"))
        let dist = try recipe("dist")
        #expect(dist.hasPrefix("build"))
        for part in [
            "Tests/Dist/libraries.sh .build/release/readiness", "Tests/Dist/pack.sh", "$(VERSION)", "--as-of today",
        ] {
            #expect(dist.contains(part), "\(part)")
        }
        let test = try recipe("test")
        #expect(test.contains("ci-lint"))
        #expect(test.hasSuffix("$(MAKE) --no-print-directory dist"), "\(test)")
        let run = try Self.shell("make --no-print-directory version", in: Support.packageRoot)
        #expect(run.output == ReadinessInfo.version + "\n")
    }
}
