/// One page named in `menu:` in settings.yaml: the navigation and the agenda pack list the
/// pages so named first, in this order, before the rest.
public struct MenuEntry: Sendable, Equatable {
    /// The page's output name without `.html` (`index`, `themes/workforce`).
    public var name: String
    /// Where it is written, for diagnostics.
    public var location: SourceLocation

    /// An entry.
    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
