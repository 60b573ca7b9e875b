import Foundation
import GRDB
@testable import ModeratStore
import ModeratCore

extension Database {
    /// An audit event with its action as text, for tests that play an older or newer moderat:
    /// a known action goes through the store's own `appendAudit`; an unknown one is inserted
    /// as such a program would have.
    @discardableResult
    func appendAudit(actor: String, action: String, entity: String, entityId: String?,
                     detail: [String: String], at: Date = Date()) throws -> Int64 {
        if let known = AuditAction(rawValue: action) {
            return try appendAudit(actor: actor, action: known, entity: entity, entityId: entityId, detail: detail, at: at)
        }
        try execute(sql: """
            INSERT INTO audit_event(at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [Timestamps.string(at), actor, action, entity, entityId, try Self.auditJSON(detail)])
        return lastInsertedRowID
    }
}
