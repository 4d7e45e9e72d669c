import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The caseload chart is small multiples: one small chart per team shown, named, on one
/// scale, each with the threshold, with the data table, in internal and public builds.
@Suite("Caseload small multiples")
struct CaseloadChartTests {
    @Test("every caseload chart on every page draws one named chart per team on one scale, with the threshold")
    func smallMultiples() {
        var charts = 0
        for build in PageBuilds.all {
            for (path, html) in build.pages {
                for figure in PageBuilds.matches(#"<figure class="chart chart--multiples"[\s\S]*?</figure>"#, in: html)
                {
                    charts += 1
                    let place = "\(build.name)/\(path)"
                    let items = PageBuilds.matches(#"<li class="multiple">[\s\S]*?</li>"#, in: figure)
                    // The data table's columns after Month name the teams shown, in order.
                    let table = PageBuilds.matches(#"<thead>[\s\S]*?</thead>"#, in: figure).first ?? ""
                    let teams = PageBuilds.matches(#"<th scope="col" class="num">[^<]*</th>"#, in: table).map {
                        $0.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    }
                    #expect(!teams.isEmpty, "\(place): the chart has no data table")
                    #expect(items.count == teams.count, "\(place): \(items.count) charts for \(teams.count) teams")
                    var scales: Set<[String]> = []
                    for (item, team) in zip(items, teams) {
                        #expect(item.contains("<title id=") && item.contains(">\(team)</title>"), "\(place): \(team)")
                        #expect(item.contains("role=\"img\""), "\(place): \(team) has no role")
                        #expect(item.contains("class=\"multiple__threshold\""), "\(place): \(team) has no threshold")
                        #expect(item.contains("class=\"multiple__latest\""), "\(place): \(team) has no latest value")
                        scales.insert(PageBuilds.matches(#"class="multiple__scale"[^>]*>[^<]*<"#, in: item))
                    }
                    #expect(scales.count == 1, "\(place): the charts' scales differ: \(scales)")
                }
            }
        }
        #expect(charts >= 4)
        let publicCharts = PageBuilds.all.filter { $0.name.hasSuffix("-public") }.flatMap(\.pages.values)
            .filter { $0.contains("chart chart--multiples") }
        #expect(!publicCharts.isEmpty, "no public build draws the chart")
    }

    @Test("each team's latest label reads as its table does: a suppressed month c, in public and internal builds")
    func latestLabels() {
        for build in PageBuilds.all {
            for (path, html) in build.pages {
                for figure in PageBuilds.matches(#"<figure class="chart chart--multiples"[\s\S]*?</figure>"#, in: html)
                {
                    let rows = PageBuilds.matches(#"<tr><th scope="row">[\s\S]*?</tr>"#, in: figure)
                    guard let last = rows.last else { continue }
                    let cells = PageBuilds.matches(#"<td class="num">[\s\S]*?</td>"#, in: last).map {
                        $0.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
                    }
                    let labels = PageBuilds.matches(#"class="multiple__latest"[^>]*>[^<]*<"#, in: figure).map {
                        String($0.split(separator: ">").last?.dropLast() ?? "")
                    }
                    #expect(cells == labels, "\(build.name)/\(path): latest labels \(labels), table \(cells)")
                }
            }
        }
    }
}
