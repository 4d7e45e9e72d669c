import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Paths and helpers shared by the tests.
enum Support {
    /// The package's root folder.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The fixtures folder.
    static let fixtures = packageRoot.appendingPathComponent("Tests/ReadinessCoreTests/Fixtures")

    /// The `readiness` binary built beside the test bundle (SwiftPM puts every product of a
    /// build in one folder; Foundation's `Bundle.main` names the running test program).
    static var binary: URL {
        let exe = (Bundle.main.executableURL ?? Bundle.main.bundleURL).resolvingSymlinksInPath()
        var dir = exe.deletingLastPathComponent()
        // The test runner may sit inside a .xctest bundle folder.
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent("readiness")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/readiness")
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("readiness-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a folder to a new temporary one and returns the copy.
    static func copy(_ source: URL) throws -> URL {
        let target = try temporaryFolder().appendingPathComponent(source.lastPathComponent)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    /// Renders a site in memory from a folder holding `data/` and `site-templates/`.
    static func render(_ folder: URL, asAt: String? = nil) throws -> BuildResult {
        SiteBuilder.render(
            BuildRequest(
                dataFolder: folder.appendingPathComponent("data").path,
                templatesFolder: folder.appendingPathComponent("site-templates").path, outputFolder: "unused",
                asAt: try asAt.map { try CalendarDate.parse($0).get() }))
    }

    /// The basic fixture's folder.
    static var basic: URL { fixtures.appendingPathComponent("basic") }

    /// Source text from a string, as if read from `path`.
    static func source(_ text: String, path: String = "test.csv") -> SourceText {
        SourceText(path: path, bytes: Array(text.utf8))
    }

    /// Every regular file under a folder, as relative path → bytes.
    static func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = folder.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [:] }
        for case let relative as String in walker {
            var isDir: ObjCBool = false
            let full = base + "/" + relative
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
                result[relative] = try Data(contentsOf: URL(fileURLWithPath: full))
            }
        }
        return result
    }

    /// Runs the real binary, returning its exit status, standard output and standard error.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws
        -> (status: Int32, stdout: String, stderr: String)
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }
}

/// A small deterministic generator (SplitMix64), so every run of a property test sees the same
/// cases.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in a range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}

extension Support {
    /// Checks that a document of docs/ is what its generator makes of it (the generated tables
    /// between markers, the rest kept), naming the first line that differs; with
    /// RECORD_SNAPSHOTS set, writes the generated document instead. `rerun` is the test filter
    /// that rewrites it.
    static func expectGenerated(
        _ path: String, rerun: String, sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ generate: (String) -> String
    ) throws {
        let url = packageRoot.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let generated = generate(text)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
            try Data(generated.utf8).write(to: url)
            return
        }
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = generated.split(separator: "\n", omittingEmptySubsequences: false)
        // The first line that differs, not the whole doc, so the failure is readable.
        let line =
            zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? (got.count == want.count ? nil : min(got.count, want.count))
        #expect(
            line == nil,
            "\(path) differs from the declarations at line \((line ?? 0) + 1); run RECORD_SNAPSHOTS=1 swift test --filter \(rerun)",
            sourceLocation: sourceLocation)
    }
}
