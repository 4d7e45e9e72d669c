/// How the sheet scanner reads one cell: its attributes in one pass, its value in the usual
/// shapes on the fast path (`SheetTags.simpleValue`) or in any other on the general one, a value
/// longer than a cell holds refused, and a cell of a column not wanted skipped unread.
extension SheetScanner {
    /// Reads one cell whose name ended at `from` (its attributes follow); returns where scanning
    /// goes on, nil when the cell is cut off by `end` (it is scanned again with the next chunk,
    /// so nothing of it is reported, and the scan's state is as it was).
    mutating func cell(_ bytes: SheetTags.Bytes, from: Int, end: Int) -> Int? {
        let saved = (row, column, inRow, skippingRow, skippedCells)
        guard let next = readCell(bytes, from: from, end: end) else {
            (row, column, inRow, skippingRow, skippedCells) = saved
            return nil
        }
        return next
    }

    private mutating func readCell(_ bytes: SheetTags.Bytes, from: Int, end: Int) -> Int? {
        // The attributes r, t and s, in one pass to the start tag's end.
        var reference: Range<Int>?
        var type: Range<Int>?
        var style: Range<Int>?
        var selfClosing = false
        var k = from
        while true {
            while k < end && SheetTags.isSpace(bytes[k]) { k += 1 }
            guard k < end else { return nil }
            let b = bytes[k]
            if b == 0x3E {
                k += 1
                break
            }
            if b == 0x2F {
                guard k + 1 < end else { return nil }
                k += 1
                if bytes[k] == 0x3E {
                    selfClosing = true
                    k += 1
                    break
                }
                continue
            }
            let nameStart = k
            while k < end, case let c = bytes[k], c != 0x3D && c != 0x3E && c != 0x2F && !SheetTags.isSpace(c) {
                k += 1
            }
            let nameStop = k
            while k < end && SheetTags.isSpace(bytes[k]) { k += 1 }
            guard k < end else { return nil }
            guard bytes[k] == 0x3D else { continue }
            k += 1
            while k < end && SheetTags.isSpace(bytes[k]) { k += 1 }
            guard k < end else { return nil }
            let quote = bytes[k]
            guard quote == 0x22 || quote == 0x27 else {
                // An attribute's value must be quoted: the sheet is not XML.
                fail(.malformed)
                return end
            }
            let valueStart = k + 1
            k = SheetTags.find(quote, bytes, valueStart, end)
            guard k < end else { return nil }
            let value = valueStart..<k
            k += 1
            if nameStop - nameStart == 1 {
                switch bytes[nameStart] {
                case 0x72: reference = value
                case 0x74: type = value
                case 0x73: style = value
                default: break
                }
            }
        }
        let after = k

        if !inRow {
            // A cell outside any <row>: a damaged sheet; read it as in a new row.
            startRow(bytes, attributes: after..<after)
        }
        if skippingRow { return selfClosing ? after : skipCell(bytes, after, end) }
        var cellColumn = column + 1
        if let reference {
            guard let parsed = SheetTags.column(bytes, reference) else {
                // Reported once the whole cell is in (a cell cut off is scanned again).
                guard let next = selfClosing ? after : skipCell(bytes, after, end) else { return nil }
                visitor.problem(.badReference, row: row, column: column + 1)
                return next
            }
            cellColumn = parsed
        }
        if cellColumn <= column {
            guard let next = selfClosing ? after : skipCell(bytes, after, end) else { return nil }
            visitor.problem(.duplicateCell, row: row, column: cellColumn)
            return next
        }
        column = cellColumn
        if selfClosing { return after }
        if !visitor.wants(column: cellColumn) {
            skippedCells = true
            return skipCell(bytes, after, end)
        }

        var kind = SheetCell.Kind.number
        if let type, !type.isEmpty {
            switch bytes[type.lowerBound] {
            case 0x73: kind = type.count == 1 ? .sharedString : .formulaString
            case 0x69: kind = .inlineString
            case 0x62: kind = .boolean
            case 0x65: kind = .error
            case 0x64: kind = .isoDate
            default: kind = .number
            }
        }
        var styleIndex = 0
        if let style { styleIndex = CellReference.number(bytes, style) ?? 0 }

        // A try at a cell cut off by the chunk's end may have decoded part of a reference.
        textWellFormed = true
        var cell = SheetCell(
            row: row, column: cellColumn, kind: kind, style: styleIndex,
            value: UnsafeRawBufferPointer(start: nil, count: 0),
            hasValue: false, hasFormula: false)
        // The value: in `bytes` (`text`), or decoded into `scratch` (`decoded`).
        var text: Range<Int>?
        var decoded = false
        let next: Int
        if let simple = SheetTags.simpleValue(bytes, after, end) {
            next = simple.next
            if simple.inline { cell.kind = .inlineString }
            text = simple.text
        } else {
            markupWellFormed = true
            guard let content = readContent(bytes, after, end) else { return nil }
            if !markupWellFormed {
                // Markup where a cell's text should be (`a < b`, `<t>` inside `<t>`).
                fail(.malformed)
                return end
            }
            next = content.next
            cell.hasFormula = content.hasFormula
            if content.inline { cell.kind = .inlineString }
            if content.inScratch {
                decoded = true
            } else {
                text = content.value
            }
        }
        if let range = text {
            // Text undoes entities and Office's `_xHHHH_` escapes; a number or an index only
            // entities (`&#49;` is 1).
            let isText = cell.kind == .formulaString || cell.kind == .error || cell.kind == .inlineString
            if isText ? XMLText.needsDecoding(bytes, range) : range.contains(where: { bytes[$0] == 0x26 }) {
                scratch.removeAll(keepingCapacity: true)
                if !XMLText.decode(bytes, range, into: &scratch, officeEscapes: isText) { textWellFormed = false }
                decoded = true
            }
        }
        var problem: SheetProblem?
        if decoded {
            problem = scratch.withUnsafeBytes { Self.problem(ofValue: $0) }
        } else if let text {
            problem = Self.problem(ofValue: UnsafeRawBufferPointer(rebasing: bytes[text]))
        }
        if !textWellFormed || problem != nil {
            visitor.problem(
                textWellFormed ? problem ?? .undefinedEntity : .undefinedEntity, row: row, column: cellColumn)
        } else if decoded {
            cell.hasValue = true
            // `scratch` is moved out while the visitor, another part of `self`, reads it.
            var held: [UInt8] = []
            swap(&held, &scratch)
            held.withUnsafeBytes { value in
                cell.value = value
                visitor.cell(cell)
            }
            swap(&held, &scratch)
        } else if let text {
            cell.hasValue = true
            cell.value = UnsafeRawBufferPointer(rebasing: bytes[text])
            visitor.cell(cell)
        } else if cell.hasFormula {
            visitor.cell(cell)
        }
        return next
    }

