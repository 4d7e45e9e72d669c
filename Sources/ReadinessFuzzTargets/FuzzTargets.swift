import Foundation
import ReadinessCore

/// libFuzzer targets over Readiness's input handling, chosen with FUZZ_TARGET:
/// `csv` (the CSV reader and table checks), `scanner` (the child-level scanner),
/// `yaml` (front matter and YAML loading), `template` (Mustache and Markdown rendering of a page),
/// `build` (a whole build from one byte string split into data and template files), `layout` (a
/// whole build over a tree of files, folders, links and FIFOs decoded from the bytes),
/// `expansion` (partial graphs, nested sections and set delimiters rendered under the budgets),
/// `workbook` (an .xlsx opened and its sheets read).
/// Built and run by `make fuzz`; see docs/fuzzing.md.
public enum FuzzTargets {
    /// Runs one target over one input.
    public static func run(_ target: String, _ bytes: [UInt8]) {
        switch target {
        case "scanner": scanner(bytes)
        case "yaml": yaml(bytes)
        case "template": template(bytes)
        case "build": build(bytes)
        case "layout": LayoutFuzzTarget.run(bytes)
        case "expansion": ExpansionFuzzTarget.run(bytes)
        case "workbook": WorkbookFuzzTarget.run(bytes)
        default: csv(bytes)
        }
    }

    static func csv(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        guard let source = SourceText.decode(bytes, path: "f.csv", log: &log) else { return }
        _ = CSVTable.read(source, as: ActionsFile.declaration, log: &log).map {
            ActionsLoader.load($0, asAt: nil, log: &log)
        }
        _ = CSVTable.read(source, as: CaseloadsFile.declaration, log: &log).map {
            CaseloadsLoader.load($0, log: &log)
        }
    }

    static func scanner(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { bytes in
            let scanner = CSVScanner(rows: bytes)
            var position = 0
            var line = 1
            var rows = 0
            while let _ = scanner.scanRow(
                from: &position, line: &line,
                cell: { _, range in
                    _ = CSVScanner.day(scanner.unquoted(range))
                })
            {
                rows += 1
                if rows > 100_000 { break }
            }
        }
    }

    static func yaml(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        guard let source = SourceText.decode(bytes, path: "f.md", log: &log) else { return }
        _ = PageTemplate.load(source, name: "f", log: &log)
        if let value = YAMLValue.parse(source, log: &log) { _ = SiteSettings.load(value, log: &log) }
    }

    static func template(_ bytes: [UInt8]) {
        var log = DiagnosticLog()
        guard let source = SourceText.decode(bytes, path: "f.md", log: &log) else { return }
        TemplateSchema.check(source.string, path: "f.md", log: &log)
        guard let template = MustacheSource.template(source.string, path: "f.md", line: 1, log: &log), !log.hasErrors
        else {
            return
        }
        let blocks = BlockTable()
        let view = MustacheView(
            fields: ["site": .object(["council": .text("<b>*x*</b>")]), "headline": .html("<p>h</p>", isBlock: true)],
            destination: .markdown, blocks: blocks)
        _ = blocks.substitute(in: MarkdownRenderer(allowRawHTML: false).html(template.render(view)))
    }

    /// Splits the input on NUL bytes into settings, actions, caseloads and a page, around the fixture.
    static func build(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: 3, omittingEmptySubsequences: false).map(Array.init)
        let folder = NSTemporaryDirectory() + "readiness-fuzz-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(
                "Tests/ReadinessCoreTests/Fixtures/basic")
        try? FileManager.default.removeItem(atPath: folder)
        guard (try? FileManager.default.copyItem(atPath: fixture.path, toPath: folder)) != nil else { return }
        let targets = ["data/settings.yaml", "data/actions.csv", "data/caseloads.csv", "site-templates/pages/fuzz.md"]
        for (index, part) in parts.enumerated() where index < targets.count {
            _ = FileManager.default.createFile(atPath: folder + "/" + targets[index], contents: Data(part))
        }
        _ = SiteBuilder.render(
            BuildRequest(
                dataFolder: folder + "/data", templatesFolder: folder + "/site-templates", outputFolder: "", asAt: nil))
    }
}
