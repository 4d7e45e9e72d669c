import ReadinessModel

/// The provenance line on every page.
package struct Provenance {
    let inputs: Int
    let asAt: CalendarDate
    let audience: Audience

    var text: String {
        "Built by Readiness \(ReadinessInfo.version) for the \(audience.rawValue) audience from \(inputs) input files, "
            + "as at \(asAt.long). The files and their SHA-256 checksums are listed in the manifest."
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(inputs: Int, asAt: CalendarDate, audience: Audience) {
        self.inputs = inputs
        self.asAt = asAt
        self.audience = audience
    }
}
