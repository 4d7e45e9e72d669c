import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// `readiness pdf` prints from a staging copy and publishes only when every PDF is made; file
/// addresses are percent-encoded. A fake Chromium (a shell script) tests the logic anywhere; the
/// real one is used too when installed.
@Suite("Printing to PDF", .serialized)
struct PDFPrinterTests {
    /// A script standing in for Chromium: it decodes the file address it is given, and "prints" the
    /// page by copying it into the PDF; it fails on any page whose name holds `failOn`.
    func fakeChromium(failOn: String? = nil) throws -> URL {
        let script = try Support.temporaryFolder().appendingPathComponent("chromium")
        let text = """
            #!/bin/bash
            for arg in "$@"; do
              case "$arg" in
                --print-to-pdf=*) out="${arg#--print-to-pdf=}" ;;
                file://*) url="$arg" ;;
              esac
            done
            raw="${url#file://}"
            printf -v page '%b' "${raw//%/\\\\x}"
            \(failOn.map { "case \"$page\" in *\($0)*) echo 'cannot print' >&2; exit 3 ;; esac" } ?? "")
            [ -f "$page" ] || { echo "no such page: $page" >&2; exit 4; }
            { echo '%PDF-1.4'; cat "$page"; } > "$out"

            """
        try text.write(to: script, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return script
    }

    @Test("a file address escapes %, spaces and non-ASCII letters")
    func fileAddress() {
        #expect(PDFPrinter.fileURL("/tmp/out%41 b/ü.html") == "file:///tmp/out%2541%20b/%C3%BC.html")
        #expect(PDFPrinter.fileURL("/a/b-c_d.e~f/index.html") == "file:///a/b-c_d.e~f/index.html")
    }

    @Test("when Chromium fails, the site already in place is left exactly as it was")
    func failureLeavesSite() throws {
        let dir = try Support.copy(Support.basic)
        #expect(try Support.run(["build", "--as-of", "2026-11-20"], in: dir).status == 0)
        let before = try Support.files(in: dir.appendingPathComponent("_site"))
        let chromium = try fakeChromium(failOn: "follow-ups")
        let run = try Support.run(["pdf", "--as-of", "2026-12-02", "--chromium", chromium.path], in: dir)
        #expect(run.status == 1)
        #expect(run.stderr.contains("follow-ups.html"), "\(run.stderr)")
        #expect(try Support.files(in: dir.appendingPathComponent("_site")) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter {
            $0.contains(".readiness-")
        }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("PDFs are part of the site: listed in the marker, replaced by the next build")
    func pdfsArePartOfTheSite() throws {
        let dir = try Support.copy(Support.basic)
        let run = try Support.run(["pdf", "--chromium", try fakeChromium().path], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("Printed 6 PDFs into _site/pdf/.\n"))
        let marker = try String(contentsOf: dir.appendingPathComponent("_site/.readiness-site"), encoding: .utf8)
        #expect(marker.contains("\npdf/agenda-pack.pdf\n"))
        #expect(try Support.run(["build"], in: dir).status == 0)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("_site/pdf").path))
    }

    static var chromiums: [String] {
        ["fake"] + (FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") ? ["/usr/bin/chromium"] : [])
    }

    @Test("an output folder whose name holds %41 prints its own pages", arguments: chromiums)
    func percentInPath(_ chromium: String) throws {
        let dir = try Support.copy(Support.basic)
        // The folder a wrongly built address would name instead.
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("outA"), withIntermediateDirectories: true)
        try "WRONG FOLDER".write(
            to: dir.appendingPathComponent("outA/index.html"), atomically: false, encoding: .utf8)
        let program = chromium == "fake" ? try fakeChromium().path : chromium
        let run = try Support.run(["pdf", "--output", "out%41", "--chromium", program], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try Data(contentsOf: dir.appendingPathComponent("out%41/pdf/index.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        if chromium == "fake" {
            #expect(String(decoding: pdf, as: UTF8.self).contains("Inspection readiness overview"))
        }
        #expect(!String(decoding: pdf, as: UTF8.self).contains("WRONG FOLDER"))
    }
}
