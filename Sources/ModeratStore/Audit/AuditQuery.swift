import Foundation
import GRDB
import ModeratCore

/// Which audit events `moderat audit` shows.
public struct AuditFilter: Equatable, Sendable {
    public var entity: String?
    /// An OS account.
    public var actor: String?
    /// Stored UTC form; events at or after it.
    public var since: String?

    public init(entity: String? = nil, actor: String? = nil, since: String? = nil) {
        self.entity = entity
        self.actor = actor
        self.since = since
    }
}

/// One audit event as read back.
public struct AuditEntry: Equatable, Sendable {
    public var id: Int64
    /// Stored UTC form.
    public var at: String
    public var actor: String
    public var action: String
    public var entity: String
    public var entityId: String?
    /// JSON with sorted keys: ids, states, codes, accounts, roles.
    public var detail: String

    /// The time in Europe/Berlin, "2026-11-27 15:00:00".
    public var berlinTime: String { AuditTime.berlin(at) }

    /// The time in Europe/Berlin with its offset, "2026-11-27T15:00:00+01:00".
    public var berlinISO: String { AuditTime.berlinISO(at) }
}

/// Audit times as people read them.
enum AuditTime {
    static func components(_ stored: String) -> (DateComponents, Int)? {
        guard let date = Timestamps.date(stored) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return (c, Timestamps.displayZone.secondsFromGMT(for: date))
    }

    static func berlin(_ stored: String) -> String {
        guard let (c, _) = components(stored) else { return stored }
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    static func berlinISO(_ stored: String) -> String {
        guard let (c, offset) = components(stored) else { return stored }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0, sign, minutes / 60, minutes % 60)
    }
}

extension ModeratDatabase {
    /// One page of the audit log, newest (last appended) first: the events before `before`
    /// (an id from the previous page's last entry; nil for the first page). Keyset paging on
    /// the primary key (or the `audit_entity_newest` / `audit_actor` index), so a long log
    /// streams in constant memory.
    public func auditPage(_ filter: AuditFilter, before: Int64? = nil, limit: Int) throws -> [AuditEntry] {
        let (sql, arguments) = Self.auditPageSQL(filter, before: before, limit: limit)
        do {
            return try pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    AuditEntry(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"],
                               entity: row["entity"], entityId: row["entity_id"], detail: row["detail"])
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The page query: filters as equalities and `id < ?`, newest first by id.
    static func auditPageSQL(_ filter: AuditFilter, before: Int64?, limit: Int) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let before { conditions.append("id < ?"); arguments += [before] }
        if let entity = filter.entity { conditions.append("entity = ?"); arguments += [entity] }
        if let actor = filter.actor { conditions.append("actor = ?"); arguments += [actor] }
        if let since = filter.since { conditions.append("at >= ?"); arguments += [since] }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [max(0, limit)]
        return ("""
            SELECT id, at, actor, action, entity, entity_id, detail FROM audit_event
            \(whereClause) ORDER BY id DESC LIMIT ?
            """, arguments)
    }
}
