import Foundation
import GRDB
import GRDBSQLite

/// How a moderat database is left when a process is done with it: the .db file complete,
/// the write-ahead log empty, and the sidecar files kept where they are.
///
/// SQLite copies the log into the .db only when the last connection to the file closes, and
/// only if that connection may write. Left to deinitialisation the read-only change watcher
/// closed last, so a finished `moderat demo` left its whole database in the -wal. The log is
/// also kept (truncated to zero bytes, not deleted): on a shared server the -wal and -shm
/// belong to root:moderat, and a log deleted on close would be created anew by the next
/// person's process, owned by that person, who could then write pages into it directly.
enum DatabaseClosing {
    /// The size the log is cut back to after a checkpoint while people work; on the last
    /// close SQLite cuts it to zero whenever this limit is set at all.
    static let journalSizeLimit = 4 * 1024 * 1024

    /// Run on every new connection: keep the log file, and cut it back when it was copied.
    static func prepare(_ db: Database) throws {
        var persist: Int32 = 1
        let code = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
        // An in-memory or immutable file has no log; nothing to keep.
        guard code == SQLITE_OK || code == SQLITE_NOTFOUND else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "cannot keep the write-ahead log file")
        }
        try db.execute(sql: "PRAGMA journal_size_limit = \(journalSizeLimit)")
    }
}

/// Closes the connections of one `ModeratDatabase` once, in the order that lets SQLite finish.
final class ConnectionCloser: @unchecked Sendable {
    private let lock = NSLock()
    private var closed = false

    /// Copies what the log holds into the .db (without waiting for anyone), then closes the
    /// watcher and the pool's readers before its writer, so that when this process is the
    /// last one on the file its writer checkpoints and truncates the log. A pool never
    /// opened wrote nothing and is not opened now. Later calls do nothing.
    func close(pool lazyPool: LazyPool, watcher: DatabaseQueue, writable: Bool) {
        let first = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        guard first else { return }
        let pool = lazyPool.takeForClosing()
        if writable, let pool {
            // PASSIVE never waits: another process's open read only keeps its pages in the log.
            _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        }
        try? watcher.close()
        pool?.releaseMemory()
        try? pool?.close()
    }
}
