import Dispatch
import ReadinessModel

/// Reads child-level lists shaped like Ofsted's Annex A (lists 4, 6, 7 and 8, from
/// `data/annex-a/list-N.csv`) and reduces each row at once into per-team timeliness counts.
///
/// These files hold personal data. Nothing from a row is kept or printed: diagnostics name the
/// file, line, column and heading, never the cell's value. The lists can hold a million rows, so
/// they are scanned as bytes (`CSVScanner`), only the columns needed are looked at, and the
/// lists are read in parallel. Each list's columns, and the row field each feeds, are declared in
/// `AnnexAList`.
enum ChildLevelLoader {
    /// The folder inside the data folder that holds the lists.
    static let folder = "annex-a"

    /// At most this many problems are listed per file; the rest are counted (two fewer than the
    /// log keeps per file, for the count and the staleness warning).
    static let problemLimit = Budgets.diagnosticsPerFile - 2

    /// What reading one list produced.
    struct ListResult: Sendable {
        var perTeam: [String: [TimelinessResult.Counts]] = [:]
        var log = DiagnosticLog()
        var ledger = InputLedger()
        var read = false
    }

    /// Computes every measure, reading each list once, the lists in parallel.
    static func load(
        measures: [TimelinessMeasure], folder dataFolder: String, asAt: CalendarDate, calendar: WorkingDayCalendar,
        maxAgeDays: Int = 31, log: inout DiagnosticLog, ledger: inout InputLedger
    ) -> [TimelinessResult] {
        var byList: [Int: [TimelinessMeasure]] = [:]
        for measure in measures { byList[measure.check.list, default: []].append(measure) }
        let lists = byList.keys.sorted()
        let groups = byList
        let confined = ConfinedFolder(dataFolder, role: "data")
        let results = ParallelResults<ListResult>(count: lists.count)
        DispatchQueue.concurrentPerform(iterations: lists.count) { index in
            let list = lists[index]
            let path = FileAccess.join(FileAccess.join(dataFolder, folder), "list-\(list).csv")
            let rules = (groups[list] ?? []).map { TimelinessRules(measure: $0, asAt: asAt, calendar: calendar) }
            results[index] = read(
                list: list, path: path, from: confined, rules: rules, asAt: asAt, maxAgeDays: maxAgeDays)
        }
        var counts: [Int: [String: [TimelinessResult.Counts]]] = [:]
        for (index, list) in lists.enumerated() {
            guard let result = results[index] else { continue }
            log.merge(result.log)
            ledger.merge(result.ledger)
            if result.read { counts[list] = result.perTeam }
        }
        return measures.compactMap { measure in
            guard let perTeam = counts[measure.check.list],
                let index = byList[measure.check.list]?.firstIndex(of: measure)
            else { return nil }
            let teams = perTeam.keys.sorted().map {
                (team: $0, counts: perTeam[$0]?[index] ?? TimelinessResult.Counts())
            }
            return TimelinessResult(measure: measure, teams: teams)
        }
    }

    /// Reads one list and applies its rules to every row. A list whose newest date (on or
    /// before the as-at date) is more than `maxAgeDays` before it draws a warning that gives
    /// no date from the file.
    static func read(
        list: Int, path: String, from confined: ConfinedFolder?, rules: [TimelinessRules], asAt: CalendarDate,
        maxAgeDays: Int
    ) -> ListResult {
        var result = ListResult()
        guard let confined else {
            _ = FileAccess.readText(path, log: &result.log)  // reports why, in the usual words
            return result
        }
        let raw: [UInt8]
        switch confined.readBytes(path) {
        case .success(let bytes): raw = bytes
        case .failure(let refusal):
            confined.report(refusal, path: path, log: &result.log)
            return result
        }
        result.ledger.record("data/\(folder)/list-\(list).csv", raw, childLevel: true)
        var bytes = raw
        if raw.starts(with: [0xFF, 0xFE]) || raw.starts(with: [0xFE, 0xFF])
            || SourceText.firstInvalidUTF8(raw[...]) != nil
        {
            _ = SourceText.decode(raw, path: path, log: &result.log)
            return result
        }
        if raw.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = Array(raw.dropFirst(3)) }
        let scanner = CSVScanner(bytes: bytes)
        let declared = AnnexAList.list(list)
        // Slot 0 is the team; slot k + 1 is `declared.fields[k]`.
        let columns = declared.columnsRead
        var slots = [Int](repeating: -1, count: columns.count)
        for (index, cell) in scanner.header.enumerated() {
            for (slot, column) in columns.enumerated() where slots[slot] < 0 && column.matches(heading: cell) {
                slots[slot] = index
            }
        }
        var missing = false
        for (slot, column) in columns.enumerated() where column.required && slots[slot] < 0 {
            result.log.error(
                "required column '\(column.name)' is missing from the header",
                at: SourceLocation(file: path, line: 1, column: 1), hint: "add a column headed '\(column.name)'")
            missing = true
        }
        if scanner.header.isEmpty {
            result.log.error("the file is empty", file: path, hint: "it needs a header row naming the columns")
            return result
        }
        if missing { return result }

