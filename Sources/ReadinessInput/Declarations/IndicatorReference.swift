import ReadinessModel

/// docs/indicators.md's table of team indicators, generated from their declarations
/// (`DataFiles.indicators`), so the doc cannot drift from what is worked out. The table sits
/// between `<!-- indicators -->` and `<!-- end indicators -->`; `IndicatorReferenceTests` fails
/// when it differs and rewrites it when `RECORD_SNAPSHOTS` is set.
package enum IndicatorReference {
    static let openMarker = "<!-- indicators -->"
    static let closeMarker = "<!-- end indicators -->"

    /// One row per indicator: its template and settings name, its file, its defaults and how it
    /// is worked out.
    static func table(_ indicators: [TeamIndicator] = DataFiles.indicators) -> String {
        var lines = [
            "| indicator | worked out from | standard (default) | shown on (default) | within the standard when |",
            "| --- | --- | --- | --- | --- |",
        ]
        for indicator in indicators {
            lines.append(
                DataFormatReference.row([
                    "`\(indicator.id)`: \(indicator.heading(indicator.defaultStandard))",
                    "`\(indicator.file.name)`",
                    "`\(indicator.id).standard` (\(indicator.defaultStandard))",
                    "`\(indicator.id).theme` (\(indicator.defaultTheme.map { "`\($0)`" } ?? "none"))",
                    indicator.definition,
                ]))
        }
        return lines.joined(separator: "\n")
    }

    /// The document with the marked table replaced by the generated one; unchanged without
    /// the markers.
    static func updating(_ document: String, indicators: [TeamIndicator] = DataFiles.indicators) -> String {
        MarkedSections.updating(document, close: closeMarker) { line in
            line == openMarker ? table(indicators) : nil
        }
    }
}
