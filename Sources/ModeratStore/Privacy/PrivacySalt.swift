import Foundation
import GRDB

/// The per-database random key of the privacy hashes (made by Migration003, never shown).
enum PrivacySalt {
    /// The key bytes, or nil when the database has no salt table yet.
    static func read(_ db: Database) throws -> [UInt8]? {
        guard try db.tableExists("privacy_salt") else { return nil }
        guard let salt = try Data.fetchOne(db, sql: "SELECT salt FROM privacy_salt WHERE id = 1") else { return nil }
        return Array(salt)
    }
}
