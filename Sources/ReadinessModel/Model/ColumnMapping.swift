/// One data file's columns as the council heads them (`columns:` in settings.yaml): the heading
/// its file uses for each of Readiness's columns it names differently, and the headings of its
/// own columns Readiness should pass over without a warning.
public struct ColumnMapping: Sendable, Equatable {
    /// A heading written in settings.yaml, and where.
    public struct Heading: Sendable, Equatable {
        /// The heading as written.
        public var text: String
        /// Where it is written in settings.yaml.
        public var location: SourceLocation

        /// Creates a heading.
        public init(_ text: String, at location: SourceLocation) {
            self.text = text
            self.location = location
        }
    }

    /// One of Readiness's columns under the council's own heading.
    public struct Renamed: Sendable, Equatable {
        /// The column's declared name (`Owner`).
        public var column: String
        /// The heading in the council's file (`Lead Officer`).
        public var heading: Heading

        /// Creates a renamed column.
        public init(column: String, heading: Heading) {
            self.column = column
            self.heading = heading
        }
    }

    /// The data file's declared name: `actions.csv`, `annex-a/list-8.csv`.
    public var file: String
    /// Readiness's columns under the council's headings, in the order written.
    public var renamed: [Renamed]
    /// The council's own columns, passed over quietly.
    public var ignored: [Heading]

    /// Creates a file's mapping.
    public init(file: String, renamed: [Renamed] = [], ignored: [Heading] = []) {
        self.file = file
        self.renamed = renamed
        self.ignored = ignored
    }

    /// The council's heading for a column, if it gives one.
    public func heading(for column: String) -> Heading? {
        renamed.first { $0.column == column }?.heading
    }
}
