import Foundation
import Testing

/// Several real builds into one folder at once, killed at random moments (seeded): the output
/// is always exactly one complete build, files a person added survive, and the next build works.
@Suite("Concurrent and interrupted builds", .serialized)
struct ConcurrentBuildTests {
    static let dates = ["2026-11-20", "2026-12-02"]

    /// A complete site built on its own for each as-at date.
    func references() throws -> [[String: Data]] {
        try Self.dates.map { date in
            let dir = try Support.copy(Support.basic)
            let run = try Support.run(["build", "--as-of", date], in: dir)
            #expect(run.status == 0, "\(run.stderr)")
            return try Support.files(in: dir.appendingPathComponent("_site"))
        }
    }

    func start(_ date: String, in dir: URL) throws -> Process {
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = ["build", "--as-of", date]
        process.currentDirectoryURL = dir
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("four builds at once, killed at random points, always leave one whole site")
    func killedConcurrentBuilds() throws {
        let references = try references()
        let dir = try Support.copy(Support.basic)
        #expect(try Support.run(["build", "--as-of", Self.dates[0]], in: dir).status == 0)
        let site = dir.appendingPathComponent("_site")
        let added = "evidence/audit-q2.pdf"
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("evidence"), withIntermediateDirectories: true)
        try Data("evidence".utf8).write(to: site.appendingPathComponent(added))
        let expected = references.map { $0.merging([added: Data("evidence".utf8)]) { a, _ in a } }

        var random = SeededRandom(state: 12)
        for round in 0..<15 {
            let builds = try (0..<4).map { try start(Self.dates[($0 + round) % 2], in: dir) }
            for build in builds where random.int(0...2) > 0 {
                usleep(useconds_t(random.int(0...250) * 1000))
                kill(build.processIdentifier, random.int(0...1) == 0 ? SIGKILL : SIGINT)
            }
            for build in builds { build.waitUntilExit() }
            let now = try Support.files(in: site)
            #expect(expected.contains(now), "round \(round): the output is not one whole build: \(now.keys.sorted())")
        }
        let final = try Support.run(["build", "--as-of", Self.dates[1]], in: dir)
        #expect(final.status == 0, "\(final.stderr)")
        #expect(try Support.files(in: site) == expected[1])
        // Nothing is left beside the site but the site it replaced, kept for the next build.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains(".readiness-") && $0 != "_site.readiness-spare"
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("a build that must wait for another says so, then finishes when the other is done")
    func waitingIsSaid() throws {
        let dir = try Support.copy(Support.basic)
        // Hold the lock as another build would.
        let lockPath = dir.appendingPathComponent("_site.readiness-lock").path
        let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(fd >= 0)
        #expect(flock(fd, LOCK_EX) == 0)
        let process = Process()
        process.executableURL = Support.binary
        process.arguments = ["build", "--as-of", Self.dates[0]]
        process.currentDirectoryURL = dir
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Read standard error until the message comes (or two seconds pass).
        // Non-blocking reads, so a missing message fails the test instead of hanging it.
        var text = ""
        let errFD = err.fileHandleForReading.fileDescriptor
        _ = fcntl(errFD, F_SETFL, fcntl(errFD, F_GETFL) | O_NONBLOCK)
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<20 where !text.contains("waiting") {
            usleep(100_000)
            let n = read(errFD, &buffer, buffer.count)
            if n > 0 { text += String(decoding: buffer[0..<n], as: UTF8.self) }
        }
        #expect(text.contains("another build is writing to _site/; waiting for it to finish"), "\(text)")
        #expect(process.isRunning)
        flock(fd, LOCK_UN)
        close(fd)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
