import Foundation

/// How a writer waits while another program holds the database's write lock. SQLite's busy
/// handler asks `shouldRetry` after each failed try; whoever runs the process (the workbench
/// or a command) installs a `watcher` that shows the wait, keeps its screen alive and may
/// give up. Without a watcher the wait is a plain sleep up to `limit`.
///
/// The handler is installed on every connection, readers included, so it also runs on threads
/// that only read (a search read off the workbench's input thread, its parallel lanes). The
/// watcher draws and reads keys as the thread that installed it, which a write blocks while it
/// waits; called from any other thread it would draw and take keys beside that thread, which
/// corrupts the screen's memory. So only the installing thread hears the watcher; every other
/// thread's wait is the plain sleep.
public final class LockWait: @unchecked Sendable {
    /// What a watcher decides after being told how long the wait has lasted.
    public enum Decision: Sendable {
        case keepWaiting
        case giveUp
    }

    /// How a wait ended when SQLite reported the lock to the writer.
    public enum Outcome: Equatable, Sendable {
        case timedOut(seconds: Int)
        case gaveUp(seconds: Int)
    }

    /// The default limit; `MODERAT_LOCK_TIMEOUT` (seconds) overrides it, mainly for tests.
    public static let defaultLimit: TimeInterval = 30
    /// The longest `MODERAT_LOCK_TIMEOUT` may ask for: a day.
    public static let maxLimit: TimeInterval = 86_400

    private let lock = NSLock()
    private var _limit: TimeInterval
    private var _watcher: (@Sendable (TimeInterval) -> Decision)?
    /// The thread that installed `_watcher`, the only one that may call it.
    private var watcherThread: pthread_t?
    private var started: Date?
    private var _lastOutcome: Outcome?
    private var failureCount = 0
    private var lastFailure: Outcome?

    init(environment: [String: String] = LockWait.limitVariable,
         watcher: (@Sendable (TimeInterval) -> Decision)? = nil) {
        _limit = Self.configuredLimit(environment)
        _watcher = watcher
        watcherThread = watcher == nil ? nil : pthread_self()
    }

    /// The one variable of the process's environment the limit reads, without copying all of
    /// it (every database opened asks).
    static var limitVariable: [String: String] {
        getenv("MODERAT_LOCK_TIMEOUT").map { ["MODERAT_LOCK_TIMEOUT": String(cString: $0)] } ?? [:]
    }

    /// The limit this process's environment sets (`MODERAT_LOCK_TIMEOUT`, else the default).
    public static func configuredLimit(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> TimeInterval {
        // Only a finite number of seconds up to a day; anything else ("inf", "nan", 1e300)
        // is the default here, and the command line refuses it with a message.
        environment["MODERAT_LOCK_TIMEOUT"].flatMap(TimeInterval.init).flatMap { $0.isFinite && $0 <= maxLimit ? max(0, $0) : nil }
            ?? defaultLimit
    }

    /// The longest a write waits before it fails with `StoreError.locked`.
    public var limit: TimeInterval {
        get { lock.withLock { _limit } }
        set { lock.withLock { _limit = newValue } }
    }

    /// Told the seconds waited so far, about ten times a second while the lock is held; it
    /// should return within about 100 ms (it is the pause between tries). It is called only
    /// on the thread that set it.
    public var watcher: (@Sendable (TimeInterval) -> Decision)? {
        get { lock.withLock { _watcher } }
        set {
            let thread = pthread_self()
            lock.withLock {
                _watcher = newValue
                watcherThread = newValue == nil ? nil : thread
            }
        }
    }

    /// How many waits have failed so far and how the last one ended; the workbench compares
    /// the count around an action to tell a lock failure from other errors.
    public var failures: (count: Int, last: Outcome?) {
        lock.withLock { (failureCount, lastFailure) }
    }

    /// How the last failed wait ended, handed out once to the write path that explains SQLITE_BUSY.
    func takeOutcome() -> Outcome? {
        lock.withLock {
            defer { _lastOutcome = nil }
            return _lastOutcome
        }
    }

    /// The busy handler: true to try again.
    func shouldRetry(numberOfTries: Int) -> Bool {
        let now = Date()
        let (elapsed, limit, watcher): (TimeInterval, TimeInterval, (@Sendable (TimeInterval) -> Decision)?) = lock.withLock {
            if numberOfTries == 0 || started == nil {
                started = now
                _lastOutcome = nil
            }
            let owner = watcherThread.map { pthread_equal($0, pthread_self()) != 0 } ?? false
            return (now.timeIntervalSince(started ?? now), _limit, owner ? _watcher : nil)
        }
        if elapsed >= limit {
            finish(.timedOut(seconds: Int(elapsed.rounded())))
            return false
        }
        if let watcher {
            if watcher(elapsed) == .giveUp {
                finish(.gaveUp(seconds: Int(elapsed.rounded())))
                return false
            }
        } else {
            usleep(50_000)
        }
        return true
    }

    private func finish(_ outcome: Outcome) {
        lock.withLock {
            _lastOutcome = outcome
            lastFailure = outcome
            failureCount += 1
            started = nil
        }
    }
}
