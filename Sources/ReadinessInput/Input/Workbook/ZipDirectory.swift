/// The entries of a zip archive held in memory, read from its central directory: each entry's
/// name, how it is stored, its sizes and checksum, and where its data lies.
///
/// Written rather than taken from ZIPFoundation, which keeps an entry's data offset to itself
/// and inflates with zlib and a byte-at-a-time checksum on Linux, 40% of the time of reading a
/// million-row workbook (docs/design.md, "Workbooks"): with the data's place known, ISA-L
/// inflates it and checks its CRC-32 (`Inflater`). Only what a workbook needs is read: stored
/// and deflated entries, Zip64 sizes and offsets; anything inconsistent is a damaged archive.
struct ZipDirectory {
    /// One entry of the central directory.
    struct Entry: Equatable {
        /// The name as stored (a workbook's part names are ASCII).
        var name: [UInt8]
        /// 0 stored, 8 deflated (anything else is not read).
        var method: Int
        var checksum: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's local header starts.
        var localHeader: Int
        /// Whether the entry is encrypted (general-purpose flag bit 0).
        var encrypted: Bool
    }

    /// The entries in the order of the central directory.
    let entries: [Entry]

    /// Reads the central directory of `bytes`; nil when it is not a zip or is damaged.
    init?(_ bytes: UnsafeRawBufferPointer) {
        let reader = Reader(bytes: bytes)
        guard let end = Self.endRecord(reader) else { return nil }
        var count = reader.u16(end + 10)
        var size = reader.u32(end + 12)
        var offset = reader.u32(end + 16)
        if let count16 = count, let size32 = size, let offset32 = offset,
            count16 == 0xFFFF || size32 == 0xFFFF_FFFF || offset32 == 0xFFFF_FFFF
        {
            // Zip64: the locator just before the end record gives the Zip64 end record.
            guard end >= 20, reader.u32(end - 20) == 0x0706_4B50, let at = reader.u64(end - 12),
                reader.u32(at) == 0x0606_4B50
            else { return nil }
            count = reader.u64(at + 32)
            size = reader.u64(at + 40)
            offset = reader.u64(at + 48)
        }
        guard let count, let size, let offset, offset <= bytes.count, size <= bytes.count - offset,
            count <= size / 46
        else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var at = offset
        var names = Set<[UInt8]>()
        for _ in 0..<count {
            // Two entries of one name: zip readers differ on which they take, so neither is.
            guard let entry = Self.entry(reader, at: &at), at <= offset + size, names.insert(entry.name).inserted
            else { return nil }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The first entry of this name.
    func entry(_ name: String) -> Entry? {
        let bytes = Array(name.utf8)
        return entries.first { $0.name == bytes }
    }

    /// The range of `bytes` holding the entry's data (compressed or stored), read from its
    /// local header; nil when the header is not where the directory says, or names another entry.
    static func data(of entry: Entry, in bytes: UnsafeRawBufferPointer) -> Range<Int>? {
        let reader = Reader(bytes: bytes)
        let at = entry.localHeader
        guard reader.u32(at) == 0x0403_4B50, let nameLength = reader.u16(at + 26),
            let extraLength = reader.u16(at + 28), nameLength == entry.name.count,
            at + 30 + nameLength <= bytes.count, bytes[(at + 30)..<(at + 30 + nameLength)].elementsEqual(entry.name)
        else { return nil }
        let start = at + 30 + nameLength + extraLength
        guard start <= bytes.count, entry.compressedSize <= bytes.count - start else { return nil }
        return start..<(start + entry.compressedSize)
    }

    /// The end-of-central-directory record: searched for backwards over the last 64 KB (a
    /// comment may follow it).
    private static func endRecord(_ reader: Reader) -> Int? {
        let count = reader.bytes.count
        guard count >= 22 else { return nil }
        var at = count - 22
        let lowest = max(0, count - 22 - 0xFFFF)
        while at >= lowest {
            if reader.u32(at) == 0x0605_4B50 { return at }
            at -= 1
        }
        return nil
    }

    /// The central directory record at `at`, moving `at` past it.
    private static func entry(_ reader: Reader, at: inout Int) -> Entry? {
        guard reader.u32(at) == 0x0201_4B50, let flags = reader.u16(at + 8), let method = reader.u16(at + 10),
            let checksum = reader.u32(at + 16), var compressed = reader.u32(at + 20),
            var uncompressed = reader.u32(at + 24), let nameLength = reader.u16(at + 28),
            let extraLength = reader.u16(at + 30), let commentLength = reader.u16(at + 32),
            var local = reader.u32(at + 42)
        else { return nil }
        let nameStart = at + 46
        let extraStart = nameStart + nameLength
        let next = extraStart + extraLength + commentLength
        guard next <= reader.bytes.count else { return nil }
        // Zip64: the sizes and offset that do not fit 32 bits are in extra field 0x0001, in this order.
        if uncompressed == 0xFFFF_FFFF || compressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
            var field = extraStart
            var found = false
            while field + 4 <= extraStart + extraLength, let tag = reader.u16(field), let length = reader.u16(field + 2)
            {
                let value = field + 4
                guard value + length <= extraStart + extraLength else { return nil }
                if tag == 0x0001 {
                    var k = value
                    for which in 0..<3 {
                        let wide = [uncompressed, compressed, local][which] == 0xFFFF_FFFF
                        guard wide else { continue }
                        guard k + 8 <= value + length, let number = reader.u64(k) else { return nil }
                        switch which {
                        case 0: uncompressed = number
                        case 1: compressed = number
                        default: local = number
                        }
                        k += 8
                    }
                    found = true
                    break
                }
                field = value + length
            }
            guard found else { return nil }
        }
        at = next
        return Entry(
            name: Array(reader.bytes[nameStart..<extraStart]), method: method, checksum: UInt32(checksum),
            compressedSize: compressed, uncompressedSize: uncompressed, localHeader: local,
            encrypted: flags & 1 == 1)
    }

    /// Little-endian numbers read with their bounds checked: nil past the end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer

        func u16(_ at: Int) -> Int? {
            guard at >= 0, at <= bytes.count - 2 else { return nil }
            return Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt16.self).littleEndian)
        }

        func u32(_ at: Int) -> Int? {
            guard at >= 0, at <= bytes.count - 4 else { return nil }
            return Int(bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian)
        }

        /// A 64-bit number, nil when it does not fit an `Int` either.
        func u64(_ at: Int) -> Int? {
            guard at >= 0, at <= bytes.count - 8 else { return nil }
            let value = bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self).littleEndian
            return value <= UInt64(Int.max) ? Int(value) : nil
        }
    }
}
