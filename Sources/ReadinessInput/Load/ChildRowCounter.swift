import ReadinessModel

/// One child-level row as the row logic reads it, whatever it came from (a CSV line or a
/// worksheet row): the cell of each slot (slot 0 the team, slot k + 1 the list's field k).
/// Generic code over it is specialised per source, so the row loop costs no dynamic dispatch.
/// A row is made inside the closure that lends its bytes, and lives no longer than `count`.
protocol ChildLevelRow {
    /// The slot's cell as bytes, trimmed; empty when the cell is blank or absent.
    func text(_ slot: Int) -> UnsafeBufferPointer<UInt8>
    /// The slot's cell as a date (days since 1970-01-01); nil when blank.
    func day(_ slot: Int) -> Result<Int, CalendarDate.ParseError>?
    /// Whether the slot's cell was written in CSV quotes, where `""` stands for `"`.
    func quoted(_ slot: Int) -> Bool
    /// Where the slot's cell is, for a diagnostic.
    func location(_ slot: Int) -> SourceLocation
}

/// The row logic of a child-level list, shared by the CSV and the workbook paths: the team's
/// index, the row's fields parsed once each, the rules counted per team, the newest date seen.
/// Nothing from a row is kept or printed: diagnostics name the cell and the heading only.
struct ChildRowCounter {
    let declared: AnnexAList
    let columns: [DataColumn]
    let readings: [SlotReading]
    /// The words of each answer column (`SlotReading.answer`).
    let answers: [ChildAnswerWords]
    let rules: [TimelinessRules]
    /// `rules`, called through without reference counting (they are kept alive by `rules`).
    private let unretained: [Unmanaged<TimelinessRules>]
    let asAtDay: Int
    let file: String
    /// The list's sheet, when it is read from a workbook.
    var sheet: String?
    var log = DiagnosticLog()
    private var teams = TeamNames()
    private var teamCounts: [[TimelinessResult.Counts]] = []
    private(set) var problems = 0
    private var newest = Int.min
    /// Visiting frequencies seen, interned by their text, and each one's `Interval.code` (nil when
    /// it is not one): a list holds a handful of distinct frequencies.
    private var frequencyTexts = TeamNames()
    private var frequencyCodes: [Int?] = []
    private var frequencySeen = false
    /// The trend's months, and per rule all teams' counts in each (empty for a rule with none).
    private let trendMonths: TrendMonths
    private let trended: [Bool]
    private var monthCounts: [[TimelinessResult.Counts]]
    /// Each rule's deadlines by start day, worked out once each.
    private var memos: [DeadlineMemo]
    /// The slots of the start and end of a list of episodes that end (contacts decided,
    /// assessments completed, conferences held, children placed, adopters approved); nil for
    /// the others, whose end may be a closure recorded apart.
    private let episodeSlots: (start: Int, end: Int)?

    init(list: Int, rules: [TimelinessRules], asAt: CalendarDate, file: String) {
        declared = AnnexAList.list(list)
        columns = declared.columnsRead(for: rules.map(\.measure.check))
        (readings, answers) = SlotReading.of(declared.fields)
        self.rules = rules
        unretained = rules.map { Unmanaged.passUnretained($0) }
        asAtDay = asAt.daysSinceEpoch
        self.file = file
        if [1, 2, 4, 5, 10, 11].contains(list), let start = declared.fields.firstIndex(where: { $0.field == .start }),
            let end = declared.fields.firstIndex(where: { $0.field == .end })
        {
            episodeSlots = (start + 1, end + 1)
        } else {
            episodeSlots = nil
        }
        trendMonths = TrendMonths(asAt: asAt)
        trended = rules.map { $0.measure.check.trend != nil }
        monthCounts = trended.map { $0 ? Array(repeating: TimelinessResult.Counts(), count: 12) : [] }
        memos = rules.map { _ in DeadlineMemo(asAt: asAt.daysSinceEpoch) }
    }

    /// The header's column for each slot (-1 where absent): the first heading each column matches.
    static func slots(header: [String], columns: [DataColumn], matcher: HeadingMatcher) -> [Int] {
        var slots = [Int](repeating: -1, count: columns.count)
        for (index, cell) in header.enumerated() {
            guard case .column(let name) = matcher.match(cell),
                let slot = columns.firstIndex(where: { $0.name == name }), slots[slot] < 0
            else { continue }
            slots[slot] = index
        }
        return slots
    }

