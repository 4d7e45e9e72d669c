#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Results written by parallel workers, one slot each.
final class UnsafeResults<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLockLite()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.locked { values[index] } }
        set { lock.locked { values[index] = newValue } }
    }
}

/// A minimal lock (pthread mutex) so this file needs no Foundation.
final class NSLockLite: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }
    func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return body()
    }
}

/// A total that parallel workers add to.
final class Accumulator: @unchecked Sendable {
    private var total: UInt64 = 0
    private let lock = NSLockLite()

    func add(_ value: UInt64) { lock.locked { total += value } }
    var value: UInt64 { lock.locked { total } }
}
