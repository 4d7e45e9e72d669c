import Synchronization

/// Results written by parallel workers, one slot each, behind a `Mutex`.
final class ParallelResults<Value: Sendable>: Sendable {
    private let values: Mutex<[Value?]>

    init(count: Int) { values = Mutex(Array(repeating: nil, count: count)) }

    subscript(index: Int) -> Value? {
        get { values.withLock { $0[index] } }
        set { values.withLock { $0[index] = newValue } }
    }
}

/// A total that parallel workers add to.
final class Accumulator: Sendable {
    private let total = Mutex<UInt64>(0)

    func add(_ value: UInt64) { total.withLock { $0 += value } }
    var value: UInt64 { total.withLock { $0 } }
}
