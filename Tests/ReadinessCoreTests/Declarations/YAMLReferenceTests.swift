import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The YAML files' key tables (settings.yaml's in docs/configuration.md, the others' in
/// docs/data-format.md) are the declarations': set RECORD_SNAPSHOTS=1 to write them again after
/// changing a declaration. And the loaders read only declared keys.
@Suite("YAML reference")
struct YAMLReferenceTests {
    /// Each doc and the YAML files whose key tables it holds.
    static let docs: [(path: String, files: [String])] = [
        ("docs/configuration.md", ["settings.yaml"]),
        ("docs/data-format.md", ["themes.yaml", "inspections.yaml", "committees.yaml"]),
    ]

    static func read(_ path: String) throws -> String {
        try String(contentsOf: Support.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("every declared YAML file has a key table in the docs")
    func everyFileMarked() throws {
        for doc in Self.docs {
            #expect(YAMLReference.markedFiles(in: try Self.read(doc.path)) == doc.files, "\(doc.path)")
        }
        #expect(Self.docs.flatMap(\.files).sorted() == DataFiles.yaml.map(\.name).sorted())
    }

    @Test("the docs' key tables are the ones generated from the declarations")
    func tablesMatch() throws {
        for doc in Self.docs {
            try Support.expectGenerated(doc.path, rerun: "YAMLReference") { YAMLReference.updating($0) }
        }
    }

    @Test("a table lists each key by its path, with its presence, kind, default and summary")
    func tableRows() {
        let rag = YAMLMappingKey(
            "rag",
            keys: [YAMLKey.wholeNumber("due_soon_days", in: 0...366, summary: "days").defaulting(to: 28).declaration],
            summary: "rules")
        let themes = YAMLListKey(
            "themes", what: "each theme", required: true,
            keys: [YAMLKey.slug("id", of: "theme", summary: "its id").declaration], summary: "themes")
        let file = YAMLFileDeclaration("t.yaml", purpose: "a test", keys: [rag.declaration, themes.declaration])
        #expect(
            YAMLReference.table(file)
                == """
                | key | required | accepts | default | what it sets |
                | --- | --- | --- | --- | --- |
                | `rag` | no | the keys below, indented under it | | rules |
                | `rag.due_soon_days` | no | a whole number from 0 to 366 | `28` | days |
                | `themes` | yes | a list, each item starting with `- ` and holding the keys below | | themes |
                | `themes[].id` | yes | lower-case letters, digits and hyphens, unique in the file | | its id |
                """)
    }

    @Test("a drifted table is replaced, the text around it kept")
    func updating() {
        let file = YAMLFileDeclaration(
            "t.yaml", purpose: "a test", keys: [YAMLKey.text("name", summary: "a name").declaration])
        let doc = "before\n<!-- keys: t.yaml -->\n| old |\n<!-- end keys -->\nafter\n"
        #expect(
            YAMLReference.updating(doc, files: [file])
                == "before\n<!-- keys: t.yaml -->\n| key | required | accepts | default | what it sets |\n| --- | --- | --- | --- | --- |\n| `name` | no | text | | a name |\n<!-- end keys -->\nafter\n"
        )
    }

