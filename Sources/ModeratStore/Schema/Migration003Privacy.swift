import GRDB

/// Schema version 3, privacy (DSGVO): a per-database random salt for the keyed hash that
/// replaces an erased author's external id; a one-row permission table that, only while a
/// row exists inside the erasing transaction, lets the audit trail's `detail` be redacted
/// (every other change or delete stays refused); and `comment.redacted_at`, set when
/// `forget-author` or `purge` rewrote a comment's text, so a later import never brings the
/// old text back.
enum Migration003Privacy {
    static let identifier = "003-privacy"

    static func apply(_ db: Database) throws {
        try db.execute(sql: sql)
    }

    static let sql = """
    CREATE TABLE privacy_salt (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL
    );
    INSERT INTO privacy_salt(id, salt) VALUES (1, randomblob(32));

    -- Never holds a committed row: the redaction inserts it, rewrites details, deletes it.
    CREATE TABLE audit_redaction (
        id INTEGER PRIMARY KEY CHECK (id = 1)
    );

    DROP TRIGGER audit_event_no_update;
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_redaction)
        OR new.id IS NOT old.id OR new.at IS NOT old.at OR new.actor IS NOT old.actor
        OR new.action IS NOT old.action OR new.entity IS NOT old.entity
        OR new.entity_id IS NOT old.entity_id
    BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed');
    END;

    ALTER TABLE comment ADD COLUMN redacted_at TEXT;
    """
}
