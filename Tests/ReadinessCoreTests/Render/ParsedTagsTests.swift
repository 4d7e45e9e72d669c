import Mustache
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The checks see every tag Mustache parses: the parsed template is read back and compared with
/// the scanner's tags.
@Suite("Parsed tags")
struct ParsedTagsTests {
    @Test("reading a parsed template finds values, sections, nested partials and inherited blocks")
    func reads() throws {
        let template = try MustacheTemplate(
            string:
                "{{a}} {{{b}}} {{#c}}{{d}}{{> p}}{{/c}}{{^e}}{{> q}}{{/e}}{{< parent}}{{$x}}{{> r}}{{/x}}{{/parent}}")
        let parsed = ParsedTags(template)
        #expect(parsed.names == ["a", "b", "c", "d", "e"])
        #expect(parsed.partials == ["p", "q", "r", "parent"])
        #expect(!parsed.dynamicPartial)
        #expect(ParsedTags(try MustacheTemplate(string: "{{>*name}}")).dynamicPartial)
    }

    @Test(
        "templates the scanner reads as Mustache does pass; the rest are refused at their file",
        arguments: [
            ("{{theme.name}} {{> footer}}\n", true),
            ("{{#themes}}{{name}}{{/themes}}", true),
            ("{{=<% %>=}}<% theme.name %>", true),
            // `{{` at a line's end is dropped by Mustache; the scanner now does the same.
            ("text {{\n{{> footer}}\n", true),
            ("{{>*theme.name}}", false),
        ])
    func agreement(_ text: String, _ accepted: Bool) {
        var log = DiagnosticLog()
        let template = MustacheSource.template(text, path: "p.md", line: 1, log: &log)
        #expect((template != nil) == accepted, "\(log.all)")
        #expect(log.hasErrors == !accepted)
        if !accepted { #expect(log.errors.first?.location.hasPrefix("p.md:1:1") == true) }
    }

    @Test("a partial after an open delimiter at a line's end is seen by the cycle check")
    func hiddenCycle() {
        var log = DiagnosticLog()
        PartialCycles.check(
            ["p1": ("{{> p2}}", "p1.md"), "p2": ("text {{\n{{> p1}}\n", "p2.md")], log: &log)
        #expect(log.errors.contains { $0.message.contains("includes itself") })
    }
}
