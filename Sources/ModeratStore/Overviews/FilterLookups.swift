import GRDB

/// A participation process as filters name it.
public struct ProcessRow: Equatable, Sendable {
    public var id: Int64
    public var slug: String
    public var title: String
}

extension ModeratDatabase {
    /// Every participation process (a handful), oldest first.
    public func processes() throws -> [ProcessRow] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT id, slug, title FROM process ORDER BY id").map {
                ProcessRow(id: $0["id"], slug: $0["slug"], title: $0["title"])
            }
        }
    }

    /// Authors whose display name matches `name` (case-insensitive for ASCII, exact match first).
    public func authorIds(named name: String) throws -> [Int64] {
        try pool.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM author WHERE display_name = ?1
                UNION ALL
                SELECT id FROM author WHERE display_name <> ?1 AND display_name LIKE ?1
                LIMIT 20
                """, arguments: [name])
        }
    }
}
