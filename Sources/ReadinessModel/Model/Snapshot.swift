/// The plan's data as it stood at one meeting of the reporting committee: the baseline each later
/// page compares with ("since the last committee") and one point of the plan over time.
///
/// A snapshot holds the plan files only (recommendations, actions, follow-ups, audits, progress
/// history, caseloads): never a child-level list, and never a file that names a worker.
public struct Snapshot: Sendable {
    /// Where a snapshot was read from, for the sentence that says which one a page used.
    public enum Source: Sendable, Equatable {
        /// A folder `snapshots/YYYY-MM-DD/` inside the data folder (its path as diagnostics show it).
        case folder(String)
        /// The data folder's own git history: the last commit dated before the meeting day.
        case commit(id: String, date: CalendarDate)

        /// In words: "snapshots/2026-09-17 in the data folder" or "commit 1a2b3c4 of 15 September
        /// 2026" (never the folder's full path, which differs from machine to machine).
        public var description: String {
            switch self {
            case .folder(let path):
                "\(Snapshot.folder)/\(path.split(separator: "/").last.map(String.init) ?? path) in the data folder"
            case .commit(let id, let date): "commit \(id.prefix(7)) of \(date.long)"
            }
        }
    }

    /// The meeting it stands for.
    public var meeting: CalendarDate
    public var source: Source
    public var recommendations: [Recommendation]
    public var actions: [Action]
    public var followUps: [FollowUp]
    public var audits: [AuditOutcome]
    public var progress: [ProgressRecord]
    /// Whether the snapshot had a progress-history file (its scores come from it, not from
    /// recommendations.csv).
    public var hasProgressHistory: Bool

    package init(
        meeting: CalendarDate, source: Source, recommendations: [Recommendation], actions: [Action],
        followUps: [FollowUp], audits: [AuditOutcome], progress: [ProgressRecord], hasProgressHistory: Bool
    ) {
        self.meeting = meeting
        self.source = source
        self.recommendations = recommendations
        self.actions = actions
        self.followUps = followUps
        self.audits = audits
        self.progress = progress
        self.hasProgressHistory = hasProgressHistory
    }

    /// The plan files a snapshot holds, as each is named in the data folder (a workbook in a
    /// file's place is `NAME.xlsx`).
    public static let files = [
        "recommendations.csv", "actions.csv", "follow-ups.csv", "audits.csv", "progress-history.csv",
    ]

    /// The folder, inside the data folder, that holds snapshot folders.
    public static let folder = "snapshots"
}

/// The snapshots a build compares with, and what it could not use.
public struct SnapshotHistory: Sendable {
    /// The reporting committee whose meetings they stand for.
    public var committee: String?
    /// One per meeting on or before the as-at date that has one, oldest first.
    public var snapshots: [Snapshot] = []
    /// Meetings on or before the as-at date with no snapshot.
    public var missing: [CalendarDate] = []
    /// How the snapshots were found: a snapshots folder, git, or neither.
    public var kind: Kind = .none

    public enum Kind: String, Sendable { case folder, git, none }

    public init(committee: String? = nil) { self.committee = committee }

    /// The snapshot of a meeting, if there is one.
    public func snapshot(at meeting: CalendarDate) -> Snapshot? { snapshots.first { $0.meeting == meeting } }
}
