import Dispatch
import ReadinessModel

/// The child-level lists read from one workbook, `data/annex-a.xlsx`, a sheet per list, as
/// Ofsted's Annex A template comes: each list is found by its sheet's name (`List 4`,
/// `List 4 - Assessments`, `Assessments`) or, failing that, by its headings, in whatever order
/// the sheets come; its header row may sit below title rows. Each sheet is streamed through the
/// same row logic as the CSV lists (`ChildRowCounter`), the sheets in parallel.
enum AnnexAWorkbook {
    /// The workbook's name in the data folder.
    static let fileName = "annex-a.xlsx"
    /// How many rows from the top of a sheet are searched for its header row.
    static let headerSearchRows = 20

    /// Where one list is: its sheet, its header row and the column of each slot.
    struct Located {
        var list: Int
        var sheet: WorkbookManifest.Sheet
        var headerRow: Int
        /// The 1-based column of each slot; -1 where the list does not have the column.
        var slotColumns: [Int]
    }

    /// Reads every list the measures need from the workbook, each reduced at once into counts.
    static func read(
        lists: [Int], path: String, from confined: ConfinedFolder, rules: [Int: [TimelinessRules]], asAt: CalendarDate,
        maxAgeDays: Int, mappings: [String: ColumnMapping] = [:], log: inout DiagnosticLog,
        ledger: inout InputLedger
    ) -> [Int: ChildLevelLoader.ListResult] {
        let raw: [UInt8]
        switch confined.readBytes(path) {
        case .success(let bytes): raw = bytes
        case .failure(let refusal):
            confined.report(refusal, path: path, log: &log)
            return [:]
        }
        ledger.record("data/\(fileName)", raw, childLevel: true)
        guard let workbook = Workbook.open(raw, path: path, log: &log) else { return [:] }
        let located = locate(
            lists: lists, in: workbook, mappings: mappings, measures: rules.mapValues { $0.map(\.measure) }, log: &log)
        let results = ParallelResults<ChildLevelLoader.ListResult>(count: located.count)
        // Longest first: with fewer cores than sheets, a long sheet started last would finish alone.
        let order = located.indices.sorted {
            (workbook.compressedSize(of: located[$0].sheet), $1) > (workbook.compressedSize(of: located[$1].sheet), $0)
        }
        DispatchQueue.concurrentPerform(iterations: order.count) { turn in
            let index = order[turn]
            let place = located[index]
            results[index] = count(
                place, in: workbook, rules: rules[place.list] ?? [], asAt: asAt, maxAgeDays: maxAgeDays)
        }
        var byList: [Int: ChildLevelLoader.ListResult] = [:]
        for (index, place) in located.enumerated() {
            guard let result = results[index] else { continue }
            byList[place.list] = result
        }
        return byList
    }

    /// The list a sheet's name names: `List 4`, `list-4`, `List 4 - Assessments`, or the list's
    /// subject alone (`Contacts`, `Early help`, `Referrals`, `Assessments`, `Section 47`,
    /// `Children in need`, `Child protection`, `Children in care`, `Care leavers`, `Adoption`,
    /// `Adopters`).
    static func list(named name: String) -> Int? {
        let words = name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        if let at = words.firstIndex(of: "list"), at + 1 < words.count, let number = Int(words[at + 1]) {
            return number
        }
        if let joined = words.first(where: { $0.hasPrefix("list") && $0.count > 4 }),
            let number = Int(joined.dropFirst(4))
        {
            return number
        }
        let text = " " + words.joined(separator: " ") + " "
        let subjects: [(Int, [String])] = [
            (1, [" contacts ", " contact "]),
            (2, [" early help "]),
            (3, [" referrals ", " referral "]),
            (4, [" assessment ", " assessments "]),
            (5, [" section 47 ", " s47 ", " icpc ", " icpcs ", " enquiries "]),
            (6, [" children in need ", " child in need ", " cin "]),
            (7, [" child protection ", " cp "]),
            (8, [" children in care ", " looked after ", " cla ", " cic "]),
            (9, [" care leavers ", " care leaver "]),
            (10, [" adoption ", " adoptions "]),
            (11, [" adopters ", " adopter "]),
        ]
        for (number, phrases) in subjects where phrases.contains(where: { text.contains($0) }) { return number }
        return nil
    }

