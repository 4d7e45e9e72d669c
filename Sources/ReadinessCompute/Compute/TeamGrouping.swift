import ReadinessModel

/// Applies the public build's small-team rule: teams with fewer children than the minimum are
/// merged into one "Other teams" row, or hidden (their counts then stay in totals, protected).
/// A lone small team cannot be merged with another, so it is hidden in either mode: a row of one
/// team would show that team, and another page's merged row less it would show the rest.
package enum TeamGrouping {
    /// A row to show, standing for one team or several merged.
    package struct Group<Item> {
        package let label: String
        package let items: [Item]
        /// Whether the row adds several teams together.
        package var isMerged: Bool { items.count > 1 }
    }

    /// Splits items (one per team, with its size) into rows to show and items hidden.
    package static func apply<Item>(
        _ items: [(team: String, size: Int, item: Item)], policy: DisclosurePolicy
    ) -> (shown: [Group<Item>], hidden: [Item]) {
        guard policy.teamMinimum > 0 else { return (items.map { Group(label: $0.team, items: [$0.item]) }, []) }
        let small = items.filter { $0.size < policy.teamMinimum }
        var shown = items.filter { $0.size >= policy.teamMinimum }.map { Group(label: $0.team, items: [$0.item]) }
        switch policy.smallTeams {
        case .merge:
            guard small.count > 1 else { return (shown, small.map(\.item)) }
            shown.append(Group(label: "Other teams (\(small.count))", items: small.map(\.item)))
            return (shown, [])
        case .hide:
            return (shown, small.map(\.item))
        }
    }
}
