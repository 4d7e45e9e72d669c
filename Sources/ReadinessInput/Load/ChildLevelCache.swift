import ReadinessModel
import Synchronization

/// The child-level aggregates of the last build (what `ChildLevelLoader.load` returned, with
/// the diagnostics and ledger entries it made), kept for the next build while nothing they are
/// worked out from has changed: the lists' files (each one's `FileStamp`), the measures, the
/// as-at date, the working-day calendar (the bank holidays), the age limit and the column
/// mappings. The preview keeps one, so an edit to anything else does not re-read a million rows.
public final class ChildLevelCache: Sendable {
    /// Everything the aggregates are worked out from.
    struct Inputs: Equatable {
        var measures: [TimelinessMeasure]
        var asAt: CalendarDate
        var calendar: WorkingDayCalendar
        var maxAgeDays: Int
        var mappings: [String: ColumnMapping]
        var folder: String
        var workbook: String
        var namedBy: String?
        /// The stamp of every name in the lists' folder, and of the workbook, links followed.
        var files: [String: FileStamp?]
    }

    /// What one call of the loader produced.
    struct Entry {
        var inputs: Inputs
        var results: [TimelinessResult]
        var log: DiagnosticLog
        var ledger: InputLedger
    }

    private let last = Mutex<Entry?>(nil)

    public init() {}

    /// The aggregates for these inputs: the kept ones when nothing they depend on changed, else
    /// worked out by `compute` (given a fresh log and ledger) and kept. Diagnostics and ledger
    /// entries are added to `log` and `ledger` either way, as the loader would add them.
    func results(
        measures: [TimelinessMeasure], location: AnnexALocation, asAt: CalendarDate, calendar: WorkingDayCalendar,
        maxAgeDays: Int, mappings: [String: ColumnMapping], log: inout DiagnosticLog, ledger: inout InputLedger,
        compute: (inout DiagnosticLog, inout InputLedger) -> [TimelinessResult]
    ) -> [TimelinessResult] {
        var files: [String: FileStamp?] = [location.workbook: FileAccess.fileStamp(of: location.workbook)]
        for name in FileSystemCalls.folderNames(location.folder) ?? [] {
            let path = FileAccess.join(location.folder, name)
            files[path] = FileAccess.fileStamp(of: path)
        }
        let inputs = Inputs(
            measures: measures, asAt: asAt, calendar: calendar, maxAgeDays: maxAgeDays, mappings: mappings,
            folder: location.folder, workbook: location.workbook, namedBy: location.namedBy, files: files)
        let entry: Entry
        if let kept = last.withLock({ $0 }), kept.inputs == inputs {
            entry = kept
        } else {
            var fresh = DiagnosticLog()
            var freshLedger = InputLedger()
            let results = compute(&fresh, &freshLedger)
            entry = Entry(inputs: inputs, results: results, log: fresh, ledger: freshLedger)
            last.withLock { $0 = entry }
        }
        log.merge(entry.log)
        ledger.merge(entry.ledger)
        return entry.results
    }

    /// Forgets the kept aggregates, so the next build reads the lists again.
    package func clear() {
        last.withLock { $0 = nil }
    }
}
