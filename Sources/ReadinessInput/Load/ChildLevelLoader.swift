import Dispatch
import ReadinessModel

/// Reads child-level lists shaped like Ofsted's Annex A (lists 4, 6, 7 and 8, from
/// `data/annex-a/list-N.csv`, or the sheets of one workbook `data/annex-a.xlsx`: see
/// `AnnexAWorkbook`) and reduces each row at once into per-team timeliness counts.
///
/// These files hold personal data. Nothing from a row is kept or printed: diagnostics name the
/// file, line, column and heading, never the cell's value. The lists can hold a million rows, so
/// they are scanned as bytes (`CSVScanner`, or `SheetScanner` streaming a sheet), only the columns
/// needed are looked at, and the lists are read in parallel. One row logic (`ChildRowCounter`)
/// serves both sources. Each list's columns, and the row field each feeds, are declared in
/// `AnnexAList`.
enum ChildLevelLoader {
    /// The folder inside the data folder that holds the lists.
    static let folder = "annex-a"

    /// The words a totals row's first cell with text says (compared loosely, as
    /// `CSVTable.totalsWords`): such a row is a sum of the others, not a child.
    static let totalsWords = ChildAnswerWords(yes: ["Total", "Totals", "Grand total", "Overall total"], no: [])

    /// Whether a cell could say `Total`, `Grand total` or `Overall total`: a look at its first
    /// byte spares the words' comparison for an ID.
    @inline(__always)
    static func mayBeTotals(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let byte = cell.first else { return false }
        let lower = byte | 0x20
        return lower == UInt8(ascii: "t") || lower == UInt8(ascii: "g") || lower == UInt8(ascii: "o")
    }

    /// At most this many problems are listed per file; the rest are counted (two fewer than the
    /// log keeps per file, for the count and the staleness warning).
    static let problemLimit = Budgets.diagnosticsPerFile - 2

    /// What reading one list produced.
    struct ListResult: Sendable {
        var perTeam: [String: [TimelinessResult.Counts]] = [:]
        var log = DiagnosticLog()
        var ledger = InputLedger()
        var read = false
        /// Whether some row gave an agreed visiting frequency.
        var agreedFrequencies = false
        /// The trend's months, and per rule all teams' counts in each (empty for a rule with none).
        var months: [CalendarMonth] = []
        var monthly: [[TimelinessResult.Counts]] = []
    }

    /// Computes every measure, reading each list once, the lists in parallel.
    static func load(
        measures: [TimelinessMeasure], folder dataFolder: String, asAt: CalendarDate, calendar: WorkingDayCalendar,
        maxAgeDays: Int = 31, mappings: [String: ColumnMapping] = [:], log: inout DiagnosticLog,
        ledger: inout InputLedger
    ) -> [TimelinessResult] {
        load(
            measures: measures, from: AnnexALocation.find(dataFolder: dataFolder, command: nil, settings: nil),
            asAt: asAt, calendar: calendar, maxAgeDays: maxAgeDays, mappings: mappings, log: &log, ledger: &ledger)
    }

