/// An inspection framework, such as ILACS or JTAI, defined in data because frameworks change.
public struct Framework: Sendable, Equatable {
    /// Short identifier used in other files, e.g. `ilacs`.
    public var id: String
    /// Short name, e.g. `ILACS`.
    public var name: String
    /// Full title, e.g. `Inspecting local authority children's services`.
    public var title: String
    /// Where it was defined.
    public var location: SourceLocation

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(id: String, name: String, title: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.title = title
        self.location = location
    }
}

/// One Ofsted judgement area or JTAI theme: the unit a readiness page is made for.
public struct Theme: Sendable, Equatable {
    /// Identifier used in other files and as the page's file name, e.g. `help-and-protection`.
    public var id: String
    /// The framework it belongs to.
    public var framework: String
    /// Its full name, as the framework words it.
    public var name: String
    /// A short name for navigation.
    public var shortName: String
    /// A sentence or two on what the area covers.
    public var summary: String?
    /// The caseload service areas whose teams belong to this theme.
    public var serviceAreas: [String]
    /// Where it was defined.
    public var location: SourceLocation

    /// The service areas to show caseloads for: nil means every team (`service_areas: all`).
    public var caseloadAreas: [String]? {
        serviceAreas.contains { TextKey.normalise($0) == "all" } ? nil : serviceAreas
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        id: String, framework: String, name: String, shortName: String, summary: String? = nil, serviceAreas: [String],
        location: SourceLocation
    ) {
        self.id = id
        self.framework = framework
        self.name = name
        self.shortName = shortName
        self.summary = summary
        self.serviceAreas = serviceAreas
        self.location = location
    }
}
