import Foundation
import GRDB
import ModeratCore

/// First-run setup and configuration that lives in the database: the first administrator
/// and the reason codes.
public enum Setup {
    /// Prepares a new database: seeds the reason codes (defaults, then `reasons` from config
    /// over them) and, when nobody is on the user list yet, makes `account` its admin.
    public static func initialize(_ database: ModeratDatabase, account: String, displayName: String,
                                  reasons: [ReasonCode] = [], now: Date = Date()) throws {
        try database.pool.write { db in
            try seedReasons(db, ReasonCode.defaults, replaceLabels: false)
            try seedReasons(db, reasons, replaceLabels: true)
            let hasModerators = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM moderator)") ?? false
            if !hasModerators {
                try db.execute(sql: """
                    INSERT INTO moderator(account, display_name, role, created_at) VALUES (?, ?, 'admin', ?)
                    """, arguments: [account, displayName, Timestamps.string(now)])
            }
        }
    }

    /// Makes sure the default reason codes exist, without touching labels someone changed.
    public static func ensureReasons(_ database: ModeratDatabase) throws {
        try database.pool.write { db in try seedReasons(db, ReasonCode.defaults, replaceLabels: false) }
    }

    /// Applies configured reason codes: replaces labels of known codes, adds new ones.
    /// Codes not listed stay (old decisions refer to them). With `actor`, the change is one
    /// transaction with a `reason.configure` event naming the codes and the file they came from.
    public static func applyReasons(_ database: ModeratDatabase, _ reasons: [ReasonCode], actor: String? = nil,
                                    source: String = "") throws {
        try database.pool.write { db in
            try seedReasons(db, reasons, replaceLabels: true)
            guard let actor else { return }
            try db.appendAudit(actor: actor, action: .reasonConfigure, entity: "reason", entityId: nil,
                               detail: ["codes": reasons.map(\.code).joined(separator: ","), "source": source])
        }
    }

    /// The active reason codes in their configured order.
    public static func reasons(_ database: ModeratDatabase) throws -> [ReasonCode] {
        // On the watcher when the pool is not open yet: a start asks this before its first frame.
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT code, label_de, label_en FROM reason WHERE active = 1 ORDER BY ordinal, code")
                .map { ReasonCode(code: $0["code"], labelDE: $0["label_de"], labelEN: $0["label_en"]) }
        }
    }

    static func seedReasons(_ db: Database, _ reasons: [ReasonCode], replaceLabels: Bool) throws {
        let conflict = replaceLabels
            ? "DO UPDATE SET label_de = excluded.label_de, label_en = excluded.label_en, active = 1"
            : "DO NOTHING"
        let next = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM reason") ?? 0
        for (offset, reason) in reasons.enumerated() {
            try db.execute(sql: """
                INSERT INTO reason(code, label_de, label_en, ordinal) VALUES (?, ?, ?, ?)
                ON CONFLICT(code) \(conflict)
                """, arguments: [reason.code, reason.labelDE, reason.labelEN, next + offset])
        }
    }
}