    /// Reads a cell's children in any shape (`<v>`, `<f>`, `<is>` with rich text, comments,
    /// prefixes) up to its `</c>`: the value's range in `bytes`, or `inline` when an `<is>`'s text
    /// was collected into `scratch`. Nil when cut off.
    private mutating func readContent(_ bytes: SheetTags.Bytes, _ from: Int, _ end: Int) -> (
        value: Range<Int>?, inScratch: Bool, inline: Bool, hasFormula: Bool, next: Int
    )? {
        var hasFormula = false
        var value: Range<Int>?
        var inScratch = false
        var inline = false
        var i = from
        while true {
            i = SheetTags.next(bytes, i, end)
            guard i + 1 < end else { return nil }
            if bytes[i + 1] == 0x2F {
                guard let tag = SheetTags.tag(bytes, i + 2, end) else { return nil }
                i = tag.close + 1
                if SheetTags.named(bytes, tag.name, 0x63) { break }
                continue
            }
            if bytes[i + 1] == 0x3F || bytes[i + 1] == 0x21 {
                guard let next = SheetTags.skipSpecial(bytes, at: i, end) else { return nil }
                i = next
                continue
            }
            guard let tag = SheetTags.tag(bytes, i + 1, end) else { return nil }
            if !SheetTags.startsName(bytes[i + 1]) { markupWellFormed = false }
            let childClosed = bytes[tag.close - 1] == 0x2F
            i = tag.close + 1
            if SheetTags.named(bytes, tag.name, 0x76) {  // v
                if childClosed {
                    value = i..<i
                } else {
                    let textEnd = SheetTags.next(bytes, i, end)
                    guard textEnd + 1 < end else { return nil }
                    if bytes[textEnd + 1] != 0x2F {
                        // CDATA, comments or processing instructions inside the value (Excel
                        // writes none, but XML allows them): the text around them joined.
                        guard let next = mixedText(bytes, from: i, end) else { return nil }
                        i = next
                        value = nil
                        inScratch = true
                        continue
                    }
                    value = i..<textEnd
                    i = textEnd
                }
            } else if SheetTags.named(bytes, tag.name, 0x66) {  // f
                hasFormula = true
            } else if SheetTags.named(bytes, tag.name, 0x69, 0x73) {  // is
                if !childClosed {
                    guard let next = inlineText(bytes, from: i, end) else { return nil }
                    i = next
                } else {
                    scratch.removeAll(keepingCapacity: true)
                }
                inline = true
                inScratch = true
            }
        }
        return (value, inScratch, inline, hasFormula, i)
    }

