import Testing

@testable import ReadinessModel
@testable import ReadinessRender

/// Text values reach swift-mustache as `Text`, not as strings. Everything a template can do
/// with a string, it does with them the same way: print, test in a section or an inverted one,
/// use as the section's object, transform, and look past it for a field it does not have.
@Suite("Text values in templates")
struct TemplateTextValueTests {
    func render(_ template: String, _ fields: [String: TemplateValue]) throws -> String {
        var log = DiagnosticLog()
        let parsed = try #require(MustacheSource.template(template, path: "t.md", line: 1, log: &log))
        return parsed.render(MustacheView(fields: fields, destination: .plain, blocks: BlockTable()))
    }

    static let cases: [(template: String, expected: String)] = [
        ("{{name}}", "North & South"),
        ("{{#name}}yes{{/name}}", "yes"),
        ("{{^name}}no{{/name}}", ""),
        ("{{#blank}}yes{{/blank}}", "yes"),  // an empty string is a value, as a string is
        ("{{^missing}}none{{/missing}}", "none"),
        ("{{#name}}[{{.}}]{{/name}}", "[North & South]"),
        ("{{#name}}{{other}}{{/name}}", "Other"),  // looked up past the text
        ("{{#name}}{{renderText}}{{/name}}", ""),  // the text has no fields of its own
        ("{{uppercased(name)}}", "NORTH & SOUTH"),
        ("{{lowercased(name)}}", "north & south"),
        ("{{#empty(blank)}}empty{{/empty(blank)}}", "empty"),
        ("{{#empty(name)}}empty{{/empty(name)}}", ""),
    ]

    /// An object or a list placed as a value prints nothing: Swift's description of it would
    /// publish every field of the model, in an order that changes from run to run.
    static let objects: [(template: String, expected: String)] = [
        ("[{{.}}]", "[]"),
        ("[{{team}}]", "[]"),
        ("[{{teams}}]", "[]"),
        ("[{{first(teams)}}]", "[]"),
        ("[{{#team}}{{.}}{{/team}}]", "[]"),
        ("[{{#team}}{{name}}{{/team}}]", "[North]"),
        ("[{{#teams}}{{name}};{{/teams}}]", "[North;South;]"),
        ("[{{^team}}none{{/team}}]", "[]"),
        ("[{{count(teams)}}]", "[2]"),
    ]

    @Test("objects and lists placed as values print nothing; sections over them are as before", arguments: objects)
    func objectsPrintNothing(_ example: (template: String, expected: String)) throws {
        let north: TemplateValue = .object(["name": .text("North"), "secret": .text("not placed")])
        let fields: [String: TemplateValue] = [
            "team": north, "teams": .list([north, .object(["name": .text("South")])]),
        ]
        #expect(try render(example.template, fields) == example.expected)
    }

    @Test("text does what a string does", arguments: cases)
    func textAsString(_ example: (template: String, expected: String)) throws {
        let fields: [String: TemplateValue] = [
            "name": .text("North & South"), "blank": .text(""), "other": .text("Other"),
        ]
        #expect(try render(example.template, fields) == example.expected)
    }

    @Test(
        "no template made of tags, sections and transforms over objects, lists and text prints the model's description")
    func noDescriptionAnywhere() throws {
        var random = SeededRandom(state: 31)
        let names = [".", "team", "teams", "name", "secret", "flag", "first(teams)", "last(teams)", "reversed(teams)"]
        let north: TemplateValue = .object(["name": .text("North"), "secret": .text("S"), "flag": .bool(true)])
        let fields: [String: TemplateValue] = [
            "team": north, "teams": .list([north, .object(["name": .text("South"), "flag": .bool(false)])]),
            "name": .text("Site"), "flag": .bool(false),
        ]
        func piece(_ depth: Int) -> String {
            let name = names[random.int(0...(names.count - 1))]
            switch depth > 2 ? 0 : random.int(0...3) {
            case 0, 1: return "[{{\(name)}}]"
            case 2 where name != ".": return "{{#\(name)}}\(piece(depth + 1))\(piece(depth + 1)){{/\(name)}}"
            default: return name == "." ? "{{.}}" : "{{^\(name)}}\(piece(depth + 1)){{/\(name)}}"
            }
        }
        for _ in 0..<400 {
            let template = (0..<random.int(1...4)).map { _ in piece(0) }.joined()
            let output = try render(template, fields)
            for description in ["MustacheView", "TemplateValue", "BudgetedList", "Text(", "fields:"] {
                #expect(!output.contains(description), "\(template) printed \(output)")
            }
        }
    }
}
