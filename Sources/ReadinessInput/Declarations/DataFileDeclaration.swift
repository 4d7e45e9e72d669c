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

    /// Declares a file.
    public init(_ name: String, purpose: String, required: Bool = false, columns: [DataColumn]) {
        self.name = name
        self.purpose = purpose
        self.required = required
        self.columns = columns
    }

    /// The columns that identify a child.
    public var personalColumns: [DataColumn] { columns.filter(\.personal) }
}
