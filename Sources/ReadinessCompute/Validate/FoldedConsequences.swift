import ReadinessModel

/// Problems that follow from another problem, counted and reported as one diagnostic under
/// their cause: "data/progress-history.csv: error: 96 rows name a recommendation that did not
/// load (because of the errors in data/recommendations.csv above); fix those first". The
/// diagnostic is shown right after the cause's (`Diagnostic.follows`), in every format.
///
/// A check asks `fold` before reporting a reference it cannot resolve: when the referenced
/// record did not load because of an error (`LoadFailures`), the reference is counted here and
/// the check reports nothing; otherwise the check reports it row by row as before.
struct FoldedConsequences {
    /// What a consequence says, for one and for several: "row names a recommendation that did
    /// not load", "rows name a recommendation that did not load".
    struct Phrase: Hashable {
        let one: String
        let many: String

        init(_ one: String, _ many: String) {
            self.one = one
            self.many = many
        }
    }

    private struct Key: Hashable {
        let file: String
        let phrase: Phrase
        let cause: String
    }

    private struct Folded {
        var count = 0
        var isError = false
        let failure: LoadFailures.Failure
    }

    let failures: LoadFailures
    private var folded: [Key: Folded] = [:]
    private var order: [Key] = []

    init(_ failures: LoadFailures) {
        self.failures = failures
    }

    /// Counts the problem at `location` when the value of `field` it names did not load because
    /// of an error; returns whether it did (the caller then reports nothing).
    mutating func fold(
        _ phrase: Phrase, at location: SourceLocation, naming value: String, of field: LoadFailures.Field,
        severity: Diagnostic.Severity = .error
    ) -> Bool {
        guard let failure = failures.failure(of: field, value: value) else { return false }
        count(phrase, at: location, failure: failure, severity: severity)
        return true
    }

    /// Counts the problem at `location` when reading `file` reported errors at all, whatever
    /// they dropped: for what a record that loaded in part can cause (a committee some of whose
    /// meeting dates were wrong).
    mutating func fold(
        _ phrase: Phrase, at location: SourceLocation, whenErrorsIn file: String,
        severity: Diagnostic.Severity = .error
    ) -> Bool {
        guard let failure = failures.failure(of: file) else { return false }
        count(phrase, at: location, failure: failure, severity: severity)
        return true
    }

    private mutating func count(
        _ phrase: Phrase, at location: SourceLocation, failure: LoadFailures.Failure, severity: Diagnostic.Severity
    ) {
        let key = Key(file: location.file, phrase: phrase, cause: failure.file)
        if folded[key] == nil {
            folded[key] = Folded(failure: failure)
            order.append(key)
        }
        folded[key]?.count += 1
        if severity == .error { folded[key]?.isError = true }
    }

    /// One diagnostic for each kind of consequence in each file, with its count, shown after
    /// its cause.
    func report(into log: inout DiagnosticLog) {
        for key in order {
            guard let entry = folded[key] else { continue }
            let what = entry.count == 1 ? key.phrase.one : key.phrase.many
            log.report(
                Diagnostic(
                    entry.isError ? .error : .warning, file: key.file,
                    message: "\(NumberFormat.grouped(entry.count)) \(what) (\(entry.failure.cause))",
                    hint: "fix those first", follows: entry.failure.followedFile))
        }
    }
}
