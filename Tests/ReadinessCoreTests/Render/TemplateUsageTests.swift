import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// Tables and charts no template places are not built, so their counts stay out of the ledger.
@Suite("Template usage")
struct TemplateUsageTests {
    @Test("root values count as used when named first; a theme's when named anywhere")
    func rules() {
        let usage = TemplateUsage(names: ["theme.audit_chart", "caseloads.table", "#themes", "caseload_table"])
        #expect(usage.usesRoot("caseloads"))
        #expect(!usage.usesRoot("audit_chart"))
        #expect(!usage.usesRoot("audits"))
        #expect(usage.usesThemeValue("audit_chart"))
        #expect(usage.usesThemeValue("caseload_table"))
        #expect(!usage.usesThemeValue("caseload_chart"))
        #expect(TemplateUsage.all.usesRoot("anything") && TemplateUsage.all.usesThemeValue("anything"))
    }

    @Test("the sample places no all-themes audit table or chart: none of their counts is in the public ledger")
    func ledgerHoldsOnlyPlacedFigures() throws {
        var request = BuildRequest(
            dataFolder: Support.packageRoot.appendingPathComponent("data").path,
            templatesFolder: Support.packageRoot.appendingPathComponent("site-templates").path, outputFolder: "unused",
            asAt: CalendarDate(year: 2026, month: 11, day: 20))
        request.audience = .public
        let result = SiteBuilder.render(request)
        let places = try #require(result.disclosure).ledger.places.values
        #expect(!places.contains { $0.contains("all themes") })
        // The theme pages' audit charts are placed, so their counts are there.
        #expect(places.contains { $0.contains("Moderated audits together, Help and protection") })
    }
}