        let width = scanner.header.count
        var position = scanner.dataStart
        var line = 2
        var ranges = [Range<Int>](repeating: 0..<0, count: columns.count)
        let wanted = slots
        let readings = [SlotReading.team] + declared.fields.map(SlotReading.init)
        var teams = TeamNames()
        var teamCounts: [[TimelinessResult.Counts]] = []
        var problems = 0
        let asAtDay = asAt.daysSinceEpoch
        var newest = Int.min
        func problem(_ message: String, offset: Int, line: Int, hint: String) {
            problems += 1
            if problems <= problemLimit {
                result.log.error(
                    message, at: SourceLocation(file: path, line: line, column: scanner.column(of: offset)), hint: hint)
            }
        }
        while true {
            let rowLine = line
            let rowStart = position
            for k in ranges.indices { ranges[k] = 0..<0 }
            guard
                let cells = scanner.scanRow(
                    from: &position, line: &line,
                    cell: { index, range in
                        for slot in wanted.indices where wanted[slot] == index { ranges[slot] = range }
                    })
            else { break }
            if cells == 1 && ranges.allSatisfy({ $0.isEmpty })
                && scanner.unquoted(rowStart..<max(rowStart, position - 1)).allSatisfy({ $0 == 0x0D || $0 == 0x20 })
            {
                continue  // a blank line
            }
            if cells < width {
                problems += 1
                if problems <= problemLimit {
                    result.log.error(
                        "this row has \(cells) cells but the header has \(width)",
                        at: SourceLocation(file: path, line: rowLine, column: 1),
                        hint: "a line break or comma inside a cell must be within double quotes")
                }
                continue
            }
            let teamBytes = scanner.unquoted(ranges[0])
            if teamBytes.isEmpty {
                problem(
                    "'\(declared.team.name)' is blank", offset: ranges[0].lowerBound, line: rowLine,
                    hint: "every row needs its team")
                continue
            }
            let team = teams.index(of: teamBytes)
            if team == teamCounts.count {
                teamCounts.append(Array(repeating: TimelinessResult.Counts(), count: rules.count))
            }
            // The row's fields, parsed once each; a bad date is reported without its value.
            var row = ChildRow()
            var bad = false
            for slot in 1..<columns.count where wanted[slot] >= 0 {
                let cell = scanner.unquoted(ranges[slot])
                switch readings[slot] {
                case .wholeNumber(let field, let range):
                    // Personal: a value that is not a whole number in range is unknown, never quoted.
                    row[field] = CSVScanner.wholeNumber(cell).flatMap { range.contains($0) ? $0 : nil }
                case .date(let field):
                    switch CSVScanner.day(cell) {
                    case nil: break
                    case .success(let day)?:
                        row[field] = day
                        if day <= asAtDay && day > newest { newest = day }
                    case .failure(let error)?:
                        problem(
                            "'\(columns[slot].name)' \(error.problem)", offset: ranges[slot].lowerBound,
                            line: rowLine, hint: error.hint)
                        bad = true
                    }
                case .team:
                    break
                }
            }
            if bad { continue }
            for (index, rule) in rules.enumerated() {
                rule.count(row, into: &teamCounts[team][index])
            }
        }
        if problems > problemLimit {
            result.log.error("and \(problems - problemLimit) more problems like these in this file", file: path)
        }
        if newest != Int.min && asAtDay - newest > maxAgeDays {
            // Only the limit is named: the newest date itself comes from a child's record.
            result.log.warning(
                "the newest date in this list is more than \(maxAgeDays) days before the as-at date \(asAt.iso)",
                at: SourceLocation(file: path, line: 1, column: 1),
                hint:
                    "export the list again as at \(asAt.long), or raise child_level_max_age_days in settings.yaml; its figures describe an older day"
            )
        }
        for (index, name) in teams.names.enumerated() { result.perTeam[name] = teamCounts[index] }
        result.read = true
        return result
    }
}

/// How the scanner reads one slot of a child-level row, worked out once per list from the
/// declared column, so the row loop switches on a small value.
enum SlotReading: Sendable {
    case team
    case date(ChildRowField)
    case wholeNumber(ChildRowField, ClosedRange<Int>)

    init(_ declared: AnnexAList.FieldColumn) {
        if case .wholeNumber(let range) = declared.column.kind {
            self = .wholeNumber(declared.field, range)
        } else {
            self = .date(declared.field)
        }
    }
}

/// Team names seen in a list, interned by their bytes so a million rows make a handful of strings.
struct TeamNames {
    private(set) var names: [String] = []
    private var lookup: [UInt64: [Int]] = [:]
    private var stored: [[UInt8]] = []

    /// The team's index, adding it when new (the next index is `names.count`).
    mutating func index(of bytes: ArraySlice<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        if let candidates = lookup[hash] {
            for candidate in candidates where stored[candidate].elementsEqual(bytes) { return candidate }
        }
        let index = names.count
        names.append(String(decoding: bytes, as: UTF8.self).trimmingSpaces)
        stored.append(Array(bytes))
        lookup[hash, default: []].append(index)
        return index
    }
}
