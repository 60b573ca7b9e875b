import Foundation
import GRDB

extension ModeratDatabase {
    /// Rebuilds the whole file (VACUUM), then empties the WAL: what an erasure ends with.
    /// secure_delete zeroes deleted cells and freed pages, but does not promise more: on a
    /// demo database an erased author's old row was seen in the unused part of a live page
    /// (left, it seems, by a page rebuilt during a split). Rebuilding the file drops every
    /// such copy. Readers may stay meanwhile. False when the WAL could not be emptied (see
    /// `truncateWAL`).
    /// `rerun` is the command that finishes the job if the rebuild fails.
    func compactAfterErasure(rerun: String) throws -> Bool {
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        } catch let error as DatabaseError {
            throw Self.compactionFailure(storeError(error), path: path, rerun: rerun)
        }
        return try truncateWAL()
    }

    /// What a failed rebuild leaves: the erasure is committed, old copies may not be gone.
    /// Never "nothing was changed" (a full disk says that for a rolled-back transaction).
    static func compactionFailure(_ error: StoreError, path: String, rerun: String) -> StoreError {
        if case .locked = error { return error }
        return .file(path: path, .erasedNotRebuilt(cause: error, rerun: rerun))
    }

    /// Copies every WAL frame into the database file and truncates the -wal to zero bytes,
    /// so pages an erasure replaced survive nowhere. False when another connection (another
    /// moderat, a sqlite3 shell) was reading and the WAL could not be emptied.
    func truncateWAL() throws -> Bool {
        // The checkpoint waits (through the busy handler) for readers to move on; a reader
        // that stays, such as an open workbench, would hold it for the whole lock limit.
        let limit = lockWait.limit
        lockWait.limit = min(limit, Self.checkpointWait)
        defer { lockWait.limit = limit }
        do {
            return try pool.writeWithoutTransaction { db in
                guard let row = try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") else { return false }
                let busy: Int = row[0]
                return busy == 0
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED {
            return false
        } catch let error as DatabaseError {
            throw storeError(error, context: FileProblem.walNotEmptied(system:))
        }
    }

    /// How long emptying the WAL waits for other readers, in seconds.
    static let checkpointWait: TimeInterval = 5
}
