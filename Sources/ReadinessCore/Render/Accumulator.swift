/// A total that parallel workers add to.
final class Accumulator: @unchecked Sendable {
    private var total: UInt64 = 0
    private let lock = NSLockLite()

    func add(_ value: UInt64) { lock.locked { total += value } }
    var value: UInt64 { lock.locked { total } }
}
