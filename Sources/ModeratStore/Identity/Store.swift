import Foundation
import GRDB
import ModeratCore

/// The database as seen by one OS account: every query and write the app and CLI make.
/// Cheap to create; holds no state beyond the account, the clock and the last search's hits.
public struct Store: Sendable {
    public let database: ModeratDatabase
    /// The OS account every write is recorded under.
    public let account: String
    /// Injected so tests can pin "now" (claims, conflict messages, audit times).
    public let clock: @Sendable () -> Date
    /// The last full-text search's matches, until the next commit (see SearchHits).
    let searchHits = SearchHitCache()
    /// The index terms each searched word begins, until the next commit (see PrefixTermCache).
    let prefixTerms = PrefixTermCache()

    public init(database: ModeratDatabase, account: String, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.account = account
        self.clock = clock
    }

    var pool: DatabasePool { get throws { try database.pool } }

    /// The moderator row of the current account, or nil when the account is not on the list
    /// or was removed (then it reads only).
    public func currentModerator() throws -> Moderator? {
        try read { db in try db.moderator(account: account) }
    }

    /// Refuses (as a write would) when the account's role does not allow `action`, so a
    /// command can say so before it prints or computes anything.
    public func requireRole(_ action: Action) throws {
        _ = try read { db in try db.requireModerator(account: account, may: action) }
    }

    /// A counter that changes whenever anyone commits to the file (see `ModeratDatabase.dataVersion`).
    public func dataVersion() throws -> Int {
        try database.dataVersion()
    }
}

extension Database {
    /// The account's moderator row; nil when the account is not on the list or was removed
    /// (`moderat users remove`), so a removed account is read-only like an unknown one.
    func moderator(account: String) throws -> Moderator? {
        let active = try moderatorHasRemovedAt() ? " AND removed_at IS NULL" : ""
        guard let row = try Row.fetchOne(self, sql: """
            SELECT id, account, display_name, role FROM moderator WHERE account = ?\(active)
            """, arguments: [account]) else { return nil }
        let roleText: String = row["role"]
        return Moderator(id: row["id"], account: row["account"], displayName: row["display_name"],
                         role: Role(rawValue: roleText) ?? .viewer)
    }

    /// Whether migration 002 has added `moderator.removed_at` (a file opened read-only is
    /// not migrated, so an older file may lack it; GRDB caches the schema per connection).
    func moderatorHasRemovedAt() throws -> Bool {
        // Plain SQL rather than GRDB's `columns(in:)`, whose schema cache cost a start a
        // million instructions before the first frame.
        try Bool.fetchOne(self, sql: "SELECT EXISTS (SELECT 1 FROM pragma_table_info('moderator') WHERE name = 'removed_at')") ?? false
    }

    /// The account's moderator row if its role allows `action`; a clear refusal otherwise.
    func requireModerator(account: String, may action: Action) throws -> Moderator {
        guard let me = try moderator(account: account) else {
            throw StoreError.roleRefused(.notListed(account: account, .action(action)))
        }
        guard me.role.may(action) else {
            throw StoreError.roleRefused(.mayNot(.action(action), name: me.displayName, role: me.role))
        }
        return me
    }
}

