/// A data file declared once: its name, what it holds, whether a build needs it, and its
/// columns. Loaders read it through typed `ColumnKey`s taken from the same declaration, and
/// docs/data-format.md's column tables are generated from it (`DataFormatReference`).
public struct DataFileDeclaration: Sendable, Equatable {
    /// The file's name inside the data folder, e.g. `actions.csv` or `annex-a/list-4.csv`.
    public var name: String
    /// One line: what the file holds.
    public var purpose: String
    /// Whether a build needs the file (a missing optional file is a warning).
    public var required: Bool
    /// Its columns, in the order the docs list them.
    public var columns: [DataColumn]
    /// Whether it holds counts a public build protects (audit grades, children per team,
    /// workers per team): a public manifest then names it without its size or checksum, which
    /// would confirm a guess of every count in so short and regular a file.
    public var holdsProtectedCounts: Bool

    /// Declares a file.
    public init(
        _ name: String, purpose: String, required: Bool = false, holdsProtectedCounts: Bool = false,
        columns: [DataColumn]
    ) {
        self.name = name
        self.purpose = purpose
        self.required = required
        self.columns = columns
        self.holdsProtectedCounts = holdsProtectedCounts
    }

    /// The columns that identify a child.
    public var personalColumns: [DataColumn] { columns.filter(\.personal) }

    /// Whether a public manifest withholds its size and checksum: it holds protected counts,
    /// or it names people. Even a child-level list can be short enough to guess: a list of one
    /// child with only the columns Readiness reads is confirmed from its checksum in seconds.
    public var withheldInPublicManifest: Bool {
        holdsProtectedCounts || !personalColumns.isEmpty
    }
}
