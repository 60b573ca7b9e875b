import GRDB

/// Schema version 6, a tamper-evident audit log. Every event carries `chain`, SHA-256 over the
/// previous event's chain and its own fields (`AuditChain`); `audit_chain_head` holds the last
/// one. A new event must take the next id and bring its chain; the head only moves forward onto
/// an existing event; 003's redaction permission still lets only `detail` change, not `chain`.
/// All of this stops mistakes and casual edits; someone who may write the file can drop
/// triggers, which is why `moderat check` compares them with these and recomputes the chain.
enum Migration006AuditChain {
    static let identifier = "006-audit-chain"

    static func apply(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE audit_event ADD COLUMN chain TEXT;
            CREATE TABLE audit_chain_head (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                event_id INTEGER NOT NULL,
                chain TEXT NOT NULL
            );
            DROP TRIGGER audit_event_no_update;
            """)
        // The events so far, chained in id order as they stand.
        let salt = try PrivacySalt.read(db) ?? []
        var previous = AuditChain.genesis
        var lastId: Int64?
        var links: [(Int64, String)] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_event ORDER BY id")
        while let row = try rows.next() {
            let event = AuditChain.Event(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"],
                                         entity: row["entity"], entityId: row["entity_id"], detail: row["detail"])
            previous = AuditChain.link(previous: previous, event, salt: salt)
            links.append((event.id, previous))
            lastId = event.id
        }
        let update = try db.makeStatement(sql: "UPDATE audit_event SET chain = ? WHERE id = ?")
        for (id, chain) in links { try update.execute(arguments: [chain, id]) }
        if let lastId {
            try db.execute(sql: "INSERT INTO audit_chain_head(id, event_id, chain) VALUES (1, ?, ?)", arguments: [lastId, previous])
        }
        try db.execute(sql: triggers)
    }

    static let triggers = """
    CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT EXISTS (SELECT 1 FROM audit_redaction)
        OR new.id IS NOT old.id OR new.at IS NOT old.at OR new.actor IS NOT old.actor
        OR new.action IS NOT old.action OR new.entity IS NOT old.entity
        OR new.entity_id IS NOT old.entity_id OR new.chain IS NOT old.chain
    BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed');
    END;
    CREATE TRIGGER audit_event_chained BEFORE INSERT ON audit_event
    WHEN new.chain IS NULL OR new.id IS NOT (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_event)
    BEGIN
        SELECT RAISE(ABORT, 'audit_event is append-only: a new event takes the next id and carries its chain hash');
    END;
    CREATE TRIGGER audit_chain_head_one BEFORE INSERT ON audit_chain_head
    WHEN EXISTS (SELECT 1 FROM audit_chain_head)
    BEGIN
        SELECT RAISE(ABORT, 'audit_chain_head has one row');
    END;
    CREATE TRIGGER audit_chain_head_forward BEFORE UPDATE ON audit_chain_head
    WHEN new.id IS NOT old.id OR new.event_id <= old.event_id
        OR new.chain IS NOT (SELECT chain FROM audit_event WHERE id = new.event_id)
    BEGIN
        SELECT RAISE(ABORT, 'the audit chain head only moves forward, onto an existing event');
    END;
    CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head BEGIN
        SELECT RAISE(ABORT, 'the audit chain head cannot be deleted');
    END;
    """
}