    /// Computes every measure from the lists at `location`.
    static func load(
        measures: [TimelinessMeasure], from location: AnnexALocation, asAt: CalendarDate, calendar: WorkingDayCalendar,
        maxAgeDays: Int = 31, mappings: [String: ColumnMapping] = [:], log: inout DiagnosticLog,
        ledger: inout InputLedger
    ) -> [TimelinessResult] {
        var byList: [Int: [TimelinessMeasure]] = [:]
        for measure in measures { byList[measure.check.list, default: []].append(measure) }
        let lists = byList.keys.sorted()
        let groups = byList
        let confined = location.confined
        var counts: [Int: [String: [TimelinessResult.Counts]]] = [:]
        var agreedFrequencies: Set<Int> = []
        var trends: [Int: (months: [CalendarMonth], counts: [[TimelinessResult.Counts]])] = [:]
        let workbookPath = location.workbook
        if let confined, Self.exists(workbookPath, in: confined) {
            let folderPath = location.folder
            if location.namedBy == nil, Self.exists(folderPath, in: confined) {
                log.error(
                    "both \(workbookPath) and the folder \(folderPath) hold child-level lists", file: workbookPath,
                    hint: "keep one: the workbook, with a sheet per list, or the folder of list-N.csv files")
                return []
            }
            var rules: [Int: [TimelinessRules]] = [:]
            for list in lists {
                rules[list] = (groups[list] ?? []).map { TimelinessRules(measure: $0, asAt: asAt, calendar: calendar) }
            }
            let read = AnnexAWorkbook.read(
                lists: lists, path: workbookPath, from: confined, rules: rules, asAt: asAt, maxAgeDays: maxAgeDays,
                mappings: mappings, log: &log, ledger: &ledger)
            for list in lists {
                guard let result = read[list] else { continue }
                log.merge(result.log)
                if result.read { counts[list] = result.perTeam }
                if result.agreedFrequencies { agreedFrequencies.insert(list) }
                if result.read { trends[list] = (result.months, result.monthly) }
            }
        } else {
            // Every list is optional: one not exported leaves its measures out, with a warning.
            let lists = lists.filter { list in
                let path = FileAccess.join(location.folder, "list-\(list).csv")
                guard let confined, !Self.exists(path, in: confined) else { return true }
                Self.warnMissing(list: list, measures: groups[list] ?? [], file: path, log: &log)
                return false
            }
            let results = ParallelResults<ListResult>(count: lists.count)
            // The largest lists first, so the cores finish together: read in number order, the
            // last large list ran alone at the end. (The size only orders the work; each list
            // is still opened and read through the confined folder.)
            let sizes = lists.map {
                FileSystemCalls.fileStamp(FileAccess.join(location.folder, "list-\($0).csv"))?.size ?? 0
            }
            let order = lists.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
            DispatchQueue.concurrentPerform(iterations: lists.count) { turn in
                let index = order[turn]
                let list = lists[index]
                let path = FileAccess.join(location.folder, "list-\(list).csv")
                let rules = (groups[list] ?? []).map { TimelinessRules(measure: $0, asAt: asAt, calendar: calendar) }
                results[index] = read(
                    list: list, path: path, from: confined, rules: rules, asAt: asAt, maxAgeDays: maxAgeDays,
                    mapping: mappings[AnnexAList.list(list).declaration.name])
            }
            for (index, list) in lists.enumerated() {
                guard let result = results[index] else { continue }
                log.merge(result.log)
                ledger.merge(result.ledger)
                if result.read { counts[list] = result.perTeam }
                if result.agreedFrequencies { agreedFrequencies.insert(list) }
                if result.read { trends[list] = (result.months, result.monthly) }
            }
        }
        return measures.compactMap { measure in
            guard let perTeam = counts[measure.check.list],
                let index = byList[measure.check.list]?.firstIndex(of: measure)
            else { return nil }
            let teams = perTeam.keys.sorted().map {
                (team: $0, counts: perTeam[$0]?[index] ?? TimelinessResult.Counts())
            }
            var result = TimelinessResult(measure: measure, teams: teams)
            if let trend = trends[measure.check.list], index < trend.counts.count {
                result.months = zip(trend.months, trend.counts[index]).map { (month: $0, counts: $1) }
            }
            result.agreedFrequencies =
                agreedFrequencies.contains(measure.check.list)
                && [.cinVisits, .cpVisits, .claVisits].contains(measure.check)
            return result
        }
    }

    /// Warns that a list the measures need was not given, naming the measures left out.
    static func warnMissing(list: Int, measures: [TimelinessMeasure], file: String, log: inout DiagnosticLog) {
        let declared = AnnexAList.list(list)
        let names = measures.map { "'\($0.name.quotable)'" }.joined(separator: ", ")
        log.warning(
            "there is no \(declared.declaration.name), so \(names) \(measures.count == 1 ? "is" : "are") not shown",
            at: SourceLocation(file: file, line: 0, column: 0),
            hint:
                "export \(declared.declaration.purpose) as \(declared.declaration.name), or take the measures out of 'timeliness:' in settings.yaml"
        )
    }

    /// Whether a path inside the data folder names something (a file, a folder, or a link to be
    /// reported when read).
    static func exists(_ path: String, in confined: ConfinedFolder) -> Bool {
        if case .failure(.missing) = confined.resolve(path) { return false }
        return true
    }

