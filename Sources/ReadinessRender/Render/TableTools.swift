import ReadinessModel

/// The internal site's filtering and sorting of tables: a script in the templates' assets,
/// loaded by the layout's `{{scripts}}` on internal builds only. Public builds hold no script:
/// no page loads one and no `.js` asset is copied.
enum TableTools {
    /// The script's path in the site, as in `site-templates/assets/`.
    static let script = "assets/tables.js"

    /// Whether pages load the script: internal builds whose templates have it.
    static func isOn(audience: Audience, assets: [String]) -> Bool {
        audience == .internal && assets.contains(script)
    }

    /// Whether an asset is copied into the site: every one, except scripts in a public build.
    static func copies(_ path: String, audience: Audience) -> Bool {
        audience == .internal || !(path.lowercased().hasSuffix(".js") || path.lowercased().hasSuffix(".mjs"))
    }
}
