import Foundation
import GRDB
import ModeratCore

/// What erasing writes share: who may, and leaving no old text in the search index.
enum PrivacyWrites {
    /// Erasing personal data is for admins only.
    /// A typed refusal, so the UI and the command line word it in the user's language.
    static func requireAdmin(db: Database, account: String) throws -> Moderator {
        let me = try db.requireModerator(account: account, may: .read)
        guard me.role == .admin else {
            throw StoreError.roleRefused(.mayNot(.erasePersonalData, name: me.displayName, role: me.role))
        }
        return me
    }

    /// Merges the full-text index into one segment. An update of contentless FTS5 only adds
    /// a 'delete' entry; the old tokens stay in older segments until they are merged, and
    /// SQLite 3.40 has no secure-delete for FTS5. With PRAGMA secure_delete on, the pages of
    /// the merged-away segments are zeroed.
    static func optimizeSearchIndex(db: Database) throws {
        try db.execute(sql: "INSERT INTO comment_fts(comment_fts) VALUES ('optimize')")
    }
}

extension Store {
    /// Runs an erasure's body as an admin: for a dry run in a read with `actor` nil, else in
    /// one write transaction with the admin's account as `actor`. The caller compacts after.
    func erasing<T>(dryRun: Bool, _ body: (Database, _ actor: String?, Date) throws -> T) throws -> T {
        if dryRun {
            return try read { db in
                _ = try PrivacyWrites.requireAdmin(db: db, account: account)
                return try body(db, nil, clock())
            }
        }
        return try write(may: .read) { db, me, now in
            _ = try PrivacyWrites.requireAdmin(db: db, account: me.account)
            return try body(db, me.account, now)
        }
    }
}
