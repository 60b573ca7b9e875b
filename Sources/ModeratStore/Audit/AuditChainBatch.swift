import GRDB

/// Many audit events in one transaction (the benchmark's generator writing the events of its
/// bulk decisions): each linked exactly as `AuditChain.append` links one, with the previous
/// chain and the salt kept in memory instead of read per event, and the head moved once.
package struct AuditChainBatch {
    private var previous: String
    private var nextId: Int64
    private let firstId: Int64
    private let salt: [UInt8]
    private let insert: BulkStatement

    package init(_ db: Database) throws {
        let last = try AuditChain.last(db)
        previous = last.map { $0.chain ?? "" } ?? AuditChain.genesis
        nextId = (last?.id ?? 0) + 1
        firstId = nextId
        salt = try PrivacySalt.read(db) ?? []
        insert = try BulkStatement(db, sql: """
            INSERT INTO audit_event(id, at, actor, action, entity, entity_id, detail, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Appends one event after the previous one of the batch.
    package mutating func append(at: String, actor: String, action: AuditAction, entity: String, entityId: String?,
                         detail: [String: String]) throws {
        let event = AuditChain.Event(id: nextId, at: at, actor: actor, action: action.rawValue, entity: entity,
                                     entityId: entityId, detail: try Database.auditJSON(detail))
        let chain = AuditChain.link(previous: previous, event, salt: salt)
        insert.bind([.int(event.id), .text(at), .text(actor), .text(event.action), .text(entity),
                     entityId.map { .text($0) } ?? .null, .text(event.detail), .text(chain)])
        try insert.run()
        previous = chain
        nextId += 1
    }

    /// Moves the chain's head to the batch's last event (nothing when it appended none).
    package func finish(_ db: Database) throws {
        guard nextId > firstId else { return }
        try AuditChain.moveHead(db, to: nextId - 1, chain: previous)
    }
}
