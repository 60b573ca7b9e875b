import GRDB
import ModeratCore

/// The audit log as a hash chain: each event's `chain` is SHA-256 over the previous event's
/// chain and the event's own fields, so changing, inserting or removing any event changes every
/// chain after it; `audit_chain_head` keeps the last one, so cutting events off the end shows too.
/// The detail enters as a digest keyed with the database's privacy salt, so that a
/// `forget-author` redaction can record which digest an event had without keeping a guessable
/// hash of the erased name.
public enum AuditChain {
    /// The chain "before" the first event.
    static let genesis = String(repeating: "0", count: 64)

    /// The fields of one event as stored.
    struct Event {
        var id: Int64
        var at: String
        var actor: String
        var action: String
        var entity: String
        var entityId: String?
        var detail: String
    }

    /// SHA-256 over the previous chain and the event's fields, each written with its length so
    /// that no two different events have the same bytes ("v1" names this encoding).
    static func link(previous: String, _ e: Event, salt: [UInt8]) -> String {
        link(previous: previous, e, detailDigest: digest(e.detail, salt: salt))
    }

    /// The same with the detail's digest given (a redacted event's original one).
    static func link(previous: String, _ e: Event, detailDigest: String) -> String {
        var bytes = Array("moderat-audit-v1".utf8)
        func field(_ text: String?) {
            guard let text else {
                bytes.append(UInt8(ascii: "~"))
                return
            }
            let utf8 = Array(text.utf8)
            bytes += Array("\(utf8.count):".utf8) + utf8
        }
        for text in [previous, String(e.id), e.at, e.actor, e.action, e.entity] { field(text) }
        field(e.entityId)
        field(detailDigest)
        var hash = SHA256()
        hash.update(bytes)
        return hex(hash.finalize())
    }

    /// SHA-256 over the salt and the detail.
    static func digest(_ detail: String, salt: [UInt8]) -> String {
        var hash = SHA256()
        hash.update(salt + Array(detail.utf8))
        return hex(hash.finalize())
    }

    private static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(digest.count * 2)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The last event's id and chain (nil for an empty log).
    static func last(_ db: Database) throws -> (id: Int64, chain: String?)? {
        try Row.fetchOne(db, sql: "SELECT id, chain FROM audit_event ORDER BY id DESC LIMIT 1").map { ($0["id"], $0["chain"]) }
    }

    /// Appends `event` (its id is the next one) with its chain and moves the head to it.
    static func append(_ db: Database, at: String, actor: String, action: String, entity: String, entityId: String?,
                       detail: String) throws -> Int64 {
        let last = try last(db)
        let event = Event(id: (last?.id ?? 0) + 1, at: at, actor: actor, action: action, entity: entity, entityId: entityId,
                          detail: detail)
        let chain = link(previous: last.map { $0.chain ?? "" } ?? genesis, event, salt: try PrivacySalt.read(db) ?? [])
        try db.execute(sql: """
            INSERT INTO audit_event(id, at, actor, action, entity, entity_id, detail, chain) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [event.id, at, actor, action, entity, entityId, detail, chain])
        try moveHead(db, to: event.id, chain: chain)
        return event.id
    }

    static func moveHead(_ db: Database, to id: Int64, chain: String) throws {
        try db.execute(sql: "UPDATE audit_chain_head SET event_id = ?, chain = ? WHERE id = 1", arguments: [id, chain])
        if db.changesCount == 0 {
            try db.execute(sql: "INSERT INTO audit_chain_head(id, event_id, chain) VALUES (1, ?, ?)", arguments: [id, chain])
        }
    }
}
