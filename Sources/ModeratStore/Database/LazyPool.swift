import Foundation
import GRDB

/// The connection pool of one `ModeratDatabase`, opened on first use. A start reads its first
/// frame on the change watcher alone: the pool's writer and readers each parse the whole
/// schema when they open (a sixth of the first frame at a million comments), so they open
/// after it (`ModeratDatabase.openConnections`) or when something first needs them.
final class LazyPool: @unchecked Sendable {
    private let lock = NSLock()
    private var pool: DatabasePool?
    private var closed = false
    private let open: @Sendable () throws -> DatabasePool

    /// `open` makes the pool (and says what failed in the store's words); it runs at most
    /// once successfully, under the lock, so two threads never open two pools.
    init(open: @escaping @Sendable () throws -> DatabasePool) {
        self.open = open
    }

    /// A pool that is already open (opening migrated the file, or a test shares one).
    init(opened: DatabasePool) {
        pool = opened
        open = { opened }
    }

    /// The pool, opened now if it was not yet. Refuses after `takeForClosing`.
    func get() throws -> DatabasePool {
        try lock.withLock {
            if let pool { return pool }
            guard !closed else {
                throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "the database was closed")
            }
            let opened = try open()
            pool = opened
            return opened
        }
    }

    /// The pool if it is open; nil before its first use.
    var opened: DatabasePool? {
        lock.withLock { pool }
    }

    /// Hands the pool (if it was ever opened) to the one closing it; nothing opens it again.
    func takeForClosing() -> DatabasePool? {
        lock.withLock {
            closed = true
            defer { pool = nil }
            return pool
        }
    }
}

/// How many SQLite connections one `ModeratDatabase` has opened, counted as each is prepared.
final class ConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
