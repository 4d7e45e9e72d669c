import Foundation
import Testing

/// The fuzz targets are their own library, `ReadinessFuzzTargets`: the shipped library (every
/// target of `PackageGraphTests.pipeline`) holds none of them, the command does not depend on
/// them, and the `readiness` binary does not carry them.
@Suite struct FuzzTargetPlacementTests {
    /// The targets of Package.swift as (name, text of its declaration), comments dropped.
    static func manifestTargets() throws -> [(name: String, text: String)] {
        let manifest = try String(contentsOfFile: Support.packageRoot.path + "/Package.swift", encoding: .utf8)
        let starts = [".target(", ".executableTarget(", ".testTarget(", ".systemLibrary("]
        var targets: [(name: String, text: String)] = []
        for var line in manifest.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("//") { continue }
            // A target may be declared on one line: `.target(name: "ReadinessModel"),`.
            if let start = starts.first(where: line.hasPrefix) {
                targets.append(("", ""))
                line = String(line.dropFirst(start.count))
            }
            guard let last = targets.indices.last else { continue }
            if targets[last].name.isEmpty, line.hasPrefix("name: \"") {
                targets[last].name = String(line.dropFirst(7).prefix { $0 != "\"" })
            }
            targets[last].text += line + "\n"
        }
        return targets
    }

    @Test func theShippedLibraryHoldsNoFuzzTarget() throws {
        let files = try PackageGraphTests.pipeline.flatMap { try PlatformShimTests.sources(under: "Sources/" + $0) }
        #expect(files.count > 50)
        for file in files {
            #expect(!file.path.contains("Fuzz"), "\(file.path)")
            #expect(!file.text.contains("FuzzTarget"), "\(file.path)")
        }
        let fuzz = try PlatformShimTests.sources(under: "Sources/ReadinessFuzzTargets").map(\.path)
        #expect(fuzz.contains("Sources/ReadinessFuzzTargets/FuzzTargets.swift"))
    }

    @Test func onlyTheFuzzerAndTheTestsDependOnTheFuzzTargets() throws {
        let targets = try Self.manifestTargets()
        #expect(targets.map(\.name).contains("ReadinessFuzzTargets"))
        let users = targets.filter { $0.text.contains("\"ReadinessFuzzTargets\"") && $0.name != "ReadinessFuzzTargets" }
        #expect(users.map(\.name).sorted() == ["ReadinessCoreTests", "ReadinessFuzz"])
        for name in PackageGraphTests.pipeline {
            let library = try #require(targets.first { $0.name == name })
            #expect(!library.text.contains("Fuzz"), "\(name)")
        }
    }

    @Test func theCommandBinaryCarriesNoFuzzCode() throws {
        let binary = try Data(contentsOf: Support.binary)
        // The library's own names are in the binary's symbols, so the search can find a name.
        #expect(binary.range(of: Data("SiteBuilder".utf8)) != nil)
        #expect(binary.range(of: Data("FuzzTarget".utf8)) == nil)
    }
}
