/// Paths as text, for the stages that name files without reading them.
package enum PathText {
    /// Joins path parts with one slash.
    package static func join(_ base: String, _ name: String) -> String {
        if base.isEmpty || base == "." { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }
}
