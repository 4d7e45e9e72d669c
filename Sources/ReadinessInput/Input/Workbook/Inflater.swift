import CISAL

/// Inflates a zip entry's deflated data and computes CRC-32s with Intel's ISA-L (Debian's
/// libisal-dev): every ISA-L call is in this file.
///
/// ISA-L's inflate is two to three times as fast as zlib's and computes the entry's CRC-32 as
/// it goes, with the processor's carry-less multiply: reading a million-row workbook is mostly
/// inflating and checking 600 MB of XML (docs/performance.md, "Workbooks").
package enum Inflater {
    /// Inflates `input` (raw deflate) chunk by chunk into a buffer of `chunkSize` bytes, handing
    /// each chunk to `body`, which returns false to stop. Gives the CRC-32 of all the output.
    /// Stops with `.tooLarge` once more than `limit` bytes came out, `.damaged` when the data is
    /// not deflate or ends too soon.
    static func inflate(
        _ input: UnsafeRawBufferPointer, limit: Int, chunkSize: Int, _ body: (UnsafeRawBufferPointer) -> Bool
    ) -> Result<UInt32, WorkbookArchive.Failure> {
        guard input.count <= Int(UInt32.max), let base = input.baseAddress else { return .failure(.damaged) }
        // The state holds ISA-L's Huffman tables (about 20 KB): on the heap, not a worker's stack.
        let state = UnsafeMutablePointer<inflate_state>.allocate(capacity: 1)
        UnsafeMutableRawPointer(state).initializeMemory(
            as: UInt8.self, repeating: 0, count: MemoryLayout<inflate_state>.size)
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 64)
        defer {
            state.deallocate()
            output.deallocate()
        }
        isal_inflate_init(state)
        // Raw deflate, with the CRC-32 of the output kept in `state.crc` (a gzip member's check).
        state.pointee.crc_flag = UInt32(ISAL_GZIP_NO_HDR)
        state.pointee.next_in = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: UInt8.self))
        state.pointee.avail_in = UInt32(input.count)
        var total = 0
        while true {
            let availableBefore = state.pointee.avail_in
            state.pointee.next_out = output.baseAddress!.assumingMemoryBound(to: UInt8.self)
            state.pointee.avail_out = UInt32(chunkSize)
            let status = isal_inflate(state)
            guard status >= 0 else { return .failure(.damaged) }
            let produced = chunkSize - Int(state.pointee.avail_out)
            total += produced
            if total > limit { return .failure(.tooLarge(limit: limit)) }
            if produced > 0 && !body(UnsafeRawBufferPointer(rebasing: output[0..<produced])) {
                return .failure(.stopped)
            }
            if state.pointee.block_state == ISAL_BLOCK_FINISH { return .success(state.pointee.crc) }
            // No output and no input taken: the data ends before its last block does.
            if produced == 0 && state.pointee.avail_in == availableBefore { return .failure(.damaged) }
        }
    }

    /// The CRC-32 (zip's and gzip's) of `bytes`, continuing from `crc` (0 to start).
    package static func checksum(_ bytes: UnsafeRawBufferPointer, continuing crc: UInt32 = 0) -> UInt32 {
        guard let base = bytes.baseAddress else { return crc }
        return crc32_gzip_refl(crc, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
    }
}
