import Foundation
import Testing

@testable import ReadinessModel

/// Every string written into the manifest or a JSON diagnostic reads back as itself, whether it
/// takes the copy-whole path (nothing to escape) or the escaping one.
@Suite("JSON string literals")
struct JSONStringTests {
    @Test("a literal reads back as its text, for random text of every kind of character")
    func roundTrip() throws {
        var random = SeededRandom(state: 7)
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "/", "é", "北", "😀", "\u{7F}"]
        for _ in 0..<2000 {
            let text = (0..<random.int(0...12)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined()
            let literal = JSONString.literal(text)
            let read = try JSONSerialization.jsonObject(with: Data(literal.utf8), options: .fragmentsAllowed)
            #expect(read as? String == text, "\(literal)")
        }
    }

    @Test("text with nothing to escape is quoted as it is; a quote, a backslash and a control character are escaped")
    func table() {
        #expect(JSONString.literal("pages/a b.html") == "\"pages/a b.html\"")
        #expect(JSONString.literal("a\"b\\c") == "\"a\\\"b\\\\c\"")
        #expect(JSONString.literal("\u{1}") == "\"\\u0001\"")
    }
}