    /// Finds each list's sheet and header row, reporting lists that cannot be found.
    static func locate(
        lists: [Int], in workbook: Workbook, mappings: [String: ColumnMapping] = [:],
        measures: [Int: [TimelinessMeasure]] = [:], log: inout DiagnosticLog
    ) -> [Located] {
        // The first rows of every sheet, read once.
        var tops: [String: [(row: Int, cells: [String])]] = [:]
        for sheet in workbook.sheets {
            let (peek, _) = workbook.scan(
                sheet, limit: Budgets.workbookSheetBytes,
                visitor: SheetTop(cellText: workbook.cellText, rows: headerSearchRows))
            tops[sheet.name] = peek.rows
        }
        var located: [Located] = []
        let found = workbook.sheetNames.map { "'\($0)'" }.joined(separator: ", ")
        for list in lists {
            let declared = AnnexAList.list(list)
            let columns = declared.columnsRead(for: (measures[list] ?? []).map(\.check))
            let matcher = HeadingMatcher(
                file: declared.declaration.name, columns: columns, mapping: mappings[declared.declaration.name])
            let named = workbook.sheets.filter { Self.list(named: $0.name) == list }
            var candidates = named
            if named.isEmpty {
                // By headings: a sheet not named for another list whose top holds the list's header.
                candidates = workbook.sheets.filter { sheet in
                    Self.list(named: sheet.name) == nil
                        && header(in: tops[sheet.name] ?? [], columns: columns, matcher: matcher).complete
                }
            }
            guard let sheet = candidates.first else {
                // Every list is optional: one not in the workbook leaves its measures out.
                let names = (measures[list] ?? []).map { "'\($0.name.quotable)'" }.joined(separator: ", ")
                log.warning(
                    "\(declared.declaration.purpose) is in no sheet of this workbook (its sheets are \(found)), so \(names.isEmpty ? "its measures are" : names + ((measures[list]?.count ?? 0) == 1 ? " is" : " are")) not shown",
                    at: SourceLocation(file: workbook.path, line: 0, column: 0),
                    hint:
                        "name the list's sheet 'List \(list)', or give it a header row with the columns \(columns.filter(\.required).map { "'\($0.name)'" }.joined(separator: ", ")); or take the measures out of 'timeliness:' in settings.yaml"
                )
                continue
            }
            if candidates.count > 1 {
                log.error(
                    "\(declared.declaration.purpose) could be any of the sheets \(candidates.map { "'\($0.name)'" }.joined(separator: ", "))",
                    file: workbook.path, hint: "keep the list on one sheet, named 'List \(list)'")
                continue
            }
            let top = tops[sheet.name] ?? []
            if top.isEmpty {
                log.error(
                    "the sheet is empty", at: workbook.location(sheet: sheet.name, row: 1, column: 1),
                    hint: "it needs a header row naming the columns")
                continue
            }
            let best = header(in: top, columns: columns, matcher: matcher)
            let headings = top.first { $0.row == best.row }?.cells ?? []
            let unfound = ChildRowCounter.reportHeadings(
                headings, slots: best.slots, columns: columns, matcher: matcher,
                path: CSVTable.shown(workbook.path, sheet.name), log: &log)
            if !best.complete || columns.contains(where: { $0.required && unfound.contains($0.name) }) {
                let row = best.row
                for (slot, column) in columns.enumerated()
                where column.required && best.slots[slot] < 0 && !unfound.contains(column.name) {
                    log.error(
                        "required column '\(column.name)' is missing from the header",
                        at: workbook.location(sheet: sheet.name, row: row, column: 1),
                        hint: "add a column headed '\(column.name)'")
                }
                continue
            }
            located.append(
                Located(
                    list: list, sheet: sheet, headerRow: best.row, slotColumns: best.slots.map { $0 < 0 ? -1 : $0 + 1 })
            )
        }
        return located
    }

    /// The header row among a sheet's top rows: the first row holding every required column,
    /// or else the row holding most of them (for the message), with each slot's cell index.
    static func header(in top: [(row: Int, cells: [String])], columns: [DataColumn], matcher: HeadingMatcher) -> (
        row: Int, slots: [Int], complete: Bool
    ) {
        var best: (row: Int, slots: [Int], found: Int) = (
            top.first?.row ?? 1, Array(repeating: -1, count: columns.count), -1
        )
        for (row, cells) in top {
            let slots = ChildRowCounter.slots(header: cells, columns: columns, matcher: matcher)
            let missing = columns.indices.filter { columns[$0].required && slots[$0] < 0 }
            if missing.isEmpty { return (row, slots, true) }
            let found = columns.indices.filter { slots[$0] >= 0 }.count
            if found > best.found { best = (row, slots, found) }
        }
        return (best.row, best.slots, false)
    }

    /// Streams one located list through the row logic.
    static func count(
        _ place: Located, in workbook: Workbook, rules: [TimelinessRules], asAt: CalendarDate, maxAgeDays: Int
    ) -> ChildLevelLoader.ListResult {
        var result = ChildLevelLoader.ListResult()
        var counter = ChildRowCounter(list: place.list, rules: rules, asAt: asAt, file: workbook.path)
        counter.sheet = place.sheet.name
        let visitor = ChildSheetVisitor(
            workbook: workbook, sheet: place.sheet.name, headerRow: place.headerRow, slotColumns: place.slotColumns,
            counter: counter)
        var (done, failure) = workbook.scan(place.sheet, limit: Budgets.workbookSheetBytes, visitor: visitor)
        if let failure {
            Workbook.report(
                failure, part: place.sheet.part, path: workbook.path, sheet: place.sheet.name, log: &result.log)
            return result
        }
        result.log.merge(done.log)
        if done.failed { return result }
        done.counter.finish(
            asAt: asAt, maxAgeDays: maxAgeDays,
            start: workbook.location(sheet: place.sheet.name, row: place.headerRow, column: 1), into: &result)
        return result
    }
}

/// The first rows of a sheet as text, for finding which list it holds and its header row.
struct SheetTop: SheetVisitor {
    let cellText: CellText
    let limit: Int
    private(set) var rows: [(row: Int, cells: [String])] = []
    private var ended = 0

    init(cellText: CellText, rows: Int) {
        self.cellText = cellText
        limit = rows
    }

    var finished: Bool { ended >= limit }

    mutating func cell(_ cell: SheetCell) {
        guard case .text(let text) = cellText.text(of: cell), !text.isEmpty else { return }
        if rows.last?.row != cell.row { rows.append((cell.row, [])) }
        let index = rows.count - 1
        if rows[index].cells.count < cell.column - 1 {
            rows[index].cells.append(contentsOf: repeatElement("", count: cell.column - 1 - rows[index].cells.count))
        }
        rows[index].cells.append(text)
    }

    mutating func rowEnded(_ row: Int, skippedCells: Bool) { ended += 1 }

    mutating func problem(_ problem: SheetProblem, row: Int, column: Int) {}
}
