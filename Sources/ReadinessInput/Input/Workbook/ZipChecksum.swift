/// The CRC-32 a zip entry is checked by, computed eight bytes at a time ("slicing by 8").
///
/// ZIPFoundation computes it one byte at a time on Linux (it uses zlib's only where a `zlib`
/// module exists, as on Apple's systems), which took a third of the time of reading a
/// million-row workbook; this is about eight times faster (docs/performance.md, "Workbooks").
struct ZipChecksum {
    /// The eight tables: `tables[k * 256 + b]`.
    private static let tables: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 8 * 256)
        for b in 0..<256 {
            var crc = UInt32(b)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            table[b] = crc
        }
        for b in 0..<256 {
            var crc = table[b]
            for k in 1..<8 {
                crc = (crc >> 8) ^ table[Int(crc & 0xFF)]
                table[k * 256 + b] = crc
            }
        }
        return table
    }()

    private var state: UInt32 = 0xFFFF_FFFF

    /// The checksum of the bytes so far.
    var value: UInt32 { ~state }

    /// Adds bytes.
    mutating func update(_ buffer: UnsafeRawBufferPointer) {
        var crc = state
        Self.tables.withUnsafeBufferPointer { t in
            var i = 0
            let count = buffer.count
            while i + 8 <= count {
                let low = crc ^ buffer.loadUnaligned(fromByteOffset: i, as: UInt32.self).littleEndian
                let high = buffer.loadUnaligned(fromByteOffset: i + 4, as: UInt32.self).littleEndian
                crc =
                    t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int((low >> 8) & 0xFF)]
                    ^ t[5 * 256 + Int((low >> 16) & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
                    ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int((high >> 8) & 0xFF)]
                    ^ t[1 * 256 + Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
                i += 8
            }
            while i < count {
                crc = (crc >> 8) ^ t[Int((crc ^ UInt32(buffer[i])) & 0xFF)]
                i += 1
            }
        }
        state = crc
    }
}
