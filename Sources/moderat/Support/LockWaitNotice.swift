import Foundation
import ModeratApp
import ModeratStore

/// Tells a command's user on stderr, once per wait and after a second, that the database
/// is locked by another program and how long moderat will wait.
final class LockWaitNotice: @unchecked Sendable {
    private let lock = NSLock()
    private var lastElapsed: TimeInterval = 0
    private var told = false

    /// The lock watcher for a command on `path`, to pass to `ModeratDatabase.open`, so that
    /// the wait opening the file may already need is told too.
    /// `environment`: the command's copy (a new one from Foundation costs a start 370,000
    /// instructions).
    static func watcher(path: String, language: Language,
                        environment: [String: String]) -> @Sendable (TimeInterval) -> LockWait.Decision {
        let notice = LockWaitNotice()
        let limit = Int(LockWait.configuredLimit(environment).rounded())
        return { elapsed in
            if notice.shouldTell(elapsed) {
                note("moderat: " + CommandText.lockWaiting(path: path, limit: limit).words(language))
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
