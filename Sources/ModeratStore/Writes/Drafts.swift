import Foundation
import GRDB
import ModeratCore

/// Text saved as the user types, so a dropped connection loses nothing.
public struct Draft: Equatable, Sendable {
    /// What the draft is for, e.g. "comment:42:answer" or "minutes:7:top:3".
    public var key: String
    public var text: String
    /// The version of the row the draft was started from, to warn when it moved on.
    public var baseVersion: Int?
    public var updatedAt: String
}

extension Store {
    /// Saves (replaces) the current account's draft for `key`. Drafts are private work in
    /// progress, not changes to shared data, so they need no role and write no audit event.
    public func saveDraft(_ key: String, text: String, baseVersion: Int? = nil) throws {
        let owner = account
        try writeOwn { db, now in
            try db.execute(sql: """
                INSERT INTO draft(owner, key, text, base_version, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT(owner, key) DO UPDATE SET text = excluded.text, base_version = excluded.base_version,
                    updated_at = excluded.updated_at
                """, arguments: [owner, key, text, baseVersion, Timestamps.string(now)])
        }
    }

    /// The current account's draft for `key`, if any.
    public func loadDraft(_ key: String) throws -> Draft? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT key, text, base_version, updated_at FROM draft WHERE owner = ? AND key = ?",
                             arguments: [account, key])
                .map { Draft(key: $0["key"], text: $0["text"], baseVersion: $0["base_version"], updatedAt: $0["updated_at"]) }
        }
    }

    /// Forgets the draft (after it was used or discarded).
    public func deleteDraft(_ key: String) throws {
        let owner = account
        try writeOwn { db, _ in
            try db.execute(sql: "DELETE FROM draft WHERE owner = ? AND key = ?", arguments: [owner, key])
        }
    }
}
