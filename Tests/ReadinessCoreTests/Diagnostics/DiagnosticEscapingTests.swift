import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Data quoted in a diagnostic can never break a line: a CI log reads a line starting `::` as a
/// workflow command, and editors read one diagnostic per line.
@Suite("Diagnostics show data, never obey it")
struct DiagnosticEscapingTests {
    static let pieces = [
        "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}",
        "::error file=x.csv::", "::", "%0A", "%", ",", ":", "\"", "\\", "é", "A1", " ", "::set-output name=x::y",
    ]

    /// A random string of the pieces above.
    static func text(_ random: inout SeededRandom) -> String {
        (0..<random.int(0...8)).map { _ in pieces[random.int(0...(pieces.count - 1))] }.joined()
    }

    @Test("random data with line breaks and controls gives one line per diagnostic in every format")
    func property() {
        var random = SeededRandom(state: 12)
        for _ in 0..<300 {
            var log = DiagnosticLog()
            let count = random.int(1...4)
            for _ in 0..<count {
                log.report(
                    Diagnostic(
                        random.int(0...1) == 0 ? .error : .warning, file: "data/" + Self.text(&random) + ".csv",
                        line: random.int(0...3), column: random.int(0...3),
                        sheet: random.int(0...2) == 0 ? Self.text(&random) : nil,
                        message: "id '\(Self.text(&random))' is used twice",
                        hint: random.int(0...1) == 0 ? nil : Self.text(&random)))
            }
            for format in DiagnosticFormat.allCases {
                let output = format.render(log)
                // Every character Swift (or a CI log) would split lines on.
                let lines = output.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
                // JSON: 6 lines around the list; Code Quality: the brackets; both end with a newline.
                let expected = format == .json ? count + 7 : format == .codequality ? count + 3 : count + 1
                #expect(lines.count == expected, "\(format): \(output.debugDescription)")
                #expect(!output.unicodeScalars.contains { Self.isControl($0) && $0 != "\n" })
                for line in lines where line.hasPrefix("::") {
                    #expect(format == .github && (line.hasPrefix("::error file=") || line.hasPrefix("::warning file=")))
                }
                // A program that decodes the JSON gets no control character in any field either:
                // a CI step printing `.sheet` or `.message` must not print a line of its own.
                if format == .json || format == .codequality {
                    let document = try? JSONSerialization.jsonObject(with: Data(output.utf8))
                    let list =
                        (format == .json
                            ? (document as? [String: Any])?["diagnostics"] as? [[String: Any]]
                            : document as? [[String: Any]]) ?? []
                    #expect(list.count == count)
                    for field in list.flatMap({ $0.values.compactMap { $0 as? String } }) {
                        #expect(!field.unicodeScalars.contains(where: Self.isControl), "\(field.debugDescription)")
                    }
                }
            }
        }
    }

    /// Controls, DEL and the Unicode line separators.
    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (0x7F...0x9F).contains(s.value) || s.value == 0x2028 || s.value == 0x2029
    }

    @Test("an id holding a line break and a workflow command is shown escaped")
    func workflowCommand() {
        var log = DiagnosticLog()
        log.error(
            "action 'A1\n::error file=x::pwned' is used twice",
            at: SourceLocation(file: "data/actions.csv", line: 3, column: 1))
        #expect(
            DiagnosticFormat.text.render(log)
                == "data/actions.csv:3:1: error: action 'A1\\n::error file=x::pwned' is used twice\n")
        #expect(
            DiagnosticFormat.github.render(log)
                == "::error file=data/actions.csv,line=3,col=1::action 'A1\\n::error file=x::pwned' is used twice\n")
    }

    @Test(
        "an argument holding a line break is refused before it can be printed, for every command",
        arguments: [
            ["build", "--as-of", "2026-11-2\n::error file=x::pwned"],
            ["build", "--output", "out\n::error file=x::pwned"],
            ["check", "--format", "x\n::error file=x::pwned"],
            ["pdf", "--data", "data\r\n::error file=x::pwned"],
            ["init", "dir\u{2028}::error file=x::pwned"],
        ])
    func arguments(_ arguments: [String]) throws {
        let run = try Support.run(arguments, in: try Support.temporaryFolder())
        #expect(run.status == 2)
        for line in (run.stdout + run.stderr).split(whereSeparator: \.isNewline) {
            #expect(!line.trimmingCharacters(in: .whitespaces).hasPrefix("::"), "\(line)")
        }
        #expect(run.stderr.contains("holds a line break or other control character"))
    }

    @Test(
        "JSON string literals escape quotes, backslashes and control characters, and keep the rest",
        arguments: [
            ("data/actions.csv", "\"data/actions.csv\""), ("a\"b", "\"a\\\"b\""), ("a\\b", "\"a\\\\b\""),
            ("a\nb\tc\r", "\"a\\nb\\tc\\r\""), ("\u{1}", "\"\\u0001\""), ("é\u{2028}\u{7F}", "\"é\u{2028}\u{7F}\""),
            ("", "\"\""),
        ])
    func jsonLiterals(_ text: String, _ literal: String) {
        #expect(JSONString.literal(text) == literal)
    }
}
