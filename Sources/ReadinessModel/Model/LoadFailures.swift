/// What of each data file did not load because of a problem, so that what follows from it (rows
/// naming a recommendation that did not load) is reported once, under its cause, instead of row
/// by row as a record that does not exist.
///
/// A reference to a record its file never held is not a consequence: it is reported row by row
/// as before. Only a file that did not load at all, or the values of records that were dropped
/// because of an error, make references to them consequences.
public struct LoadFailures: Sendable, Equatable {
    /// A field other files refer to: the records of a file, by the value a reference names.
    public struct Field: Sendable, Hashable {
        /// The file's declared name.
        public let file: String
        /// The column or key the value is in, as the docs name it.
        public let column: String

        /// A theme's `id` in themes.yaml.
        public static let theme = Field(file: "themes.yaml", column: "themes[].id")
        /// A framework's `id` in themes.yaml.
        public static let framework = Field(file: "themes.yaml", column: "frameworks[].id")
        /// An inspection's `id` in inspections.yaml.
        public static let inspection = Field(file: "inspections.yaml", column: "inspections[].id")
        /// A committee's `id` in committees.yaml.
        public static let committee = Field(file: "committees.yaml", column: "committees[].id")
        /// A recommendation's `Reference` in recommendations.csv.
        public static let recommendation = Field(file: "recommendations.csv", column: "Reference")
        /// The `Recommendation` an action in actions.csv answers.
        public static let actionRecommendation = Field(file: "actions.csv", column: "Recommendation")
        /// A team in caseloads.csv, in its loose form (`TextKey.normalise`).
        public static let caseloadTeam = Field(file: "caseloads.csv", column: "Team")
        /// A service area in caseloads.csv, in its loose form.
        public static let caseloadServiceArea = Field(file: "caseloads.csv", column: "Service area")
    }

    /// What of one file did not load, and where the cause is reported.
    public struct Failure: Sendable, Equatable {
        /// The file's declared name, `recommendations.csv`.
        public var file: String
        /// The file's path as diagnostics show it, `data/recommendations.csv`.
        public var path: String
        /// The files holding the cause's errors, in order (the file itself; settings.yaml for a
        /// heading mapped wrongly); empty when the cause is that the file is missing.
        public var causeFiles: [String] = []
        /// Whether nothing of the file loaded.
        public var wholeFile = false
        /// For each field's column (`Reference`, `themes[].id`), the values written in records
        /// that did not load, in the form they are compared in.
        public var values: [String: Set<String>] = [:]

        /// Creates a file's failure.
        public init(file: String, path: String) {
            self.file = file
            self.path = path
        }

        /// How a folded message names the cause: "because of the errors in data/x.csv above".
        public var cause: String {
            if causeFiles.isEmpty { return "because there is no \(path)" }
            return "because of the errors in " + causeFiles.joined(separator: " and ") + " above"
        }

        /// The file after whose diagnostics a consequence is shown.
        public var followedFile: String { causeFiles.max() ?? path }
    }

    /// The failures, by the file's declared name; a file that loaded whole is not here.
    public private(set) var files: [String: Failure] = [:]

    /// None.
    public init() {}

    /// Records that nothing of a file loaded: it is missing (no `causeFiles`) or had errors there.
    public mutating func wholeFile(_ file: String, path: String, causeFiles: [String]) {
        var failure = files[file] ?? Failure(file: file, path: path)
        failure.wholeFile = true
        failure.causeFiles = Self.merged(failure.causeFiles, causeFiles)
        files[file] = failure
    }

    /// Records that reading a field's file reported errors in `causeFiles`, and the values of
    /// the field written in its records that were dropped because of them. Nothing is recorded
    /// without a cause.
    public mutating func dropped(_ values: Set<String>, of field: Field, path: String, causeFiles: [String]) {
        guard !causeFiles.isEmpty else { return }
        var failure = files[field.file] ?? Failure(file: field.file, path: path)
        failure.values[field.column, default: []].formUnion(values)
        failure.causeFiles = Self.merged(failure.causeFiles, causeFiles)
        files[field.file] = failure
    }

    /// The failure a reference to a value of a field follows from: the file did not load, or
    /// the value's record was dropped. Nil when the file loaded that record or never held it.
    public func failure(of field: Field, value: String) -> Failure? {
        guard let failure = files[field.file] else { return nil }
        if failure.wholeFile || failure.values[field.column]?.contains(value) == true { return failure }
        return nil
    }

    /// The failure of a file that had errors, whatever they dropped.
    public func failure(of file: String) -> Failure? {
        files[file]
    }

    private static func merged(_ a: [String], _ b: [String]) -> [String] {
        Array(Set(a + b)).sorted()
    }
}
