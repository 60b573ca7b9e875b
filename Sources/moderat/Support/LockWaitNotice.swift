import Foundation
import ModeratStore

/// Tells a command's user on stderr, once per wait and after a second, that the database
/// is locked by another program and how long moderat will wait.
final class LockWaitNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var lastElapsed: TimeInterval = 0
    private var told = false

    /// The lock watcher for a command on `path`, to pass to `ModeratDatabase.open`, so that
    /// the wait opening the file may already need is told too.
    static func watcher(path: String) -> @Sendable (TimeInterval) -> LockWait.Decision {
        let notice = LockWaitNotice()
        let limit = Int(LockWait.configuredLimit().rounded())
        return { elapsed in
            if notice.shouldTell(elapsed) {
                note("moderat: \(path) is locked by another program; waiting up to \(limit) s…")
            }
            usleep(100_000)
            return .keepWaiting
        }
    }

    private func shouldTell(_ elapsed: TimeInterval) -> Bool {
        lock.withLock {
            if elapsed < lastElapsed { told = false }
            lastElapsed = elapsed
            guard !told, elapsed >= 1 else { return false }
            told = true
            return true
        }
    }
}
