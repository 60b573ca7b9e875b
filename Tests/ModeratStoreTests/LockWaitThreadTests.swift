import Foundation
import Testing
@testable import ModeratStore

/// The busy handler runs on every connection, so a search read off the workbench's input
/// thread meets it too when its reader finds the file locked. The workbench's watcher draws
/// and reads keys; heard from the search's thread it would do so beside the input thread
/// (a heap corruption once ended a full test run that way).
@Suite("A lock wait is watched only on the thread that watches it")
struct LockWaitThreadTests {
    @Test("A reader waiting on another thread (the search's) waits quietly and keeps trying; the watcher is not told")
    func otherThreadWaitsQuietly() throws {
        let wait = LockWait(environment: [:])
        let seen = Seen()
        wait.watcher = { elapsed in
            seen.record(elapsed)
            return .giveUp
        }
        let retried = try Self.onOtherThread { wait.shouldRetry(numberOfTries: 0) }
        #expect(retried)
        #expect(seen.count == 0)
        #expect(wait.failures.count == 0)
        // The thread that set the watcher still hears it, and its giving up counts.
        #expect(!wait.shouldRetry(numberOfTries: 1))
        #expect(seen.count == 1)
        #expect(wait.failures.count == 1)
    }

    @Test("A watcher given when the database opens belongs to the thread that opened it")
    func watcherFromOpeningBelongsToOpener() throws {
        let seen = Seen()
        let wait = LockWait(environment: [:], watcher: { elapsed in
            seen.record(elapsed)
            return .keepWaiting
        })
        #expect(try Self.onOtherThread { wait.shouldRetry(numberOfTries: 0) })
        #expect(seen.count == 0)
        #expect(wait.shouldRetry(numberOfTries: 1))
        #expect(seen.count == 1)
    }

    @Test("Another thread that sets the watcher takes it over; taking it away leaves every thread the plain wait")
    func settingMovesTheWatcher() throws {
        let wait = LockWait(environment: [:])
        let seen = Seen()
        try Self.onOtherThread { wait.watcher = { seen.record($0); return .keepWaiting } }
        #expect(wait.shouldRetry(numberOfTries: 0))
        #expect(seen.count == 0)
        wait.watcher = { seen.record($0); return .keepWaiting }
        wait.watcher = nil
        #expect(wait.shouldRetry(numberOfTries: 2))
        #expect(seen.count == 0)
    }

    /// Runs `body` on a new thread and returns what it returned (a plain thread, as the search uses).
    @discardableResult
    static func onOtherThread<T: Sendable>(_ body: @escaping @Sendable () -> T) throws -> T {
        let result = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            result.set(body())
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        return try #require(result.value)
    }
}

private final class ResultBox<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: T?
    var value: T? { lock.withLock { stored } }
    func set(_ value: T) { lock.withLock { stored = value } }
}
