import GRDB

/// Schema version 2: a removed user keeps its moderator row (comments point at it through
/// decided_by and claimed_by, so decisions stay countable) but is marked removed and is
/// treated like an unknown account (read-only). Also an index so `moderat audit --entity E`
/// pages newest first without sorting.
enum Migration002Users {
    static let identifier = "002-users"

    static func apply(_ db: Database) throws {
        try db.execute(sql: sql)
    }

    static let sql = """
    ALTER TABLE moderator ADD COLUMN removed_at TEXT;
    CREATE INDEX audit_entity_newest ON audit_event(entity, id);
    """
}