    /// Reports what is wrong with a header under the council's mapping (a column present under
    /// its own name as well as the mapped heading; a mapped heading not in the file, at its line
    /// in settings.yaml); returns the columns whose mapped heading was not found, which need no
    /// "missing" error of their own.
    static func reportHeadings(
        _ header: [String], slots: [Int], columns: [DataColumn], matcher: HeadingMatcher, path: String,
        log: inout DiagnosticLog
    ) -> Set<String> {
        for cell in header {
            if case .displaced(let name) = matcher.match(cell) {
                matcher.reportDisplaced(name, found: cell, headings: header, path: path, log: &log)
            }
        }
        return matcher.reportUnfound(
            found: Set(columns.indices.filter { slots[$0] >= 0 }.map { columns[$0].name }), headings: header,
            path: path, log: &log)
    }

    /// Counts a problem, listing it while under the limit.
    mutating func problem(_ message: String, at location: @autoclosure () -> SourceLocation, hint: String) {
        problems += 1
        if problems <= ChildLevelLoader.problemLimit {
            log.error(message, at: location(), hint: hint)
        }
    }

    /// Counts a problem with a row's cell, listing it while under the limit.
    mutating func problem<Row: ChildLevelRow>(_ message: String, cell slot: Int, of row: borrowing Row, hint: String) {
        problems += 1
        if problems <= ChildLevelLoader.problemLimit {
            log.error(message, at: row.location(slot), hint: hint)
        }
    }

    /// The team of a list that has no team column.
    static let wholeService = StaticString("Whole service")
    /// The team of a row whose team cell is blank.
    static let unallocated = StaticString("Unallocated")

