import Mustache
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

@Suite("Data values appear literally")
struct EscapingTests {
    /// Renders one Markdown template line with a data value, all the way through libcmark.
    func page(_ template: String, value: String, allowRawHTML: Bool = false) throws -> String {
        var log = DiagnosticLog()
        let parsed = try #require(MustacheSource.template(template, path: "t.md", line: 1, log: &log))
        let blocks = BlockTable()
        let view = MustacheView(
            fields: [
                "v": .text(value), "tag": .html("<strong class=\"tag\">Overdue</strong>", isBlock: false),
                "table": .html("<table><caption>T</caption></table>\n", isBlock: true),
            ],
            destination: .markdown, blocks: blocks)
        return blocks.substitute(in: MarkdownRenderer(allowRawHTML: allowRawHTML).html(parsed.render(view)))
    }

    static let hostile: [(String, String)] = [
        ("*bold*", "<p>*bold*</p>\n"),
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"),
        ("[x](y)", "<p>[x](y)</p>\n"),
        ("{{site.council}}", "<p>{{site.council}}</p>\n"),
        ("# not a heading", "<p># not a heading</p>\n"),
        ("1. not a list", "<p>1. not a list</p>\n"),
        ("    not code", "<p>not code</p>\n"),
        ("line one\n\n- not a list", "<p>line one - not a list</p>\n"),
        ("&amp; stays", "<p>&amp;amp; stays</p>\n"),
        ("`code`", "<p>`code`</p>\n"),
        ("<!-- c -->", "<p>&lt;!-- c --&gt;</p>\n"),
        ("a\u{E000}0\u{E001}b", "<p>a\u{FFFD}0\u{FFFD}b</p>\n"),
        ("javascript:alert(1)", "<p>javascript:alert(1)</p>\n"),
        ("<https://example.org>", "<p>&lt;https://example.org&gt;</p>\n"),
    ]

    @Test("with {{v}} and with {{{v}}}, for hostile values", arguments: hostile)
    func literal(_ value: String, _ expected: String) throws {
        #expect(try page("{{v}}", value: value) == expected)
        #expect(try page("{{{v}}}", value: value) == expected)
        #expect(try page("{{&v}}", value: value) == expected)
    }

    @Test("raw HTML values stay text even when the author may write raw HTML")
    func rawAllowed() throws {
        #expect(try page("{{v}}", value: "<b>x</b>", allowRawHTML: true) == "<p>&lt;b&gt;x&lt;/b&gt;</p>\n")
    }

    @Test("an author's raw HTML is dropped unless allowed")
    func authorHTML() throws {
        #expect(try page("<div>x</div>", value: "").contains("<div>") == false)
        #expect(try page("<div>x</div>", value: "", allowRawHTML: true).contains("<div>x</div>"))
    }

    @Test("an author's javascript: link loses its target")
    func authorLink() throws {
        let html = try page("[click](javascript:alert(1))", value: "")
        #expect(!html.contains("javascript:"))
    }

    @Test("blocks are placed: inline in a line, block-level closing the paragraph around it")
    func blocks() throws {
        #expect(try page("Status: {{tag}}", value: "") == "<p>Status: <strong class=\"tag\">Overdue</strong></p>\n")
        #expect(try page("{{table}}", value: "") == "<table><caption>T</caption></table>\n")
        #expect(
            try page("See {{table}} here", value: "")
                == "<p>See </p>\n<table><caption>T</caption></table>\n<p> here</p>\n")
        #expect(try page("![{{table}}](x.png)", value: "") == "<p><img src=\"x.png\" alt=\"\" /></p>\n")
    }

    @Test("HTML escaping covers the five special characters")
    func html() {
        #expect(Escaping.html("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }
}

@Suite("Links from data")
struct LinkPolicyTests {
    @Test(
        "only http, https, mailto and relative paths inside the site",
        arguments: [
            ("https://intranet.example/report", true), ("http://x.example", true), ("mailto:qa@council.example", true),
            ("evidence/report.pdf", true), ("report.pdf#page=2", true),
            ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), ("data:text/html,x", false),
            ("file:///etc/passwd", false), ("//evil.example/x", false), ("/etc/passwd", false),
            ("../secret.pdf", false),
            ("evidence/../../x", false), ("vbscript:x", false), ("https://", false), ("a b.pdf", false), ("", false),
            // After percent-decoding (until it settles) and normalisation.
            ("%2e%2e/%2e%2e/etc/passwd", false), (".%2E/x", false), ("%252e%252e/x", false),
            ("%25252e%25252e/x", false), ("..\\x", false), ("evidence\\..\\..\\x", false), ("./../x", false),
            ("a//../../x", false), ("a/./../../x", false), ("%2Fetc/passwd", false), ("%5C%5Cevil/x", false),
            ("javascript%3Aalert(1)", false), ("e%0Av.pdf", false), ("...", false),
            ("a/../b.pdf", true), ("./evidence/a1.pdf", true), ("evidence/report%20final.pdf", true),
            ("evidence/a.pdf?x=../../y", true),
        ])
    func policy(_ target: String, _ allowed: Bool) {
        #expect(LinkPolicy.isAllowed(target) == allowed)
    }
}

@Suite("Follow-up due dates")
struct FollowUpDueTests {
    @Test(
        "intervals and dates",
        arguments: [
            ("3 months", "2026-01-31", "2026-04-30"), ("three months", "2026-11-30", "2027-02-28"),
            ("6 weeks", "2026-09-17", "2026-10-29"), ("10 days", "2026-12-25", "2027-01-04"),
            ("01/03/2027", "2026-11-26", "2027-03-01"), ("1 month", "2024-01-31", "2024-02-29"),
        ])
    func due(_ text: String, _ meeting: String, _ expected: String) throws {
        let due = try #require(FollowUpDue.parse(text))
        let followUp = FollowUp(
            id: "F", committee: "c", meetingDate: try CalendarDate.parse(meeting).get(), minute: nil, resolution: "r",
            kind: .reportBack, due: due, owner: "o", status: .open, theme: nil, completed: nil,
            location: SourceLocation(file: "f", line: 1, column: 1))
        #expect(
            FollowUpSchedule.dueDate(followUp, committees: [], calendar: WorkingDayCalendar(bankHolidays: []))?.iso
                == expected)
    }

    @Test("next meeting is the committee's first meeting after the one that resolved it")
    func nextMeeting() throws {
        let committee = Committee(
            id: "c", name: "C",
            meetings: ["2026-01-10", "2026-03-10", "2026-05-10"].map { try! CalendarDate.parse($0).get() },
            location: SourceLocation(file: "f", line: 1, column: 1))
        let followUp = FollowUp(
            id: "F", committee: "c", meetingDate: try CalendarDate.parse("2026-03-10").get(), minute: nil,
            resolution: "r", kind: .reportBack, due: .nextMeeting, owner: "o", status: .open, theme: nil,
            completed: nil,
            location: SourceLocation(file: "f", line: 1, column: 1))
        #expect(
            FollowUpSchedule.dueDate(followUp, committees: [committee], calendar: WorkingDayCalendar(bankHolidays: []))?
                .iso == "2026-05-10")
    }

    @Test("unreadable intervals", arguments: ["soon", "3 fortnights", "0 months", "next", "-2 weeks"])
    func unreadable(_ text: String) {
        #expect(FollowUpDue.parse(text) == nil)
    }
}
