import Foundation
import Testing

/// Readiness is built and tested on Linux only; its platform calls live in a few shim files (see
/// docs/design.md, "Platform") and the library reads no clock, locale or environment of its own.
@Suite struct PlatformShimTests {
    /// The only files that may import the C library or use its Linux-only names.
    static let shims: Set<String> = [
        "Sources/ReadinessInput/Input/FileSystemCalls.swift",
        "Sources/ReadinessInput/Input/ProgramCalls.swift",
        "Sources/readiness/SystemCalls.swift",
        "Sources/ReadinessPreview/Serve/SocketCalls.swift",
        "Sources/ReadinessPreview/Serve/WatchCalls.swift",
    ]

    /// Names that tie code to one C library or one kernel.
    static let platformNames = [
        "import Glibc", "import Darwin", "import Musl", "canImport(", "Glibc.", "st_mtim", "/proc/self/exe",
        "pthread_", "NSLockLite",
    ]

    /// Names that read the clock, the locale, the time zone or the environment.
    static let ambientNames = [
        "Date()", "Date.now", "DispatchTime", "ContinuousClock", "SuspendingClock", "ProcessInfo", "getenv",
        "Locale", "TimeZone",
    ]

    /// Every Swift file under `folder` (a path inside the package), as (package path, text).
    static func sources(under folder: String) throws -> [(path: String, text: String)] {
        let root = Support.packageRoot.path
        let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
        var files: [(String, String)] = []
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".swift") else { continue }
            let path = folder + "/" + name
            files.append((path, try String(contentsOfFile: root + "/" + path, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// The names found in `text` as whole words (not `CalendarDate()` for `Date()`), comments
    /// included: a comment naming a call is where the call usually is.
    static func uses(_ names: [String], in text: String) -> [String] {
        names.filter { name in
            var rest = text[...]
            while let range = rest.range(of: name) {
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                if !(before.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false) { return true }
                rest = text[range.upperBound...]
            }
            return false
        }
    }

    @Test func platformCallsAreOnlyInTheShims() throws {
        let files = try Self.sources(under: "Sources")
        #expect(files.count > 50)
        for file in files where !Self.shims.contains(file.path) {
            #expect(Self.uses(Self.platformNames, in: file.text) == [], "\(file.path)")
        }
        for shim in Self.shims {
            let text = try #require(files.first { $0.path == shim }?.text, "\(shim) is missing")
            #expect(text.hasPrefix("import Glibc\n"), "\(shim)")
        }
    }

    @Test func theTestsImportTheCLibraryOnlyInTheirSocketClient() throws {
        let shim = "Tests/ReadinessCoreTests/Site/HTTPClient.swift"
        let files = try Self.sources(under: "Tests/ReadinessCoreTests")
        #expect(files.contains { $0.path == shim })
        for file in files where file.path != shim && !file.path.hasSuffix("/PlatformShimTests.swift") {
            #expect(Self.uses(Self.platformNames, in: file.text) == [], "\(file.path)")
        }
    }

    @Test func theLibraryReadsNoClockLocaleOrEnvironment() throws {
        let files = try PackageGraphTests.pipeline.flatMap { try Self.sources(under: "Sources/" + $0) }
        #expect(files.count > 50)
        for file in files {
            #expect(Self.uses(Self.ambientNames, in: file.text) == [], "\(file.path)")
        }
    }

    @Test func nothingIsClaimedSendableUnchecked() throws {
        // Shared state is behind a `Mutex` or in an actor, so the compiler checks every claim.
        for file in try Self.sources(under: "Sources") {
            #expect(!file.text.contains("@unchecked Sendable"), "\(file.path)")
        }
    }

    @Test func theSearchFindsWholeNamesOnly() {
        #expect(Self.uses(["Date()"], in: "let d = CalendarDate()") == [])
        #expect(Self.uses(["Date()"], in: "let d = Date()") == ["Date()"])
        #expect(Self.uses(["import Glibc"], in: "#if os(Linux)\nimport Glibc\n#endif") == ["import Glibc"])
    }

    @Test func thePackageClaimsNoPlatformItIsNotTestedOn() throws {
        let manifest = try String(
            contentsOfFile: Support.packageRoot.path + "/Package.swift", encoding: .utf8)
        #expect(!manifest.contains("platforms:"))
        #expect(!manifest.contains(".brew("))
    }
}
