import Foundation

/// Runs `count` independent jobs on up to `lanes` threads, each lane taking the next job
/// when it is free, and returns the results in job order. The first error wins.
/// With one lane (or one job) everything runs on the calling thread.
enum ParallelLanes {
    static func map<T: Sendable>(count: Int, lanes: Int, _ job: @Sendable (Int) throws -> T) throws -> [T] {
        // One lane stays on the caller's thread (a GRDB connection lent to it must not move).
        if lanes <= 1 || count <= 1 { return try (0..<count).map(job) }
        let results = LockedBox<[T?]>(Array(repeating: nil, count: count))
        let next = LockedBox(0)
        let failure = LockedBox<Error?>(nil)
        DispatchQueue.concurrentPerform(iterations: min(lanes, count)) { _ in
            while failure.value == nil {
                let index: Int = next.update { value in defer { value += 1 }; return value }
                guard index < count else { return }
                do {
                    let result = try job(index)
                    results.update { $0[index] = result }
                } catch {
                    failure.update { if $0 == nil { $0 = error } }
                }
            }
        }
        if let error = failure.value { throw error }
        return results.value.compactMap { $0 }
    }
}

/// A value guarded by a lock, for results handed between threads.
final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    func update<R>(_ body: (inout Value) -> R) -> R {
        lock.withLock { body(&stored) }
    }
}
