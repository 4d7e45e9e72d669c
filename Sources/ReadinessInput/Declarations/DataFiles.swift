/// Every declared data file: the YAML files, the CSV tables the loaders read and the child-level
/// lists. The docs' key and column tables and the personal headings templates may not ask for
/// come from here.
package enum DataFiles {
    /// The YAML files, in the order docs/data-format.md lists them.
    static let yaml: [YAMLFileDeclaration] = [
        SettingsFile.declaration, ThemesFile.declaration, InspectionsFile.declaration, CommitteesFile.declaration,
    ]

    /// The CSV tables, in the order docs/data-format.md describes them.
    package static let tables: [DataFileDeclaration] =
        [
            RecommendationsFile.declaration, ActionsFile.declaration, AuditsFile.declaration,
            CaseloadsFile.declaration, FollowUpsFile.declaration, ProgressHistoryFile.declaration,
            BankHolidaysFile.declaration, ComparatorsFile.declaration,
        ] + indicators.map(\.file)

    /// The team indicators: each a figure declared with its data file (`TeamIndicator`).
    package static let indicators: [TeamIndicator] = [SupervisionsFile.indicator]

    /// The tables and the Annex A lists.
    package static let all: [DataFileDeclaration] = tables + AnnexAList.all.map(\.declaration)

    /// The headings (names and aliases) of every personal column, each once, in declaration
    /// order.
    package static let personalHeadings: [String] = {
        var seen: Set<String> = []
        var headings: [String] = []
        for file in all {
            for column in file.personalColumns {
                for heading in [column.name] + column.aliases where seen.insert(heading).inserted {
                    headings.append(heading)
                }
            }
        }
        return headings
    }()
}
