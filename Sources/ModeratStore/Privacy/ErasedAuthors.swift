import GRDB
import ModeratCore

/// Recognises authors erased by `forget-author`: their external id is stored only as a keyed
/// hash, so an import meeting the same (source, external id) again finds the erased row.
enum ErasedAuthors {
    /// What an erased author's `external_id` starts with; the rest is the hex keyed hash.
    static let externalIdPrefix = "erased:"

    /// The erased author that once was (`source`, `externalId`), or nil when there is none
    /// (or the database predates the privacy migration and so has no salt yet).
    static func id(db: Database, source: String, externalId: String) throws -> Int64? {
        guard let salt = try PrivacySalt.read(db) else { return nil }
        return try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM author WHERE source = ? AND external_id = ?"),
            arguments: [source, hashedExternalId(salt: salt, source: source, externalId: externalId)])
    }

    /// The stored external id of an erased author.
    static func hashedExternalId(salt: [UInt8], source: String, externalId: String) -> String {
        let message = Array(source.utf8) + [0] + Array(externalId.utf8)
        return externalIdPrefix + KeyedHash.hex(key: salt, message: message)
    }
}
