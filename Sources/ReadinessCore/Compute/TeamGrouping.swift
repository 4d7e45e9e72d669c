/// Applies the public build's small-team rule: teams with fewer children than the minimum are
/// merged into one "Other teams" row, or hidden (their counts then stay in totals, protected).
enum TeamGrouping {
    /// A row to show, standing for one team or several merged.
    struct Group<Item> {
        let label: String
        let items: [Item]
    }

    /// Splits items (one per team, with its size) into rows to show and items hidden.
    static func apply<Item>(
        _ items: [(team: String, size: Int, item: Item)], policy: DisclosurePolicy
    ) -> (shown: [Group<Item>], hidden: [Item]) {
        guard policy.teamMinimum > 0 else { return (items.map { Group(label: $0.team, items: [$0.item]) }, []) }
        let small = items.filter { $0.size < policy.teamMinimum }
        var shown = items.filter { $0.size >= policy.teamMinimum }.map { Group(label: $0.team, items: [$0.item]) }
        switch policy.smallTeams {
        case .merge:
            if !small.isEmpty {
                shown.append(
                    Group(
                        label: small.count == 1 ? "Other team" : "Other teams (\(small.count))",
                        items: small.map(\.item)))
            }
            return (shown, [])
        case .hide:
            return (shown, small.map(\.item))
        }
    }
}
