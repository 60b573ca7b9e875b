import Foundation
import GRDB
import GRDBSQLite

/// A running search's time limit and off-switch, shared between the thread that reads the
/// index and the one that may stop it (the workbench's input thread). SQLite checks it
/// through a progress handler every few thousand virtual-machine steps, so even one long
/// FTS5 step (a short prefix merging thousands of term lists) stops within milliseconds.
public final class SearchControl: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false
    private let deadline: ContinuousClock.Instant
    private let seconds: Int

    /// A search that may run for `seconds` (the shared limit by default).
    public convenience init(seconds: Int = SearchRefusal.Limit.seconds) {
        self.init(timeLimit: .seconds(seconds))
    }

    /// Any time limit (tests use milliseconds); the refusal names it in whole seconds.
    init(timeLimit: Duration) {
        seconds = Int(timeLimit.components.seconds)
        deadline = .now + timeLimit
    }

    /// Stops the search at its next check; its reader then throws `SearchRefusal.cancelled`.
    public func cancel() { lock.withLock { cancelled = true } }

    public var isCancelled: Bool { lock.withLock { cancelled } }

    /// Why the search must stop now, or nil while it may go on.
    var stopReason: SearchRefusal? {
        if isCancelled { return .cancelled }
        return ContinuousClock.now > deadline ? .tooSlow(seconds: seconds) : nil
    }

    /// Throws the stop reason, if there is one.
    func check() throws {
        if let reason = stopReason { throw reason }
    }

    /// Runs `body` on `db` with SQLite asking this control every thousand steps; an interrupted
    /// statement comes out as the refusal that stopped it.
    func watching<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        try check()
        guard let connection = db.sqliteConnection else { return try body() }
        let context = Unmanaged.passUnretained(self).toOpaque()
        sqlite3_progress_handler(connection, 1_000, { context in
            guard let context else { return 0 }
            return Unmanaged<SearchControl>.fromOpaque(context).takeUnretainedValue().stopReason == nil ? 0 : 1
        }, context)
        defer { sqlite3_progress_handler(connection, 0, nil, nil) }
        do {
            return try withExtendedLifetime(self) { try body() }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw stopReason ?? .cancelled
        }
    }
}
