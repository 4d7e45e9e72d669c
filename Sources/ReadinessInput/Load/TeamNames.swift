/// Team names seen in a list, interned by their bytes so a million rows make a handful of
/// strings. Looked up in a small open-addressed table by an FNV-1a hash of the bytes: a
/// dictionary keyed by the hash hashed it again through `Hasher` on every row (4% of a list).
struct TeamNames {
    private(set) var names: [String] = []
    /// Every name's bytes, one after another, and where each lies.
    private var pool: [UInt8] = []
    private var spans: [Range<Int>] = []
    private var hashes: [UInt64] = []
    /// Index + 1 of the name in each slot, 0 for none; a power of two, at most half full.
    private var table = [Int](repeating: 0, count: 64)

    /// The team's index, adding it when new (the next index is `names.count`). A cell written in
    /// quotes has its doubled quotes read as one (`"Team ""A"""` is `Team "A"`).
    @inline(__always)
    mutating func index(of bytes: UnsafeBufferPointer<UInt8>, unescapingQuotes quoted: Bool = false) -> Int {
        var hash: UInt64 = quoted ? 0x6c62_272e_07bb_0142 : 0xcbf2_9ce4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while table[slot] != 0 {
            let candidate = table[slot] - 1
            if hashes[candidate] == hash && same(spans[candidate], bytes) { return candidate }
            slot = (slot + 1) & mask
        }
        let index = names.count
        let text = String(decoding: bytes, as: UTF8.self)
        names.append(Self.tidy(quoted ? text.replacingAll("\"\"", with: "\"") : text))
        spans.append(pool.count..<(pool.count + bytes.count))
        pool.append(contentsOf: bytes)
        hashes.append(hash)
        table[slot] = index + 1
        if names.count * 2 > table.count { grow() }
        return index
    }

    /// A name as it is shown and matched: runs of spaces of any kind (no-break, thin, tabs)
    /// one space, none at either end, and no invisible characters (zero-width spaces and joiners,
    /// a byte order mark inside a cell). `Team  A` and `Team A` with a no-break space are the
    /// same team, which a page would otherwise show as two rows that look alike.
    static func tidy(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: continue
            default: break
            }
            if scalar.properties.isWhitespace {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" ") }
            space = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Whether the stored name at `span` is `bytes`.
    @inline(__always)
    private func same(_ span: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard span.count == bytes.count else { return false }
        return pool.withUnsafeBufferPointer { pool in
            var k = 0
            while k < bytes.count && pool[span.lowerBound + k] == bytes[k] { k += 1 }
            return k == bytes.count
        }
    }

    /// Doubles the table and puts every name back in it.
    private mutating func grow() {
        table = [Int](repeating: 0, count: table.count * 2)
        let mask = table.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = index + 1
        }
    }
}
