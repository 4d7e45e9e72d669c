import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The builds the page tests look at: the sample and the basic fixture, internal and public,
/// and variants of the sample data whose actions, follow-ups and audits are cut to 0, 1 and 2
/// rows, so every count on every page is seen at 0, 1 and more. Built once, shared.
enum PageBuilds {
    /// One build: its name, its HTML pages by path, and the number of actions, follow-ups and
    /// audits its data kept (nil for the whole data).
    struct Build: Sendable {
        let name: String
        let pages: [String: String]
        let kept: Int?
        let errors: [String]
    }

    static let shippedTemplates = Support.packageRoot.appendingPathComponent("site-templates")
    static let sampleData = Support.packageRoot.appendingPathComponent("data")

    static let all: [Build] = {
        var builds: [Build] = []
        for audience in [Audience.internal, .public] {
            let suffix = audience == .public ? "-public" : ""
            builds.append(build("sample" + suffix, data: sampleData, templates: shippedTemplates, audience: audience))
            builds.append(
                build(
                    "basic" + suffix, data: Support.basic.appendingPathComponent("data"),
                    templates: Support.basic.appendingPathComponent("site-templates"), audience: audience))
            builds.append(
                build(
                    "basic-data-shipped-templates" + suffix, data: Support.basic.appendingPathComponent("data"),
                    templates: shippedTemplates, audience: audience))
        }
        // A council's first build: `readiness init --blank`, every table empty.
        if let folder = try? Support.temporaryFolder().appendingPathComponent("blank"),
            case .success = SiteScaffold.create(in: folder.path, blank: true)
        {
            for audience in [Audience.internal, .public] {
                builds.append(
                    build(
                        "blank" + (audience == .public ? "-public" : ""), data: folder.appendingPathComponent("data"),
                        templates: folder.appendingPathComponent("site-templates"), audience: audience))
            }
        }
        for kept in 0...2 {
            for audience in [Audience.internal, .public] {
                guard let data = try? truncatedSample(keeping: kept) else { continue }
                builds.append(
                    build(
                        "sample-kept-\(kept)" + (audience == .public ? "-public" : ""), data: data,
                        templates: shippedTemplates, audience: audience, kept: kept))
            }
        }
        return builds
    }()

    static func build(_ name: String, data: URL, templates: URL, audience: Audience, kept: Int? = nil) -> Build {
        let result = SiteBuilder.render(
            BuildRequest(
                dataFolder: data.path, templatesFolder: templates.path, outputFolder: "unused", asAt: nil,
                audience: audience))
        var pages: [String: String] = [:]
        for file in result.files where file.path.hasSuffix(".html") {
            pages[file.path] = String(decoding: file.bytes, as: UTF8.self)
        }
        return Build(name: name, pages: pages, kept: kept, errors: result.diagnostics.errors.map(\.description))
    }

    /// A copy of the sample data with only the first `keeping` rows of actions.csv,
    /// follow-ups.csv and audits.csv.
    static func truncatedSample(keeping: Int) throws -> URL {
        let copy = try Support.copy(sampleData)
        for name in ["actions.csv", "follow-ups.csv", "audits.csv"] {
            let url = copy.appendingPathComponent(name)
            let text = try String(contentsOf: url, encoding: .utf8)
            let records = csvRecords(text)
            try (records.prefix(keeping + 1).joined(separator: "\n") + "\n").write(
                to: url, atomically: false, encoding: .utf8)
        }
        return copy
    }

    /// The records of a CSV text, each with its line breaks inside quotes kept.
    static func csvRecords(_ text: String) -> [String] {
        var records: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if (character == "\n" || character == "\r\n") && !quoted {
                if !current.isEmpty { records.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { records.append(current) }
        return records
    }

    /// The words a page shows: tags taken out, blocks and cells kept apart by line breaks,
    /// the entities the renderer writes read back.
    static func text(_ html: String) -> String {
        var out = html.replacingOccurrences(
            of:
                #"</?(td|th|tr|li|p|div|caption|h[1-6]|dt|dd|br|ul|ol|table|thead|tbody|tfoot|figure|figcaption|summary|details|title|desc|text|svg|g|section|header|footer|nav|main)\b[^>]*>"#,
            with: "\n", options: .regularExpression)
        out = out.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        for (entity, character) in [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out.replacingOccurrences(of: #"[ \t]+"#, with: " ", options: .regularExpression)
    }

    /// Every match of a pattern in a text, with a little context.
    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return ["bad pattern \(pattern)"] }
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).compactMap { match in
            Range(match.range, in: text).map { String(text[$0]) }
        }
    }
}
