/// Who a build is for. The public build applies disclosure control; the internal build may
/// show team names and small counts. Child-level rows reach neither.
public enum Audience: String, Sendable, CaseIterable {
    case `internal`
    case `public`
}

/// The disclosure-control rules for public builds, set under `public:` in settings.yaml.
public struct DisclosurePolicy: Sendable, Equatable {
    /// Counts from 1 to `threshold - 1` are suppressed (shown as `c`); 0 turns suppression off.
    public var threshold: Int
    /// Counts shown are rounded to the nearest multiple of this (1 for none).
    public var roundTo: Int
    /// Teams with fewer children than this are merged or hidden (0 for none).
    public var teamMinimum: Int
    /// What happens to small teams.
    public var smallTeams: SmallTeams

    /// What happens to teams below the minimum size.
    public enum SmallTeams: String, Sendable, Equatable {
        /// Added together into one "Other teams" row.
        case merge
        /// Left out of the rows (the total still counts them, protected like any hidden cell).
        case hide
    }

    /// No disclosure control: the internal build.
    public static let none = DisclosurePolicy(threshold: 0, roundTo: 1, teamMinimum: 0, smallTeams: .merge)

    /// The public build's defaults: suppress counts below 5, no rounding, merge teams under 10.
    public static let publicDefault = DisclosurePolicy(threshold: 5, roundTo: 1, teamMinimum: 10, smallTeams: .merge)

    public init(threshold: Int, roundTo: Int, teamMinimum: Int, smallTeams: SmallTeams) {
        self.threshold = threshold
        self.roundTo = roundTo
        self.teamMinimum = teamMinimum
        self.smallTeams = smallTeams
    }

    /// Whether any control is applied.
    public var isActive: Bool { threshold > 0 || roundTo > 1 || teamMinimum > 0 }

    /// Whether a count must be suppressed on its own (primary suppression).
    public func isSensitive(_ count: Int) -> Bool { count > 0 && count < threshold }

    /// A count as it may be shown: rounded if the rules ask.
    public func rounded(_ count: Int) -> Int {
        guard roundTo > 1 else { return count }
        return ((count + roundTo / 2) / roundTo) * roundTo
    }
}
