import GRDB

/// The one way an audit row may change: its `detail` rewritten to drop personal data.
/// Migration003's trigger lets such an update through only while the permission row
/// exists, which is only inside this call's part of the erasing transaction.
enum AuditRedaction {
    static func rewrite(db: Database, details: [(id: Int64, detail: String)]) throws {
        try db.execute(sql: "INSERT INTO audit_redaction(id) VALUES (1)")
        for (id, detail) in details {
            try db.execute(sql: "UPDATE audit_event SET detail = ? WHERE id = ?", arguments: [detail, id])
        }
        try db.execute(sql: "DELETE FROM audit_redaction")
    }
}