    /// The YAML examples under a doc's `## NAME` heading, joined into one document.
    static func examples(of file: String, in path: String) throws -> String {
        let lines = try read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "## \(file)") else { return "" }
        var yaml: [String] = []
        var inside = false
        for line in lines[(start + 1)...] {
            if line.hasPrefix("## ") { break }
            if inside {
                if line == "```" { inside = false } else { yaml.append(line) }
            } else if line == "```yaml" {
                inside = true
            }
        }
        return yaml.joined(separator: "\n")
    }

    /// Every key path a document holds that its declaration declares (`rag.due_soon_days`,
    /// `themes[].id`).
    static func declaredPaths(in value: YAMLValue, _ keys: [YAMLKeyDeclaration], under prefix: String = "")
        -> Set<String>
    {
        var paths: Set<String> = []
        for entry in value.entries ?? [] {
            guard let key = keys.first(where: { $0.name == entry.key }) else { continue }
            let path = prefix + key.name
            paths.insert(path)
            switch key.kind {
            case .mapping(let mapping): paths.formUnion(declaredPaths(in: entry.value, mapping.keys, under: path + "."))
            case .list(let item):
                for element in entry.value.items ?? [] {
                    paths.formUnion(declaredPaths(in: element, item.keys, under: path + "[]."))
                }
            default: break
            }
        }
        return paths
    }

    /// Every key path a declaration declares.
    static func allPaths(_ keys: [YAMLKeyDeclaration], under prefix: String = "") -> Set<String> {
        var paths: Set<String> = []
        for key in keys {
            paths.insert(prefix + key.name)
            switch key.kind {
            case .mapping(let mapping): paths.formUnion(allPaths(mapping.keys, under: prefix + key.name + "."))
            case .list(let item): paths.formUnion(allPaths(item.keys, under: prefix + key.name + "[]."))
            default: break
            }
        }
        return paths
    }

    /// Each YAML file, the doc holding its examples, and its loader.
    static var loaders: [(file: YAMLFileDeclaration, doc: String, load: (YAMLValue, inout DiagnosticLog) -> Void)] {
        [
            (SettingsFile.declaration, "docs/configuration.md", { _ = SiteSettings.load($0, log: &$1) }),
            (ThemesFile.declaration, "docs/data-format.md", { _ = ThemesLoader.load($0, log: &$1) }),
            (InspectionsFile.declaration, "docs/data-format.md", { _ = InspectionsLoader.load($0, log: &$1) }),
            (CommitteesFile.declaration, "docs/data-format.md", { _ = CommitteesLoader.load($0, log: &$1) }),
        ]
    }

    /// Loaders read only through `YAMLSection`, which takes typed keys, never a name, and stops at
    /// a key its mapping does not declare. The docs' examples hold every declared key, so loading
    /// them runs every read a loader makes: an undeclared one would stop the tests here.
    @Test("the docs' examples hold every declared key and load without a problem")
    func examplesReadEveryKey() throws {
        for loader in Self.loaders {
            let text = try Self.examples(of: loader.file.name, in: loader.doc)
            var log = DiagnosticLog()
            let value = try #require(YAMLValue.parse(Support.source(text, path: loader.file.name), log: &log))
            loader.load(value, &log)
            #expect(log.all.map(\.description) == [], "\(loader.file.name)")
            let missing = Self.allPaths(loader.file.keys).subtracting(Self.declaredPaths(in: value, loader.file.keys))
            #expect(missing == [], "the examples of \(loader.file.name) in \(loader.doc) leave out \(missing.sorted())")
        }
    }

    @Test("the loaders name no key: they read the declarations' typed keys")
    func loadersNameNoKey() throws {
        let names = Set(
            Self.allPaths(DataFiles.yaml.flatMap(\.keys)).map { String($0.split(separator: ".").last ?? "") }
                .map { $0.replacingOccurrences(of: "[]", with: "") })
        let loaders = ["ThemesLoader", "InspectionsLoader", "CommitteesLoader", "SettingsLoader"]
        for loader in loaders {
            let source = try Self.read("Sources/ReadinessInput/Load/\(loader).swift")
            #expect(!source.contains("YAMLMappingReader"), "\(loader) reads a mapping by its keys' names")
            for name in names {
                // A name may still be a noun in a message, such as `what: "theme"`.
                let uses = source.components(separatedBy: "\"\(name)\"").dropLast()
                #expect(uses.allSatisfy { $0.hasSuffix("what: ") }, "\(loader) names the key '\(name)'")
            }
        }
    }

    @Test("a mapping's unknown keys are reported with the keys its declaration lists")
    func unknownKeys() throws {
        let yaml = "themes:\n  - id: a\n    framework: f\n    name: A\n    colour: red\nframeworks:\n  - id: f\n"
        var log = DiagnosticLog()
        let value = try #require(YAMLValue.parse(Support.source(yaml, path: "themes.yaml"), log: &log))
        _ = ThemesLoader.load(value, log: &log)
        #expect(
            log.all.map(\.description) == [
                "themes.yaml:5:5: error: 'colour' is not a setting Readiness knows; the keys here are: "
                    + ThemesFile.themes.item.names.joined(separator: ", ")
            ])
        #expect(ThemesFile.themes.item.names == ["id", "framework", "name", "short_name", "summary", "service_areas"])
    }

    @Test("settings.yaml declares each team indicator's section, with the indicator's defaults")
    func indicatorSections() {
        for indicator in DataFiles.indicators {
            let key = SettingsFile.declaration.keys.first { $0.name == indicator.id }
            guard case .mapping(let mapping)? = key?.kind else {
                Issue.record("settings.yaml declares no '\(indicator.id)' section")
                continue
            }
            #expect(mapping.what == "'\(indicator.id)'")
            #expect(mapping.names == ["standard", "theme", "name"])
            #expect(mapping.keys[0].defaultValue == "`\(indicator.defaultStandard)`")
        }
    }
}
