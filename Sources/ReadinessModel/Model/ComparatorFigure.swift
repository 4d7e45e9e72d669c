/// A published figure a council reads its own against: England's, its region's or its
/// statistical neighbours' value of a measure in a year, from `comparators.csv`, which councils
/// fill from the DfE's tables (Children in Need, Children Looked After, the workforce
/// statistics, as LAIT and Ofsted's ChAT give them).
public struct ComparatorFigure: Sendable, Equatable {
    /// Whom the figure describes.
    public enum Area: String, VocabularyTerm {
        case england, region, statisticalNeighbours

        public static let vocabularyName = "comparator_area"

        public var label: String {
            switch self {
            case .england: "England"
            case .region: "Region"
            case .statisticalNeighbours: "Statistical neighbours"
            }
        }

        public var synonyms: [String] {
            switch self {
            case .england: ["National", "England average", "All England"]
            case .region: ["Regional", "Regional average", "Region average"]
            case .statisticalNeighbours:
                ["Statistical neighbour", "Statistical neighbour average", "Stat neighbours", "SN", "SN average"]
            }
        }
    }

    /// Whether the figure is published, provisional or made up to show how the pages look.
    public enum Status: String, VocabularyTerm {
        case published, provisional, illustrative

        public static let vocabularyName = "comparator_status"

        public var label: String {
            switch self {
            case .published: "Published"
            case .provisional: "Provisional"
            case .illustrative: "Illustrative"
            }
        }

        public var synonyms: [String] {
            switch self {
            case .published: ["Final", "Official"]
            case .provisional: ["Prov", "Provisional figures"]
            case .illustrative: ["Example", "Sample", "Not real", "Made up"]
            }
        }
    }

    /// The measure: a timeliness check's id (`referrals`), a measure's name as in settings.yaml,
    /// or a workforce figure (`caseload`, `agency rate`, `vacancy rate`, `turnover rate`).
    public var measure: String
    public var area: Area
    /// The year as published, e.g. `2024-25` or `2025`.
    public var year: String
    /// The value as published: a percentage for a share or rate, a number for a caseload.
    public var value: Double
    /// Where it comes from, e.g. `DfE Children in need 2025, table C1`.
    public var source: String
    public var status: Status
    /// The row it came from.
    public var location: SourceLocation

    /// How years are ordered and matched: the first four-digit number (`2024-25`, `Mar 2024`,
    /// `2024/25` are all 2024), then the rest of the digits (`2024-25` before `2025`).
    public static func yearKey(_ year: String) -> String {
        let digits = year.filter(\.isASCII).filter(\.isNumber)
        guard digits.count >= 4 else { return digits }
        var first = ""
        var run = ""
        for character in year {
            if character.isASCII && character.isNumber {
                run.append(character)
                if run.count == 4 {
                    first = run
                    break
                }
            } else {
                run = ""
            }
        }
        return (first.isEmpty ? String(digits.prefix(4)) : first) + "|" + digits
    }

    /// The memberwise initializer, declared so that other targets of the package can use it.
    package init(
        measure: String, area: Area, year: String, value: Double, source: String, status: Status = .published,
        location: SourceLocation
    ) {
        self.measure = measure
        self.area = area
        self.year = year
        self.value = value
        self.source = source
        self.status = status
        self.location = location
    }
}

/// How a figure is published, so a council's own value is set beside the published one in the
/// same terms: the DfE publishes re-referrals, not referrals that were not one.
public struct PublishedFigure: Sendable, Equatable {
    /// What the published figure counts, e.g. `Re-referrals within 12 months`.
    public var label: String
    /// Whether it is the complement of the measure's share within (100% less it).
    public var isComplement: Bool
    /// Whether a lower value is better (re-referrals, agency rate, caseload).
    public var lowerIsBetter: Bool
    /// Whether it is a percentage (otherwise a number, the caseload).
    public var isPercentage: Bool

    /// The workforce figures comparators may name, as `comparators.csv` writes them.
    public static let workforce: [(key: String, figure: PublishedFigure)] = [
        ("caseload", PublishedFigure(label: "Caseload per case-holding FTE", lowerIsBetter: true, isPercentage: false)),
        ("agency rate", PublishedFigure(label: "Agency rate", lowerIsBetter: true)),
        ("vacancy rate", PublishedFigure(label: "Vacancy rate", lowerIsBetter: true)),
        ("turnover rate", PublishedFigure(label: "Turnover rate", lowerIsBetter: true)),
    ]

    package init(label: String, isComplement: Bool = false, lowerIsBetter: Bool = false, isPercentage: Bool = true) {
        self.label = label
        self.isComplement = isComplement
        self.lowerIsBetter = lowerIsBetter
        self.isPercentage = isPercentage
    }
}

extension TimelinessMeasure {
    /// The measure as the DfE publishes it: the complement for the four it publishes the other
    /// way round; otherwise the share within, under the measure's own name.
    public var published: PublishedFigure {
        func complement(_ label: String) -> PublishedFigure {
            PublishedFigure(label: label, isComplement: true, lowerIsBetter: true)
        }
        switch check {
        case .referrals: return complement("Re-referrals within 12 months")
        case .cpPlanLength: return complement("Child protection plans lasting 2 years or more")
        case .cpFirstPlans: return complement("Second or subsequent child protection plans")
        case .placementStability: return complement("Children in care with 3 or more placements in the year")
        default: return PublishedFigure(label: name)
        }
    }
}