    /// Reads one list and applies its rules to every row. A list whose newest date (on or
    /// before the as-at date) is more than `maxAgeDays` before it draws a warning that gives
    /// no date from the file.
    static func read(
        list: Int, path: String, from confined: ConfinedFolder?, rules: [TimelinessRules], asAt: CalendarDate,
        maxAgeDays: Int, mapping: ColumnMapping? = nil, chunkBytes: Int = CSVStream.chunkBytes,
        rowLimit: Int = Budgets.childLevelRowBytes
    ) -> ListResult {
        var result = ListResult()
        guard let confined else {
            _ = FileAccess.readText(path, log: &result.log)  // reports why, in the usual words
            return result
        }
        let fd: Int32
        switch confined.open(path) {
        case .success(let opened): fd = opened
        case .failure(let refusal):
            confined.report(refusal, path: path, log: &result.log)
            return result
        }
        defer { FileSystemCalls.closeFile(fd) }
        // Read a chunk at a time: `position` is where the next row starts in the chunk, `line`
        // its line in the file.
        var stream = CSVStream(fd: fd, chunkBytes: chunkBytes, rowLimit: rowLimit)
        var position = 0
        var line = 1
        func stopped(_ problem: CSVStream.Problem) {
            switch problem {
            case .unreadable(let reason):
                result.log.error("cannot read this file: \(reason)", file: path)
            case .notUTF8
            where stream.offset == 0
                && (stream.bytes.starts(with: [0xFF, 0xFE]) || stream.bytes.starts(with: [0xFE, 0xFF])
                    || SourceText.looksLikeUTF16(stream.bytes)):
                _ = SourceText.decode(Array(stream.bytes.prefix(64)), path: path, log: &result.log)  // UTF-16
            case .notUTF8(let bad):
                let (lines, column) = SourceText.position(of: bad, in: stream.bytes[position...])
                result.log.error(
                    "the file is not valid UTF-8 text (byte \(stream.offset + bad - (stream.bom ? 3 : 0) + 1) cannot be read)",
                    at: SourceLocation(file: path, line: line + lines - 1, column: column),
                    hint: "save it as 'CSV UTF-8' (Excel) or UTF-8 (other editors)")
            case .rowTooLong:
                result.log.error(
                    "a row from here on is longer than "
                        + (rowLimit >= 1 << 20
                            ? "\(rowLimit >> 20) MB" : "\(NumberFormat.grouped(rowLimit)) bytes"),
                    at: SourceLocation(file: path, line: line, column: 1),
                    hint: "a double quote that opens a cell is probably not closed; close it, or remove it")
            }
        }
        repeat {
            if let problem = stream.next(keeping: 0) {
                stopped(problem)
                return result
            }
        } while stream.bytes.count < 64 && !stream.atEnd  // enough to know a BOM, or UTF-16 without one
        if SourceText.looksLikeUTF16(stream.bytes) {
            _ = SourceText.decode(stream.bytes, path: path, log: &result.log)  // reports it, once
            return result
        }
        if stream.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            stream.bom = true
            position = 3
        }
        // The header, read until it is whole.
        var header: [String] = []
        while true {
            var end = position
            var headerLine = line
            header = []
            let complete = stream.atEnd
            let cells = stream.bytes.withUnsafeBufferPointer { bytes in
                let scanner = CSVScanner(rows: bytes)
                return scanner.scanRow(from: &end, line: &headerLine, complete: complete) { _, range in
                    header.append(String(decoding: scanner.unquoted(range), as: UTF8.self))
                }
            }
            if cells != 0 && (cells != nil || stream.atEnd) {
                position = end
                line = headerLine
                break
            }
            if let problem = stream.next(keeping: 0) {
                stopped(problem)
                return result
            }
        }
        // Slot 0 is the team; slot k + 1 is `declared.fields[k]`.
        var counter = ChildRowCounter(list: list, rules: rules, asAt: asAt, file: path)
        let columns = counter.columns
        let matcher = HeadingMatcher(
            file: AnnexAList.list(list).declaration.name, columns: columns, mapping: mapping)
        let slots = ChildRowCounter.slots(header: header, columns: columns, matcher: matcher)
        let unfound = ChildRowCounter.reportHeadings(
            header, slots: slots, columns: columns, matcher: matcher, path: path, log: &result.log)
        var missing = columns.contains { $0.required && unfound.contains($0.name) }
        for (slot, column) in columns.enumerated()
        where column.required && slots[slot] < 0 && !unfound.contains(column.name) {
            result.log.error(
                "required column '\(column.name)' is missing from the header",
                at: SourceLocation(file: path, line: 1, column: 1), hint: "add a column headed '\(column.name)'")
            missing = true
        }
        if header.isEmpty {
            result.log.error("the file is empty", file: path, hint: "it needs a header row naming the columns")
            return result
        }
        if missing { return result }

