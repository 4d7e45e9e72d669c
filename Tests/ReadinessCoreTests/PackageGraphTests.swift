import Foundation
import Testing

/// The library is one target per pipeline stage, and dependencies point one way: a stage may use
/// the stages before it, never one after (docs/design.md). Package.swift and every source file's
/// imports are both checked, so neither a dependency nor an `import` (`@_exported` included) can
/// point up the pipeline.
@Suite struct PackageGraphTests {
    /// The library's targets, in pipeline order.
    static let pipeline = [
        "ReadinessModel", "ReadinessInput", "ReadinessCompute", "ReadinessRender", "ReadinessWrite", "ReadinessCore",
        "ReadinessPreview",
    ]

    /// What the model, the bottom of the pipeline, may import.
    static let modelImports: Set<String> = ["Foundation", "Synchronization"]

    /// The package's targets other than its system libraries (libcmark, GLPK), which any stage
    /// may use.
    static func swiftTargets() throws -> [(name: String, text: String)] {
        try FuzzTargetPlacementTests.manifestTargets().filter {
            !FileManager.default.fileExists(atPath: Support.packageRoot.path + "/Sources/\($0.name)/module.modulemap")
        }
    }

    /// The module an `import` line names (`@_exported import A`, `@testable import A`,
    /// `package import A`, `import struct A.B`), or nil for any other line.
    static func importedModule(_ line: String) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal"].contains(first) {
            words.removeFirst()
        }
        guard words.first == "import", words.count >= 2 else { return nil }
        let kinds: Set<String> = ["struct", "class", "enum", "protocol", "typealias", "func", "var", "let"]
        let path = kinds.contains(words[1]) && words.count >= 3 ? words[2] : words[1]
        return String(path.prefix { $0 != "." })
    }

    /// Every module a target's sources import, with the file that imports it.
    static func imports(of target: String) throws -> [(file: String, module: String)] {
        try PlatformShimTests.sources(under: "Sources/" + target).flatMap { file in
            file.text.split(separator: "\n").compactMap { line in
                importedModule(line.trimmingCharacters(in: .whitespaces)).map { (file.path, $0) }
            }
        }
    }

    @Test func everyLibraryTargetHasItsPlaceInThePipeline() throws {
        let targets = try FuzzTargetPlacementTests.manifestTargets().map(\.name)
        let library = targets.filter { $0.hasPrefix("Readiness") && !$0.contains("Fuzz") && !$0.hasSuffix("Tests") }
        #expect(library.sorted() == Self.pipeline.sorted())
    }

    @Test func dependenciesPointDownThePipeline() throws {
        let targets = try Self.swiftTargets()
        let names = targets.map(\.name)
        for (stage, name) in Self.pipeline.enumerated() {
            let target = try #require(targets.first { $0.name == name }, "\(name) is not in Package.swift")
            for other in names where other != name && target.text.contains("\"\(other)\"") {
                let position = Self.pipeline.firstIndex(of: other)
                #expect(position.map { $0 < stage } ?? false, "\(name) depends on \(other)")
            }
        }
        let model = try #require(try FuzzTargetPlacementTests.manifestTargets().first { $0.name == "ReadinessModel" })
        #expect(!model.text.contains("dependencies"), "ReadinessModel depends on nothing")
    }

    @Test func importsPointDownThePipeline() throws {
        let local = Set(try Self.swiftTargets().map(\.name))
        for (stage, name) in Self.pipeline.enumerated() {
            let imports = try Self.imports(of: name)
            #expect(!imports.isEmpty, "\(name) has no sources")
            for (file, module) in imports where local.contains(module) {
                let position = Self.pipeline.firstIndex(of: module)
                #expect(position.map { $0 < stage } ?? false, "\(file) imports \(module)")
            }
        }
        for (file, module) in try Self.imports(of: "ReadinessModel") {
            #expect(Self.modelImports.contains(module), "\(file) imports \(module)")
        }
    }

    @Test func importLinesAreReadWhateverTheirAttributes() {
        #expect(Self.importedModule("import ReadinessModel") == "ReadinessModel")
        #expect(Self.importedModule("@_exported import ReadinessRender") == "ReadinessRender")
        #expect(Self.importedModule("@testable import ReadinessWrite") == "ReadinessWrite")
        #expect(Self.importedModule("package import ReadinessInput") == "ReadinessInput")
        #expect(Self.importedModule("import struct ReadinessCompute.SiteFigures") == "ReadinessCompute")
        #expect(Self.importedModule("/// import nothing") == nil)
        #expect(Self.importedModule("let important = 1") == nil)
    }
}
