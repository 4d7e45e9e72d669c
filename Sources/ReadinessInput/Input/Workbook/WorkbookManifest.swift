import ReadinessModel

/// What a workbook's package says about it: its sheets in order with their parts, its date
/// system, and where its shared strings and styles are. Read from `_rels/.rels`,
/// `xl/workbook.xml` and the workbook's relationships (`xl/_rels/workbook.xml.rels`), whose
/// targets may be relative to the workbook's folder or absolute (`/xl/worksheets/sheet1.xml`).
struct WorkbookManifest: Equatable {
    /// A worksheet: its name as Excel shows it on the tab, and its part in the zip.
    struct Sheet: Equatable, Sendable {
        var name: String
        var part: String
    }

    var sheets: [Sheet] = []
    /// Whether serial dates count from 1904 (`<workbookPr date1904="1"/>`).
    var date1904 = false
    var sharedStringsPart: String?
    var stylesPart: String?

    /// Why the manifest could not be read.
    enum Problem: Error, Equatable {
        case noWorkbookPart
        case part(String, WorkbookArchive.Failure)
        case xml(String, XMLScanner.Problem)
    }

    /// Reads the manifest from the archive.
    static func read(_ archive: WorkbookArchive) -> Result<WorkbookManifest, Problem> {
        var workbookPart = "xl/workbook.xml"
        if case .success(let rels) = archive.read("_rels/.rels", limit: Budgets.workbookPartBytes),
            let relations = try? relationships(rels, base: ""),
            let office = relations.values.first(where: { $0.type.hasSuffix("/officeDocument") })
        {
            workbookPart = office.target
        }
        guard archive.contains(workbookPart) else { return .failure(.noWorkbookPart) }
        let workbookXML: [UInt8]
        switch archive.read(workbookPart, limit: Budgets.workbookPartBytes) {
        case .success(let bytes): workbookXML = bytes
        case .failure(let failure): return .failure(.part(workbookPart, failure))
        }
        let folder = workbookPart.split(separator: "/").dropLast().joined(separator: "/")
        let relsPart =
            (folder.isEmpty ? "" : folder + "/") + "_rels/"
            + (workbookPart.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels"
        var relations: [String: Relationship] = [:]
        if case .success(let rels) = archive.read(relsPart, limit: Budgets.workbookPartBytes) {
            do throws(XMLScanner.Problem) {
                relations = try relationships(rels, base: folder)
            } catch {
                return .failure(.xml(relsPart, error))
            }
        }
        var manifest = WorkbookManifest()
        manifest.sharedStringsPart =
            relations.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
            ?? (archive.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
        manifest.stylesPart =
            relations.values.first { $0.type.hasSuffix("/styles") }?.target
            ?? (archive.contains("xl/styles.xml") ? "xl/styles.xml" : nil)
        var scanner = XMLScanner(bytes: workbookXML)
        var index = 0
        do throws(XMLScanner.Problem) {
            while let event = try scanner.next() {
                guard case .start(let name, let attributes, _) = event else { continue }
                if scanner.isNamed(name, "workbookPr"), let value = scanner.attribute("date1904", in: attributes) {
                    let text = XMLText.string(workbookXML, value, officeEscapes: false)
                    manifest.date1904 = text == "1" || text == "true"
                } else if scanner.isNamed(name, "sheet") {
                    index += 1
                    guard let nameRange = scanner.attribute("name", in: attributes) else { continue }
                    let sheetName = XMLText.string(workbookXML, nameRange, officeEscapes: false)
                    let id = scanner.attribute("id", in: attributes).map {
                        XMLText.string(workbookXML, $0, officeEscapes: false)
                    }
                    if let id, let relation = relations[id] {
                        // Chart sheets and dialog sheets hold no cells.
                        guard relation.type.hasSuffix("/worksheet") else { continue }
                        manifest.sheets.append(Sheet(name: sheetName, part: relation.target))
                    } else {
                        manifest.sheets.append(Sheet(name: sheetName, part: "xl/worksheets/sheet\(index).xml"))
                    }
                }
            }
        } catch {
            return .failure(.xml(workbookPart, error))
        }
        return .success(manifest)
    }

    /// One `<Relationship>`: its type and its target as a part name.
    struct Relationship: Equatable {
        var type: String
        var target: String
    }

    /// The relationships of a `.rels` part by id, targets resolved against `base` (a folder).
    static func relationships(_ bytes: [UInt8], base: String) throws(XMLScanner.Problem) -> [String: Relationship] {
        var scanner = XMLScanner(bytes: bytes)
        var result: [String: Relationship] = [:]
        while let event = try scanner.next() {
            guard case .start(let name, let attributes, _) = event, scanner.isNamed(name, "Relationship"),
                let id = scanner.attribute("Id", in: attributes),
                let target = scanner.attribute("Target", in: attributes)
            else { continue }
            if let mode = scanner.attribute("TargetMode", in: attributes),
                XMLText.string(bytes, mode, officeEscapes: false) == "External"
            {
                continue
            }
            let type = scanner.attribute("Type", in: attributes).map {
                XMLText.string(bytes, $0, officeEscapes: false)
            }
            result[XMLText.string(bytes, id, officeEscapes: false)] = Relationship(
                type: type ?? "", target: resolve(XMLText.string(bytes, target, officeEscapes: false), base: base))
        }
        return result
    }

    /// A relationship target as a part name: `/xl/x.xml` is `xl/x.xml`; `worksheets/sheet1.xml`
    /// from `xl` is `xl/worksheets/sheet1.xml`; `..` steps up.
    static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for piece in target.split(separator: "/") {
            if piece == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if piece != "." {
                parts.append(piece)
            }
        }
        return parts.joined(separator: "/")
    }
}
