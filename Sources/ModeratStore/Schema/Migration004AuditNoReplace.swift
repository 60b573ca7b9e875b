import GRDB

/// Schema version 4: closes the one way around the append-only triggers of the audit trail.
/// `INSERT OR REPLACE` (and `REPLACE INTO`) with the id of an existing event deletes that row
/// by conflict resolution, which fires no DELETE trigger, and puts a new one in its place;
/// this trigger refuses an insert whose id is taken before any conflict is resolved.
enum Migration004AuditNoReplace {
    static let identifier = "004-audit-no-replace"

    static func apply(_ db: Database) throws {
        try db.execute(sql: sql)
    }

    static let sql = """
    CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
    WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_event WHERE id = new.id)
    BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be replaced');
    END;
    """
}
