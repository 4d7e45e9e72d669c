extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    /// Compares bytes, not characters, so it is fast and never locale-dependent.
    package func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        let haystack = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(haystack.count)
        var i = 0
        var changed = false
        while i < haystack.count {
            if haystack[i] == first, i + needle.count <= haystack.count,
                haystack[i..<(i + needle.count)].elementsEqual(needle)
            {
                out.append(contentsOf: replacement.utf8)
                i += needle.count
                changed = true
            } else {
                out.append(haystack[i])
                i += 1
            }
        }
        return changed ? String(decoding: out, as: UTF8.self) : self
    }
}
