import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Every page of every build reads right: counts agree in number, no section shows a heading
/// over nothing, no empty paragraph, and every table scrolls in a region of its own.
@Suite("Page wording and layout")
struct PageWordingTests {
    /// The plural nouns Readiness writes after a count.
    static let nouns =
        "areas|actions|recommendations|immediate-attention recommendations|themes|teams|days|working days|weeks|months"
        + "|committee follow-ups|follow-ups|audits|moderated audits|audit reports|children|cases|due dates"
        + "|month-on-month changes|workers"

    /// Patterns that show a count disagreeing with its noun or verb.
    static let disagreeing: [(String, String)] = [
        (#"\b1 (\#(nouns))\b"#, "1 with a plural noun"),
        (#"\bof 1 (\#(nouns))\b"#, "a whole of 1 with a plural noun"),
        (#"\b1 (are|were|have|need)\b"#, "1 with a plural verb"),
        (#"\b1 of \d+ [a-z-]+( [a-z-]+)? (are|were|have|need)\b"#, "1 of N with a plural verb"),
        (
            #"(?<![\d,.])(?!0 of 1 )(0|[2-9]|\d{2,}) of \d+ [a-z-]+( [a-z-]+)? (is|was|has|needs)\b"#,
            "N of M with a singular verb"
        ),
        (#"(?<![\d,.])0 of 1 [a-z-]+( [a-z-]+)? (are|were|have|need)\b"#, "none of one thing with a plural verb"),
        (#"\b(0|[2-9]|\d{2,}) (is|was|has|needs) (overdue|open|late|complete)\b"#, "N with a singular verb"),
        (
            #"(?<![\d,.-])(0|[2-9]|\d{2,}) (area|action|recommendation|theme|team|day|committee follow-up|audit|audit report|case|month) (is|was|has|needs|overdue|across|late|ago)\b"#,
            "N with a singular noun"
        ),
        (#"\bin 0 days?\b"#, "in 0 days"),
        (#"\b0 days? (ago|late)\b"#, "0 days ago or late"),
    ]

    @Test("every build renders without errors and covers counts of 0, 1 and 2")
    func buildsRender() {
        for build in PageBuilds.all {
            #expect(build.errors.isEmpty, "\(build.name): \(build.errors)")
            #expect(!build.pages.isEmpty, "\(build.name) has no pages")
        }
        #expect(Set(PageBuilds.all.compactMap(\.kept)) == [0, 1, 2])
    }

    @Test("every sentence with a count agrees in number, on every page of every build")
    func countsAgree() {
        var seen = 0
        for build in PageBuilds.all {
            for (path, html) in build.pages.sorted(by: { $0.key < $1.key }) {
                let text = PageBuilds.text(html)
                for (pattern, what) in Self.disagreeing {
                    for found in PageBuilds.matches(pattern, in: text) {
                        Issue.record("\(build.name)/\(path): \(what): \"\(found)\"")
                    }
                }
                seen += 1
            }
        }
        #expect(seen > 20)
    }

    @Test("the patterns catch the sentences the issue reported")
    func patternsCatchReportedSentences() {
        let reported = [
            "1 of 5 areas need immediate attention", "11 actions across 1 themes", "1 are overdue",
            "1 committee follow-ups overdue", "Due soon, in 0 days", "0 of 1 actions overdue",
            "2 of 5 actions is overdue",
        ]
        for sentence in reported {
            let caught = Self.disagreeing.contains { !PageBuilds.matches($0.0, in: sentence).isEmpty }
            #expect(caught, "not caught: \(sentence)")
        }
        let right = [
            "1 of 5 areas needs immediate attention", "11 actions across 1 theme", "1 is overdue",
            "1 committee follow-up overdue", "due today", "2 of 5 actions are overdue", "0 of 1 action overdue",
        ]
        for sentence in right {
            let caught = Self.disagreeing.filter { !PageBuilds.matches($0.0, in: sentence).isEmpty }
            #expect(caught.isEmpty, "wrongly caught: \(sentence) by \(caught.map(\.1))")
        }
    }

    @Test("no page of any build prints 'false', 'true' or a bare 'z' in its running text")
    func noRawValues() {
        #expect(PageBuilds.all.contains { $0.name == "blank" })
        for build in PageBuilds.all {
            for (path, html) in build.pages {
                // Tables and charts may use the statistical symbol z (not applicable), which their
                // notes and data tables explain.
                let prose = html.replacingOccurrences(
                    of: #"<table[\s\S]*?</table>"#, with: "", options: .regularExpression
                )
                .replacingOccurrences(of: #"<svg[\s\S]*?</svg>"#, with: "", options: .regularExpression)
                .replacingOccurrences(
                    of: #"<abbr title="not applicable">z</abbr>"#, with: "", options: .regularExpression)
                let text = PageBuilds.text(prose)
                for found in PageBuilds.matches(#"(?<![\w-])(false|true|z)(?![\w-])"#, in: text) {
                    Issue.record(
                        "\(build.name)/\(path): '\(found)' in \(PageBuilds.matches(#".{0,60}\b\#(found)\b.{0,30}"#, in: text).first ?? "")"
                    )
                }
            }
        }
    }

    @Test("no page of any build has an empty paragraph")
    func noEmptyParagraphs() {
        for build in PageBuilds.all {
            for (path, html) in build.pages {
                for found in PageBuilds.matches(#"<p(\s[^>]*)?>\s*</p>"#, in: html) {
                    Issue.record("\(build.name)/\(path): empty paragraph \(found.debugDescription)")
                }
            }
        }
    }

    @Test("every table of every page sits in a named, focusable scrolling region, and ids are unique")
    func tablesScroll() {
        var tables = 0
        for build in PageBuilds.all {
            for (path, html) in build.pages {
                let ids = PageBuilds.matches(#"\sid="[^"]*""#, in: html)
                #expect(Set(ids).count == ids.count, "\(build.name)/\(path): repeated ids")
                let opened = PageBuilds.matches(#"<table\b"#, in: html).count
                let wrapped = PageBuilds.matches(
                    #"<div class="table-wrap" role="region" aria-labelledby="([a-z0-9-]+)" tabindex="0"><table[^>]*>\s*<caption id="\1">"#,
                    in: html
                ).count
                #expect(opened == wrapped, "\(build.name)/\(path): \(opened - wrapped) tables outside a region")
                tables += opened
            }
        }
        #expect(tables > 50)
    }

    /// The sections of a page: each heading (h2 to h4) with everything up to the next heading of
    /// its level or above.
    static func sections(_ html: String) -> [(heading: String, body: String)] {
        let headings = PageBuilds.matches(#"<h[2-4][^>]*>.*?</h[2-4]>"#, in: html)
        var result: [(String, String)] = []
        var rest = Substring(html)
        for heading in headings {
            guard let start = rest.range(of: heading) else { continue }
            let level = heading.dropFirst(2).first ?? "2"
            let after = rest[start.upperBound...]
            let stop = after.firstRange(
                of: try! Regex("<h[1-\(level)][ >]|</main>|</section>"))
            result.append((heading, String(after[..<(stop?.lowerBound ?? after.endIndex)])))
            rest = after
        }
        return result
    }

    @Test("no section shows its heading over an empty list, on any page of any build")
    func noEmptySections() {
        for build in PageBuilds.all {
            for (path, html) in build.pages {
                for (heading, body) in Self.sections(html) {
                    let content = body.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                        .trimmingCharacters(in: .whitespacesAndNewlines)
                    #expect(!content.isEmpty, "\(build.name)/\(path): \(heading) has nothing under it")
                    let onlyEmptyNote =
                        body.contains("<p class=\"empty\">")
                        && PageBuilds.matches(#"<(table|ul|ol|dl|figure|svg)\b"#, in: body).isEmpty
                    #expect(!onlyEmptyNote, "\(build.name)/\(path): \(heading) shows only that its list is empty")
                }
            }
        }
    }

    @Test("a theme's Actions, Due dates moved, follow-ups and audits headings show exactly when it has them")
    func listSectionsFollowTheirLists() throws {
        for build in PageBuilds.all where build.kept != nil {
            let themes = build.pages.filter {
                $0.value.contains("<h2>Progress scores") || $0.value.contains("Readiness:")
            }
            // The agenda pack holds every page, so it is judged page by page.
            for (path, html) in themes where path != "agenda-pack.html" {
                let hasActionTable = html.contains("<caption id=\"table-actions-for-")
                #expect(html.contains("<h2>Actions</h2>") == hasActionTable, "\(build.name)/\(path): Actions")
                let moved = html.contains("<caption id=\"table-actions-whose-due-date-has-moved")
                #expect(html.contains("<h3>Due dates moved</h3>") == moved, "\(build.name)/\(path): Due dates moved")
                let followUps = html.contains("<caption id=\"table-committee-follow-ups-for-")
                #expect(
                    html.contains("<h2>Committee follow-ups</h2>") == followUps, "\(build.name)/\(path): follow-ups")
            }
            if build.kept == 0 {
                #expect(!themes.values.contains { $0.contains("<h2>Actions</h2>") }, "\(build.name): no actions kept")
            } else {
                #expect(themes.values.contains { $0.contains("<h2>Actions</h2>") }, "\(build.name): actions kept")
            }
        }
    }
}
