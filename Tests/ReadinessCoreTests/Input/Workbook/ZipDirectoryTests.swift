import Foundation
import Testing

@testable import ReadinessCompute
@testable import ReadinessCore
@testable import ReadinessInput
@testable import ReadinessModel
@testable import ReadinessPreview
@testable import ReadinessRender
@testable import ReadinessWrite

/// The zip directory reader against zips written byte by byte here (stored entries, with and
/// without Zip64 records), and against ZIPFoundation's deflated ones.
@Suite("Workbook reader: the zip directory")
struct ZipDirectoryTests {
    /// A zip of stored entries, written as the specification lays it out. With `zip64`, every
    /// size and offset is in Zip64 records (as a writer does past 4 GB), and the end record says so.
    static func zip(
        _ entries: [(String, [UInt8])], zip64: Bool = false, comment: String = "", method: Int = 0, flags: Int = 0
    ) -> [UInt8] {
        var out: [UInt8] = []
        func u16(_ v: Int) { out += [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func u32(_ v: Int) { for k in 0..<4 { out.append(UInt8(v >> (8 * k) & 0xFF)) } }
        func u64(_ v: Int) { for k in 0..<8 { out.append(UInt8(v >> (8 * k) & 0xFF)) } }
        var offsets: [Int] = []
        for (name, data) in entries {
            offsets.append(out.count)
            u32(0x0403_4B50)
            u16(45)
            u16(flags)
            u16(method)
            u32(0)
            u32(Int(data.withUnsafeBytes { Inflater.checksum($0) }))
            u32(data.count)
            u32(data.count)
            u16(name.utf8.count)
            u16(0)
            out += Array(name.utf8) + data
        }
        let directory = out.count
        for ((name, data), offset) in Swift.zip(entries, offsets) {
            u32(0x0201_4B50)
            u16(45)
            u16(45)
            u16(flags)
            u16(method)
            u32(0)
            u32(Int(data.withUnsafeBytes { Inflater.checksum($0) }))
            u32(zip64 ? 0xFFFF_FFFF : data.count)
            u32(zip64 ? 0xFFFF_FFFF : data.count)
            u16(name.utf8.count)
            u16(zip64 ? 4 + 24 : 0)
            u16(0)
            u16(0)
            u16(0)
            u32(0)
            u32(zip64 ? 0xFFFF_FFFF : offset)
            out += Array(name.utf8)
            if zip64 {
                u16(0x0001)
                u16(24)
                u64(data.count)
                u64(data.count)
                u64(offset)
            }
        }
        let size = out.count - directory
        if zip64 {
            let record = out.count
            u32(0x0606_4B50)
            u64(44)
            u16(45)
            u16(45)
            u32(0)
            u32(0)
            u64(entries.count)
            u64(entries.count)
            u64(size)
            u64(directory)
            u32(0x0706_4B50)
            u32(0)
            u64(record)
            u32(1)
        }
        u32(0x0605_4B50)
        u16(0)
        u16(0)
        u16(zip64 ? 0xFFFF : entries.count)
        u16(zip64 ? 0xFFFF : entries.count)
        u32(zip64 ? 0xFFFF_FFFF : size)
        u32(zip64 ? 0xFFFF_FFFF : directory)
        u16(comment.utf8.count)
        out += Array(comment.utf8)
        return out
    }

    static let parts: [(String, [UInt8])] = [
        ("a.xml", Array("<a>first</a>".utf8)), ("xl/b.xml", Array(repeating: 0x62, count: 70_000)), ("c", []),
    ]

    @Test(
        "stored entries, with and without Zip64 records and a comment, read back whole and in chunks",
        arguments: [false, true])
    func stored(_ zip64: Bool) throws {
        let bytes = Self.zip(Self.parts, zip64: zip64, comment: zip64 ? "" : "a comment")
        let archive = try #require(WorkbookArchive(bytes: bytes))
        for (name, data) in Self.parts {
            #expect(archive.contains(name))
            #expect(try archive.read(name, limit: 1 << 20).get() == data, "\(name)")
        }
        #expect(!archive.contains("d"))
        #expect(archive.read("d", limit: 100) == .failure(.missing))
        #expect(archive.read("xl/b.xml", limit: 69_999) == .failure(.tooLarge(limit: 69_999)))
    }

    @Test("a zip cut short, a directory pointing nowhere, a wrong checksum: damaged, never a crash")
    func damaged() throws {
        let bytes = Self.zip(Self.parts)
        // Every truncation is refused or reads as damaged; none traps.
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            let short = Array(bytes[0..<cut])
            guard let archive = WorkbookArchive(bytes: short) else { continue }
            for (name, _) in Self.parts { _ = archive.read(name, limit: 1 << 20) }
        }
        // Every single byte changed: still never a crash, and a changed part never reads as it was.
        for at in 0..<bytes.count where at % 3 == 0 {
            var changed = bytes
            changed[at] ^= 0x5A
            guard let archive = WorkbookArchive(bytes: changed) else { continue }
            for (name, data) in Self.parts {
                if case .success(let read) = archive.read(name, limit: 1 << 20), read != data {
                    Issue.record("byte \(at) changed, and \(name) read as \(read.count) other bytes")
                }
            }
        }
    }

    @Test(
        "a part encrypted or compressed by a method Excel does not use is refused by name, not called damaged",
        arguments: [
            (14, 0, "compressed with LZMA"), (12, 0, "compressed with bzip2"), (9, 0, "compressed with Deflate64"),
            (93, 0, "compressed with Zstandard"), (77, 0, "compressed with method 77"), (0, 1, "encrypted"),
            (8, 1, "encrypted"),
        ])
    func unsupportedMethods(method: Int, flags: Int, expected: String) throws {
        let archive = try #require(WorkbookArchive(bytes: Self.zip(Self.parts, method: method, flags: flags)))
        #expect(archive.read("a.xml", limit: 1000) == .failure(.unsupported(expected)))
        var log = DiagnosticLog()
        Workbook.report(.unsupported(expected), part: "xl/workbook.xml", path: "data/a.xlsx", log: &log)
        #expect(log.errors.first?.message.contains("it is \(expected), which Excel does not write") == true)
    }

    @Test("two entries of one name are a damaged zip, as zip readers differ on which they take")
    func duplicateNames() {
        #expect(WorkbookArchive(bytes: Self.zip(Self.parts + [("a.xml", Array("<a>other</a>".utf8))])) == nil)
        #expect(WorkbookArchive(bytes: Self.zip(Self.parts + [("a.xml2", [])])) != nil)
    }

    @Test("ZIPFoundation's deflated parts read back, and a deflate stream cut short is damaged")
    func deflated() throws {
        let bytes = try WorkbookWriter.zip(Self.parts)
        let archive = try #require(WorkbookArchive(bytes: bytes))
        for (name, data) in Self.parts {
            #expect(try archive.read(name, limit: 1 << 20).get() == data, "\(name)")
        }
        try bytes.withUnsafeBytes { zip in
            let directory = try #require(ZipDirectory(zip))
            let entry = try #require(directory.entry("xl/b.xml"))
            #expect(entry.method == 8)
            let range = try #require(ZipDirectory.data(of: entry, in: zip))
            for cut in [0, 1, range.count / 2, range.count - 1] {
                let short = UnsafeRawBufferPointer(rebasing: zip[range.lowerBound..<(range.lowerBound + cut)])
                let result = Inflater.inflate(short, limit: 1 << 20, chunkSize: 4096) { _ in true }
                #expect(result == .failure(.damaged), "cut at \(cut) of \(range.count)")
            }
        }
    }
}

extension ZipDirectoryTests {
    @Test("a workbook of more worksheets than Readiness reads is one error, not minutes of reading")
    func tooManySheets() throws {
        for (count, refused) in [(Budgets.workbookSheets, false), (Budgets.workbookSheets + 1, true)] {
            let writer = WorkbookWriter(sheets: (1...count).map { .init(name: "S\($0)", rows: [[.text("x")]]) })
            var log = DiagnosticLog()
            let workbook = Workbook.open(try writer.bytes(), path: "data/actions.xlsx", log: &log)
            #expect((workbook == nil) == refused, "\(count) sheets")
            #expect(log.errors.contains { $0.message.contains("more than the 1,000 Readiness reads") } == refused)
        }
    }
}
