import Synchronization

/// The open `/__readiness/events` streams, each waiting on a pipe of its own: a rebuild that
/// changed the site wakes them all at once, and each sends its page a `reload` event.
final class ReloadChannel: Sendable {
    private struct Listeners {
        var next = 0
        var pipes: [Int: Int32] = [:]
    }

    private let listeners = Mutex(Listeners())

    /// Adds a listener woken through `pipe` (a write end); returns its number for `remove`.
    func add(_ pipe: Int32) -> Int {
        listeners.withLock {
            $0.next += 1
            $0.pipes[$0.next] = pipe
            return $0.next
        }
    }

    /// Removes a listener (its pipe is closed by its owner).
    func remove(_ number: Int) {
        _ = listeners.withLock { $0.pipes.removeValue(forKey: number) }
    }

    /// Wakes every listener.
    func wakeAll() {
        listeners.withLock { state in
            for pipe in state.pipes.values { SocketCalls.wake(pipe) }
        }
    }

    /// How many streams are open.
    var count: Int { listeners.withLock { $0.pipes.count } }
}