        let width = header.count
        // The slot each of the header's columns feeds, or -1: one look-up a cell.
        var slotOf = [Int](repeating: -1, count: width)
        for (slot, index) in slots.enumerated() where index >= 0 { slotOf[index] = slot }
        let wanted = slots
        // What ended the scan of a chunk's rows.
        enum ChunkEnd {
            /// The file's end.
            case end
            /// A row that runs past the chunk, from this offset at this line.
            case cut(row: Int, line: Int)
            /// A quoted cell never closed, its quote at `quote` in a row from `row` at `line`.
            case unclosed(quote: Int, row: Int, line: Int)
        }
        while true {
            let complete = stream.atEnd
            // The chunk's bytes are lent for the scan of its whole rows.
            let chunkEnd = stream.bytes.withUnsafeBufferPointer { bytes -> ChunkEnd in
                withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: columns.count) { ranges in
                    ranges.initialize(repeating: 0..<0)
                    let scanner = CSVScanner(rows: bytes)
                    var row = CSVChildRow(scanner: scanner, file: path, ranges: ranges)
                    var beyondHeader = false
                    var unclosed: Int?
                    // The row's first cell: its ID, or, in a blank row or a totals row, blank or "Total".
                    var firstCell = 0..<0
                    while true {
                        let rowLine = line
                        let rowStart = position
                        for k in row.ranges.indices { row.ranges[k] = 0..<0 }
                        beyondHeader = false
                        firstCell = 0..<0
                        let cells = scanner.scanRow(
                            from: &position, line: &line, complete: complete, unclosed: &unclosed,
                            cell: { index, range in
                                if index == 0 { firstCell = range }
                                if index < width {
                                    let slot = slotOf[index]
                                    if slot >= 0 { row.ranges[slot] = range }
                                } else if !range.isEmpty {
                                    beyondHeader = true
                                }
                            })
                        guard let cells, cells > 0 else {
                            return complete && cells == nil ? .end : .cut(row: rowStart, line: rowLine)
                        }
                        if let quote = unclosed { return .unclosed(quote: quote, row: rowStart, line: rowLine) }
                        // Wholly blank rows are skipped, and so is a totals row, as in every other
                        // table: Excel writes `,,,,` for an empty line, which would count a child.
                        var first = scanner.unquoted(firstCell)
                        if first.isEmpty {
                            // Rare (most rows start with the child's ID): the row's first cell with text.
                            var again = rowStart
                            var lines = 0
                            var found = 0..<0
                            _ = scanner.scanRow(from: &again, line: &lines) { _, range in
                                if found.isEmpty && !scanner.unquoted(range).isEmpty { found = range }
                            }
                            if found.isEmpty { continue }
                            first = scanner.unquoted(found)
                        }
                        if Self.mayBeTotals(first) && Self.totalsWords.answer(first) != nil { continue }
                        if cells < width || beyondHeader {
                            // Cells past the header's last column: a comma inside an unquoted cell has
                            // moved the cells after it, so a column would read its neighbour's value (a name).
                            counter.problem(
                                "this row has \(cells) cells but the header has \(width)",
                                at: SourceLocation(file: path, line: rowLine, column: 1),
                                hint: "a line break or comma inside a cell must be within double quotes")
                            continue
                        }
                        row.line = rowLine
                        row.start = rowStart
                        counter.count(row, wanted: wanted)
                    }
                }
            }
            switch chunkEnd {
            case .end:
                break
            case .cut(let rowStart, let rowLine):
                // The row runs past the chunk: keep it, and read the next chunk after it.
                line = rowLine
                position = 0
                if let problem = stream.next(keeping: rowStart) {
                    result.log.merge(counter.log)
                    stopped(problem)
                    return result
                }
                continue
            case .unclosed(let quote, let rowStart, let rowLine):
                // The rest of the file was read as one cell: its rows would be lost without a word.
                let (lines, column) = SourceText.position(of: quote, in: stream.bytes[rowStart...])
                result.log.merge(counter.log)
                result.log.error(
                    "this quoted cell is never closed, so the rest of the file was read as one cell",
                    at: SourceLocation(file: path, line: rowLine + lines - 1, column: column),
                    hint: "add the closing double quote (\") at the end of the cell")
                return result
            }
            break
        }
        result.ledger.record(
            "data/\(folder)/list-\(list).csv", size: stream.size, sha256: stream.digest, childLevel: true)
        counter.finish(
            asAt: asAt, maxAgeDays: maxAgeDays, start: SourceLocation(file: path, line: 1, column: 1), into: &result)
        return result
    }
}
