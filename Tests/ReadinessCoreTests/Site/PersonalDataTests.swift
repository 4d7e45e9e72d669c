import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Child-level data never reaches any output: every personal field of the basic fixture's
/// Annex A lists holds a value starting SENTINEL, and no byte of any build may contain it.
@Suite("Personal data never reaches the output", .serialized)
struct PersonalDataTests {
    static let sentinel = "SENTINEL"

    /// Every file under a folder, with PDFs also as their extracted text (PDF text is compressed).
    func contents(_ folder: URL) throws -> [(String, Data)] {
        var out: [(String, Data)] = []
        for (path, bytes) in try Support.files(in: folder) {
            out.append((path, bytes))
            if path.hasSuffix(".pdf"), FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
                process.arguments = [folder.appendingPathComponent(path).path, "-"]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let text = pipe.fileHandleForReading.readDataToEndOfFile()
                process.waitUntilExit()
                #expect(text.count > 100, "no text came out of \(path)")
                out.append((path + " (text)", text))
            }
        }
        return out
    }

    @Test("the fixture really holds the sentinels, so this test can fail")
    func fixtureHasSentinels() throws {
        let lists = try Support.files(in: Support.basic.appendingPathComponent("data/annex-a"))
        #expect(lists.count == 4)
        for (name, bytes) in lists {
            let text = String(decoding: bytes, as: UTF8.self)
            for heading in ["CHILD-UNIQUE-ID", "DATE-OF-BIRTH", "POSTCODE", "ALLOCATED-WORKER", "GENDER", "ETHNICITY"] {
                #expect(text.contains("SENTINEL-\(heading)"), "\(name) lacks the \(heading) sentinel")
            }
        }
        // Every declared table with a personal column (supervisions.csv's workers) has it in the
        // fixture, each value a sentinel.
        for file in DataFiles.tables where !file.personalColumns.isEmpty {
            let url = Support.basic.appendingPathComponent("data").appendingPathComponent(file.name)
            let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
            #expect(!rows.isEmpty, "\(file.name) is not in the fixture")
            #expect(rows.allSatisfy { $0.hasPrefix(Self.sentinel) }, "\(file.name): a personal value is not a sentinel")
        }
    }

    @Test(
        "no byte of either audience's site, standalone pages, manifest or PDFs holds a sentinel",
        arguments: ["internal", "public"])
    func noSentinel(_ audience: String) throws {
        let dir = try Support.copy(Support.basic)
        let build = try Support.run(["build", "--audience", audience, "--standalone"], in: dir)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stdout.contains(Self.sentinel) && !build.stderr.contains(Self.sentinel))
        var files = try contents(dir.appendingPathComponent("_site"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") {
            let pdf = try Support.run(["pdf", "--audience", audience, "--chromium", "/usr/bin/chromium"], in: dir)
            #expect(pdf.status == 0, "\(pdf.stderr)")
            files = try contents(dir.appendingPathComponent("_site"))
            #expect(files.contains { $0.0.hasSuffix(".pdf") })
        }
        #expect(files.contains { $0.0 == "manifest.json" })
        #expect(files.contains { $0.0 == "assets/style.css" })
        for (path, bytes) in files {
            #expect(bytes.range(of: Data(Self.sentinel.utf8)) == nil, "\(path) holds a sentinel value")
        }
        let manifest = try String(contentsOf: dir.appendingPathComponent("_site/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"audience\": \"\(audience)\""))
        #expect(manifest.contains("\"path\": \"data/annex-a/list-8.csv\""))
    }

    @Test("a bad cell in a child-level list is reported without its value")
    func diagnosticsHoldNoValues() throws {
        let dir = try Support.copy(Support.basic)
        let list = dir.appendingPathComponent("data/annex-a/list-7.csv")
        let text = try String(contentsOf: list, encoding: .utf8).replacingOccurrences(
            of: "2026-11-06", with: "SENTINEL-DATE")
        try text.write(to: list, atomically: false, encoding: .utf8)
        let run = try Support.run(["build"], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("data/annex-a/list-7.csv:2:"))
        #expect(!run.stderr.contains(Self.sentinel))
    }
}
