import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("Decoding input files")
struct SourceTextTests {
    @Test("a UTF-8 byte-order mark is removed")
    func bom() throws {
        var log = DiagnosticLog()
        let text = try #require(SourceText.decode([0xEF, 0xBB, 0xBF] + Array("a,b".utf8), path: "f.csv", log: &log))
        #expect(text.string == "a,b")
    }

    @Test("UTF-16 is refused with advice to save as UTF-8")
    func utf16() {
        var log = DiagnosticLog()
        #expect(SourceText.decode([0xFF, 0xFE, 0x61, 0x00], path: "f.csv", log: &log) == nil)
        #expect(log.errors.first?.hint?.contains("CSV UTF-8") == true)
    }

    @Test("UTF-16 without a byte order mark is refused as UTF-16, once; short or plain text is not taken for it")
    func utf16WithoutMark() {
        for bytes: [UInt8] in [[0x61, 0x00, 0x2C, 0x00, 0x62, 0x00], [0x00, 0x61, 0x00, 0x2C, 0x00, 0x62]] {
            var log = DiagnosticLog()
            #expect(SourceText.decode(bytes, path: "f.csv", log: &log) == nil)
            #expect(log.errors.map(\.message) == ["the file is UTF-16 text, which Readiness does not read"])
        }
        for bytes: [UInt8] in [
            [0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x61],
        ] {
            var log = DiagnosticLog()
            #expect(SourceText.decode(bytes, path: "f.csv", log: &log) == nil)
            #expect(log.errors.map(\.message) == ["the file is UTF-32 text, which Readiness does not read"])
        }
        for bytes: [UInt8] in [[0x61, 0x00], Array("a,b\n".utf8), [0x61, 0x00, 0x62, 0x63]] {
            #expect(!SourceText.looksLikeUTF16(bytes), "\(bytes)")
        }
    }

    @Test(
        "invalid UTF-8 is refused at its line and column",
        arguments: [
            ([0x61, 0x0A, 0x62, 0xFF] as [UInt8], "f.csv:2:2"),
            ([0xC3, 0x28] as [UInt8], "f.csv:1:1"),
            ([0x61, 0xED, 0xA0, 0x80] as [UInt8], "f.csv:1:2"),  // a UTF-16 surrogate
            ([0xE2, 0x82] as [UInt8], "f.csv:1:1"),  // truncated
        ])
    func invalid(_ bytes: [UInt8], _ location: String) {
        var log = DiagnosticLog()
        #expect(SourceText.decode(bytes, path: "f.csv", log: &log) == nil)
        #expect(log.errors.first?.location == location)
    }
}
