/// The provenance line on every page.
struct Provenance {
    let inputs: Int
    let asAt: CalendarDate
    let audience: Audience

    var text: String {
        "Built by Readiness \(ReadinessInfo.version) for the \(audience.rawValue) audience from \(inputs) input files, "
            + "as at \(asAt.long). The files and their SHA-256 checksums are listed in the manifest."
    }
}
