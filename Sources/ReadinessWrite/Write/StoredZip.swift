import ReadinessInput
import ReadinessModel

/// Writes a zip archive whose entries are stored (not compressed), in the order given, each
/// dated midnight on one day: how a document pandoc made is put back together after Readiness
/// has changed a part of it (an `.odt`'s `content.xml`), byte-identical for the same parts. An
/// OpenDocument file needs its `mimetype` entry first and stored, which this keeps.
enum StoredZip {
    static func archive(_ entries: [(name: String, bytes: [UInt8])], date: CalendarDate) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ value: Int, into bytes: inout [UInt8]) {
            bytes.append(UInt8(value & 0xFF))
            bytes.append(UInt8(value >> 8 & 0xFF))
        }
        func u32(_ value: UInt32, into bytes: inout [UInt8]) {
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(value >> UInt32(shift) & 0xFF)) }
        }
        let day = (max(1980, min(2107, date.year)) - 1980) << 9 | date.month << 5 | date.day
        for entry in entries {
            let name = Array(entry.name.utf8)
            let crc = entry.bytes.withUnsafeBytes { Inflater.checksum($0) }
            let offset = UInt32(out.count)
            // What the local header and the central record share: flags (bit 11: the name is
            // UTF-8), stored, time, date, CRC-32, both sizes, the name's length.
            func shared(into bytes: inout [UInt8]) {
                u16(1 << 11, into: &bytes)
                u16(0, into: &bytes)
                u16(0, into: &bytes)
                u16(day, into: &bytes)
                u32(crc, into: &bytes)
                u32(UInt32(entry.bytes.count), into: &bytes)
                u32(UInt32(entry.bytes.count), into: &bytes)
                u16(name.count, into: &bytes)
            }
            // The local header (version 1.0 needed, no extra field), then the data.
            u32(0x0403_4B50, into: &out)
            u16(10, into: &out)
            shared(into: &out)
            u16(0, into: &out)
            out += name
            out += entry.bytes
            // Its central record: made by 2.0; no extra field, comment, disk or attributes.
            u32(0x0201_4B50, into: &central)
            u16(20, into: &central)
            u16(10, into: &central)
            shared(into: &central)
            for _ in 0..<4 { u16(0, into: &central) }
            u32(0, into: &central)
            u32(offset, into: &central)
            central += name
        }
        let directoryOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, into: &out)
        u16(0, into: &out)
        u16(0, into: &out)
        u16(entries.count, into: &out)
        u16(entries.count, into: &out)
        u32(UInt32(central.count), into: &out)
        u32(directoryOffset, into: &out)
        u16(0, into: &out)
        return out
    }
}
