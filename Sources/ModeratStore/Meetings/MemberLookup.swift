import GRDB

extension ModeratDatabase {
    /// The members whose name is exactly `name` (the roster's spelling), for commands that
    /// name people rather than ids.
    public func memberIds(named name: String) throws -> [Int64] {
        try pool.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM member WHERE name = ? ORDER BY id", arguments: [name])
        }
    }
}