    /// Collects a `<v>`'s text that holds CDATA, comments or processing instructions into
    /// `scratch`: text decoded, CDATA as it stands, the rest left out; returns where the
    /// closing tag starts.
    private mutating func mixedText(_ bytes: SheetTags.Bytes, from: Int, _ end: Int) -> Int? {
        scratch.removeAll(keepingCapacity: true)
        var i = from
        while true {
            let tag = SheetTags.next(bytes, i, end)
            if !XMLText.decode(bytes, i..<tag, into: &scratch) { textWellFormed = false }
            guard tag + 2 < end else { return nil }
            let first = bytes[tag + 1]
            if first == 0x21 && bytes[tag + 2] == 0x5B {
                guard let cdata = SheetTags.cdata(bytes, at: tag, end) else { return nil }
                scratch.append(contentsOf: bytes[cdata.content])
                i = cdata.next
            } else if first == 0x21 || first == 0x3F {
                guard let next = SheetTags.skipSpecial(bytes, at: tag, end) else { return nil }
                i = next
            } else {
                // Only the value's closing tag may follow its text.
                if first != 0x2F { markupWellFormed = false }
                return tag
            }
        }
    }

    /// Collects the `<t>` texts of an `<is>` (rich-text runs joined, phonetic runs left out)
    /// into `scratch`; returns where scanning goes on after `</is>`.
    private mutating func inlineText(_ bytes: SheetTags.Bytes, from: Int, _ end: Int) -> Int? {
        scratch.removeAll(keepingCapacity: true)
        var i = from
        var inText = false
        var phonetic = 0
        while true {
            let tag = SheetTags.next(bytes, i, end)
            if inText && tag > i && !XMLText.decode(bytes, i..<tag, into: &scratch) {
                textWellFormed = false
            }
            i = tag
            guard i + 1 < end else { return nil }
            if bytes[i + 1] == 0x21 && i + 2 < end && bytes[i + 2] == 0x5B {
                // CDATA: its content as it stands.
                guard let cdata = SheetTags.cdata(bytes, at: i, end) else { return nil }
                if inText { scratch.append(contentsOf: bytes[cdata.content]) }
                i = cdata.next
                continue
            }
            if bytes[i + 1] == 0x21 || bytes[i + 1] == 0x3F {
                // A comment or processing instruction: not part of the text.
                guard let next = SheetTags.skipSpecial(bytes, at: i, end) else { return nil }
                i = next
                continue
            }
            let closing = bytes[i + 1] == 0x2F
            let nameFrom = closing ? i + 2 : i + 1
            guard nameFrom < end else { return nil }
            guard let tag = SheetTags.tag(bytes, nameFrom, end) else { return nil }
            if !SheetTags.startsName(bytes[nameFrom])
                || (inText && !(closing && SheetTags.named(bytes, tag.name, 0x74)))
            {
                // `a < b` in text, or markup inside a `<t>`: not a workbook's XML.
                markupWellFormed = false
                return tag.close + 1
            }
            let selfClosed = bytes[tag.close - 1] == 0x2F
            i = tag.close + 1
            if SheetTags.named(bytes, tag.name, 0x74) {  // t
                inText = !closing && !selfClosed && phonetic == 0
            } else if SheetTags.named(bytes, tag.name.lowerBound, tag.name.upperBound, "rPh") {
                if !selfClosed { phonetic += closing ? -1 : 1 }
            } else if closing && SheetTags.named(bytes, tag.name, 0x69, 0x73) {
                return i
            }
        }
    }

    /// What is wrong with a cell's value as it would be handed on: more characters than a cell
    /// holds, or bytes that are not UTF-8 (looked at only when a byte is not ASCII).
    @inline(__always)
    static func problem(ofValue value: UnsafeRawBufferPointer) -> SheetProblem? {
        if CellReference.tooLong(value) { return .tooLong }
        if SheetTags.isASCII(value) { return nil }
        return String(validating: value, as: UTF8.self) == nil ? .notUTF8 : nil
    }

    /// Skips to just past this cell's `</c>`.
    private func skipCell(_ bytes: SheetTags.Bytes, _ from: Int, _ end: Int) -> Int? {
        if let simple = SheetTags.simpleValue(bytes, from, end) { return simple.next }
        var i = from
        while true {
            i = SheetTags.next(bytes, i, end)
            guard i + 1 < end else { return nil }
            if bytes[i + 1] == 0x2F {
                guard let tag = SheetTags.tag(bytes, i + 2, end) else { return nil }
                if SheetTags.named(bytes, tag.name, 0x63) { return tag.close + 1 }
                i = tag.close + 1
            } else {
                i += 1
            }
        }
    }
}
