import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Charts, print styles, the agenda pack and standalone pages.
@Suite("Presentation")
struct PresentationTests {
    @Test(
        "CSS strings escape what could end the string or the style element",
        arguments: [
            ("Testshire Council", "Testshire Council"), ("a \"b\"", "a \\\"b\\\""), ("back\\slash", "back\\\\slash"),
            ("</style><script>", "\\3C /style\\3E \\3C script\\3E "), ("two\nlines", "two\\A lines"),
        ])
    func cssStrings(_ text: String, _ expected: String) {
        #expect(Escaping.cssString(text) == expected)
    }

    @Test("the print header carries the council, the page and the as-at date, escaped")
    func printHeader() {
        let style = PrintStyle.header(
            council: "Testshire </style> Council", page: "Care \"leavers\"", asAt: WorkingDayTests.date("2026-11-20"))
        #expect(style.contains("@top-left { content: \"Testshire \\3C /style\\3E  Council\";"))
        #expect(style.contains("@top-right { content: \"Care \\\"leavers\\\", as at 20 November 2026\";"))
        #expect(style.contains("counter(page)"))
        #expect(style.components(separatedBy: "</style>").count == 2)
    }

    @Test("small multiples have titles, descriptions, labels and a data table, all escaped")
    func smallMultiples() {
        let html = SmallMultiples(
            id: "c1", title: "Caseload <b>", categories: ["Jan 2026", "Feb 2026"],
            series: [.init(name: "<script>Team", values: [12, nil]), .init(name: "B & C", values: [10, 11])],
            latest: [("z", "not applicable"), ("11", "11")], valueName: "Caseload <i>", reference: (20, "Threshold 20")
        ).html
        #expect(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;Team") && html.contains("B &amp; C"))
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("<details class=\"chart__data\"><summary>Show the data for this chart</summary>"))
        #expect(html.contains("<abbr title=\"not applicable\">z</abbr>"))  // the missing February value
        #expect(html.contains("Threshold 20"))
    }

    @Test("chart output is the same on every run")
    func deterministicChart() {
        let make = {
            StackedBarChart(
                id: "s", title: "t", description: "d", parts: ["A", "B"], colours: ["#1d70b8", "#d4351c"],
                bars: [.init(label: "x", values: [3, 7])]
            ).html
        }
        #expect(make() == make())
        #expect(make().contains(">3</text>"))
    }

    @Test("the agenda pack links pages within itself and keeps ids unique")
    func pack() {
        let body = AgendaPack.body(
            pages: [
                ("index.html", "Overview", "<h1>Overview</h1><a href=\"leaders.html\">Leaders</a>"),
                (
                    "leaders.html", "Leaders",
                    "<figure id=\"c\"><svg aria-labelledby=\"c-t c-d\"><title id=\"c-t\">t</title></svg><details class=\"chart__data\">d</details></figure>"
                ),
            ], council: "C", asAt: WorkingDayTests.date("2026-11-20"))
        #expect(body.contains("<li><a href=\"#pack-index\">Overview</a></li>"))
        #expect(body.contains("<a href=\"#pack-leaders\">Leaders</a>"))
        #expect(body.contains("id=\"pack-leaders-c\""))
        #expect(body.contains("aria-labelledby=\"pack-leaders-c-t pack-leaders-c-d\""))
        #expect(body.contains("<details class=\"chart__data\" open>"))
    }

    @Test("standalone pages inline the stylesheet")
    func standalone() {
        let files = [
            OutputFile(path: "index.html", bytes: Array("<link rel=\"stylesheet\" href=\"assets/style.css\">".utf8)),
            OutputFile(path: "assets/style.css", bytes: Array("p { color: red; }".utf8)),
        ]
        let pages = StandalonePages.make(from: files)
        #expect(pages.map(\.path) == ["standalone/index.html"])
        #expect(String(decoding: pages[0].bytes, as: UTF8.self) == "<style>\np { color: red; }</style>")
    }

    @Test("what changed since the last committee, worked out by hand")
    func changes() throws {
        let result = try Support.render(Support.basic)
        let page = try #require(result.files.first { $0.path == "help-and-protection.html" })
        let html = String(decoding: page.bytes, as: UTF8.self)
        // The Scrutiny Committee last met on 17 September 2026, before the as-at date of 20 November.
        #expect(html.contains("Since the Scrutiny Committee on 17 September 2026:"))
        // R1's 4 is dated 17 September: reported at that meeting, so not news at the next one.
        #expect(!html.contains("Recommendation R1:"))
        // A1 was due 1 October, after that meeting.
        #expect(html.contains("<li>1 action became overdue: A1 (due 1 October 2026).</li>"))
    }
}
