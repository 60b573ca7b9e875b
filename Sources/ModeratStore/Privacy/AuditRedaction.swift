import GRDB

/// The one way an audit row may change: its `detail` rewritten to drop personal data.
/// Migration003's trigger lets such an update through only while the permission row
/// exists, which is only inside this call's part of the erasing transaction. Each rewrite is
/// recorded in the erasing event (`redacted`: event id, the detail's digest before and after),
/// so `moderat check` can tell a recorded redaction from an edit.
enum AuditRedaction {
    /// One rewritten event: its id and the keyed digests of its detail before and after.
    struct Record: Equatable {
        var id: Int64
        var before: String
        var after: String

        var text: String { "\(id):\(before):\(after)" }
    }

    /// The detail key of the erasing event that lists the records.
    static let detailKey = "redacted"

    static func rewrite(db: Database, details: [(id: Int64, old: String, detail: String)]) throws -> [Record] {
        let salt = try PrivacySalt.read(db) ?? []
        try db.execute(sql: "INSERT INTO audit_redaction(id) VALUES (1)")
        var records: [Record] = []
        for (id, old, detail) in details {
            try db.execute(sql: "UPDATE audit_event SET detail = ? WHERE id = ?", arguments: [detail, id])
            records.append(Record(id: id, before: AuditChain.digest(old, salt: salt), after: AuditChain.digest(detail, salt: salt)))
        }
        try db.execute(sql: "DELETE FROM audit_redaction")
        return records
    }

    /// The records a `redacted` value lists (what `check` reads back).
    static func records(_ text: String) -> [Record] {
        text.split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":")
            guard parts.count == 3, let id = Int64(parts[0]) else { return nil }
            return Record(id: id, before: String(parts[1]), after: String(parts[2]))
        }
    }
}