    /// Reads one row into the counts.
    @inline(__always)
    mutating func count<Row: ChildLevelRow>(_ row: borrowing Row, wanted: [Int]) {
        // A list Annex A gives no team column (contacts, adoption) counts the whole service.
        // A child with no team is unallocated: counted, in a row of its own.
        var teamBytes = wanted[0] < 0 ? Self.wholeService.bytes : row.text(0)
        if teamBytes.isEmpty { teamBytes = Self.unallocated.bytes }
        if teamBytes.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }) {
            // A team name is shown on the pages: a control character (a NUL) cannot be.
            problem(
                "'\(columns[0].name)' holds a control character, such as a NUL byte", cell: 0, of: row,
                hint: "export the list again from the case-management system; a team name is plain text")
            return
        }
        var quoted = false
        if wanted[0] >= 0 { quoted = row.quoted(0) }
        let team = teams.index(of: teamBytes, unescapingQuotes: quoted)
        if team == teamCounts.count {
            teamCounts.append(Array(repeating: TimelinessResult.Counts(), count: rules.count))
        }
        // The row's fields, parsed once each; a bad date is reported without its value.
        var child = ChildRow()
        var bad = false
        for slot in 1..<columns.count where wanted[slot] >= 0 {
            switch readings[slot] {
            case .wholeNumber(let field, let range):
                let text = row.text(slot)
                let number = CSVScanner.wholeNumber(text).flatMap { range.contains($0) ? $0 : nil }
                if number == nil && !text.isEmpty && field != .age {
                    // A count (placements, previous plans, referrals) that is not one is an error;
                    // the age, personal, is read as unknown and never named.
                    problem(
                        "'\(columns[slot].name)' is not a whole number from \(range.lowerBound) to \(NumberFormat.grouped(range.upperBound))",
                        cell: slot, of: row,
                        hint: "write the count as digits, such as 2; leave it blank if it is not recorded")
                    bad = true
                }
                child[field] = number
            case .date(let field):
                switch row.day(slot) {
                case nil: break
                case .success(let day)?:
                    child[field] = day
                    if day <= asAtDay && day > newest { newest = day }
                case .failure(let error)?:
                    problem(
                        "'\(columns[slot].name)' \(error.problem)", cell: slot, of: row, hint: error.hint)
                    bad = true
                }
            case .answer(let field, let which):
                let text = row.text(slot)
                if text.isEmpty { break }
                switch answers[which].answer(text) {
                case .yes?: child[field] = 1
                case .no?: child[field] = 0
                case .neither?: child[field] = 2
                case nil:
                    problem(
                        "'\(columns[slot].name)' is none of the answers Readiness reads",
                        cell: slot, of: row,
                        hint:
                            "write yes as one of \(answers[which].yes.joined(separator: ", ")), no as one of \(answers[which].no.joined(separator: ", "))"
                            + (answers[which].neither.isEmpty
                                ? "" : ", or neither as one of \(answers[which].neither.joined(separator: ", "))"))
                    bad = true
                }
            case .frequency(let field):
                let text = row.text(slot)
                if text.isEmpty { break }
                let index = frequencyTexts.index(of: text)
                if index == frequencyCodes.count {
                    frequencyCodes.append(Interval.parseFrequency(frequencyTexts.names[index]).map(\.code))
                }
                guard let code = frequencyCodes[index] else {
                    problem(
                        "'\(columns[slot].name)' is not a visiting frequency Readiness reads",
                        cell: slot, of: row,
                        hint:
                            "write one interval of a year or less, such as 4 weeks, 6 weekly, 10 working days or monthly; leave it blank to use the measure's standard"
                    )
                    bad = true
                    break
                }
                child[field] = code
                frequencySeen = true
            case .team:
                break
            }
        }
        if let start = child[.start], let end = child[.end], end < start, let slots = episodeSlots,
            wanted[slots.end] >= 0
        {
            // An episode cannot end before it starts: one of the two dates is wrong.
            problem(
                "'\(columns[slots.end].name)' is before '\(columns[slots.start].name)'",
                cell: slots.end, of: row,
                hint: "check both dates in the case record; the row is left out until they are put right")
            return
        }
        if bad { return }
        // The rules are called without a retain and a release each per row (10% of a list):
        // `rules` holds them for as long as the counter lives. Copying one per row, when they
        // were structs, cost a retain and a release of each of their arrays.
        // The row, fixed: a rule reads it where it lies (passing the variable copied it per rule).
        let fields = child
        for index in unretained.indices {
            unretained[index]._withUnsafeGuaranteedRef { rule in
                guard trended[index] else {
                    rule.count(fields, into: &teamCounts[team][index], memo: &memos[index])
                    return
                }
                // Counted once, then added to the team and to the month it falls in.
                var counted = TimelinessResult.Counts()
                rule.count(fields, into: &counted, memo: &memos[index])
                if counted.isEmpty { return }
                teamCounts[team][index].add(counted)
                if let day = rule.trendDay(fields), let month = trendMonths.index(of: day) {
                    monthCounts[index][month].add(counted)
                }
            }
        }
    }

    /// Finishes the list: the count of problems not listed, the staleness warning (at `start`,
    /// the header), and the counts per team into `result`.
    mutating func finish(
        asAt: CalendarDate, maxAgeDays: Int, start: SourceLocation, into result: inout ChildLevelLoader.ListResult
    ) {
        if problems > ChildLevelLoader.problemLimit {
            let more = "and \(problems - ChildLevelLoader.problemLimit) more problems like these"
            if let sheet {
                log.error(more + " in this sheet", at: SourceLocation(file: file, line: 0, column: 0, sheet: sheet))
            } else {
                log.error(more + " in this file", file: file)
            }
        }
        if newest != Int.min && asAtDay - newest > maxAgeDays {
            // Only the limit is named: the newest date itself comes from a child's record.
            log.warning(
                "the newest date in this list is more than \(maxAgeDays) days before the as-at date \(asAt.iso)",
                at: start,
                hint:
                    "export the list again as at \(asAt.long), or raise child_level_max_age_days in settings.yaml; its figures describe an older day"
            )
        }
        result.log.merge(log)
        for (index, name) in teams.names.enumerated() {
            // Cells that differ only in spaces inside quotes, or no-break spaces, are one team, and
            // one of spaces only is unallocated: their counts are added, not written over.
            let team = name.isEmpty ? String(decoding: Self.unallocated.bytes, as: UTF8.self) : name
            guard var counts = result.perTeam[team] else {
                result.perTeam[team] = teamCounts[index]
                continue
            }
            for rule in counts.indices { counts[rule].add(teamCounts[index][rule]) }
            result.perTeam[team] = counts
        }
        result.read = true
        result.agreedFrequencies = frequencySeen
        result.months = trendMonths.months
        result.monthly = monthCounts
    }
}

extension StaticString {
    /// The string's UTF-8 bytes, where the program holds them.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: utf8Start, count: utf8CodeUnitCount) }
}
