import GRDB

extension ModeratDatabase {
    /// Turns an SQLite failure into the store error that says what happened to a person:
    /// a lock held too long, a read-only or full disk, a damaged file, else plain I/O.
    /// `context` says what failed around SQLite's text in the I/O case (`.writeFailed`:
    /// "nothing was changed").
    func storeError(_ error: DatabaseError, context: ((String) -> FileProblem)? = nil) -> StoreError {
        Self.storeError(error, path: path, lockWait: lockWait, readOnlyReason: readOnlyReason, context: context)
    }

    /// The same before a database object exists (while opening and migrating).
    static func storeError(_ error: DatabaseError, path: String, lockWait: LockWait,
                           readOnlyReason: ReadOnlyReason?, context: ((String) -> FileProblem)? = nil) -> StoreError {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            switch lockWait.takeOutcome() {
            case .gaveUp(let seconds)?: return .locked(path: path, seconds: seconds, gaveUp: true)
            case .timedOut(let seconds)?: return .locked(path: path, seconds: seconds, gaveUp: false)
            case nil: return .locked(path: path, seconds: Int(lockWait.limit.rounded()), gaveUp: false)
            }
        case .SQLITE_READONLY:
            return .readOnly(path: path, reason: readOnlyReason)
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .notADatabase(path: path, damage(error))
        default:
            let message = error.message ?? "\(error)"
            return context.map { .file(path: path, $0(message)) } ?? .io(path: path, reason: message)
        }
    }

    /// What is wrong with a file SQLite refused to read.
    static func damage(_ error: DatabaseError) -> DatabaseDamage {
        switch error.resultCode.primaryResultCode {
        case .SQLITE_NOTADB: return .notSQLite
        case .SQLITE_CORRUPT: return .damaged(system: error.message ?? "database disk image is malformed")
        default: return .unreadable(system: error.message ?? "\(error)")
        }
    }
}
