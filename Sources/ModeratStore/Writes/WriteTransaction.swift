import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Runs `body` as one write transaction on behalf of the current account, after checking
    /// that its role allows `action`.
    func write<T>(may action: Action, _ body: (Database, Moderator, Date) throws -> T) throws -> T {
        let account = account
        return try writeOwn { db, now in
            let me = try db.requireModerator(account: account, may: action)
            return try body(db, me, now)
        }
    }

    /// One write transaction without a role check, for the account's own things (drafts).
    /// SQLite failures come back as the store error that names them (`.locked`, `.readOnly`,
    /// `.diskFull`, `.notADatabase`, else `.io`); nothing of the transaction remains. A
    /// read-only database refuses before SQLite is asked.
    func writeOwn<T>(_ body: (Database, Date) throws -> T) throws -> T {
        if database.isReadOnly {
            throw StoreError.readOnly(path: database.path, reason: database.readOnlyReason)
        }
        let now = clock()
        do {
            return try pool.write { db in try body(db, now) }
        } catch let error as DatabaseError {
            throw database.storeError(error, context: FileProblem.writeFailed(system:))
        }
    }

    /// The same for reads, so callers see one error type (on the watcher until the pool is
    /// open: see `ModeratDatabase.read`).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try database.read(body)
        } catch let error as DatabaseError {
            throw database.storeError(error)
        }
    }
}
