import Foundation
import GRDB
import ModeratCore

/// Which audit events `moderat audit` shows.
public struct AuditFilter: Equatable, Sendable {
    public var entity: String?
    /// One thing of `entity` ("comment" 42); only with `entity`.
    public var entityId: String?
    /// An OS account.
    public var actor: String?
    /// Stored UTC form; events at or after it.
    public var since: String?

    public init(entity: String? = nil, entityId: String? = nil, actor: String? = nil, since: String? = nil) {
        self.entity = entity
        self.entityId = entity == nil ? nil : entityId
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

    public init(id: Int64, at: String, actor: String, action: String, entity: String, entityId: String?, detail: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityId = entityId
        self.detail = detail
    }

    /// The detail as key and value pairs in key order; a value that is not a string is shown
    /// as its JSON, and a detail that is not a JSON object as one pair with an empty key.
    public var detailPairs: [(key: String, value: String)] {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(detail.utf8))) as? [String: Any] else {
            return detail.isEmpty || detail == "{}" ? [] : [("", detail)]
        }
        return object.keys.sorted().map { key in
            let value = object[key]
            if let text = value as? String { return (key, text) }
            if let value, let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys]) {
                return (key, String(decoding: data, as: UTF8.self))
            }
            return (key, "")
        }
    }

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

/// Which side of a known event a page lies on.
public enum AuditPageBound: Equatable, Sendable {
    /// Events older than the id (nil: from the newest).
    case olderThan(Int64?)
    /// Events newer than the id (nil: from the oldest).
    case newerThan(Int64?)
}

extension ModeratDatabase {
    /// One page of the audit log, newest (last appended) first: the events before `before`
    /// (an id from the previous page's last entry; nil for the first page). Keyset paging on
    /// the primary key (or the `audit_entity_newest` / `audit_actor` index), so a long log
    /// streams in constant memory.
    public func auditPage(_ filter: AuditFilter, before: Int64? = nil, limit: Int) throws -> [AuditEntry] {
        try auditPage(filter, .olderThan(before), limit: limit)
    }

    /// One page on either side of a known event, always newest first: `.newerThan(id)` gives
    /// the `limit` events just after it (the page above it in the list), `.newerThan(nil)`
    /// the oldest ones (the end of the list).
    public func auditPage(_ filter: AuditFilter, _ bound: AuditPageBound, limit: Int) throws -> [AuditEntry] {
        let (sql, arguments) = Self.auditPageSQL(filter, bound, limit: limit)
        do {
            let entries = try pool.read { db in
                try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                    AuditEntry(id: row["id"], at: row["at"], actor: row["actor"], action: row["action"],
                               entity: row["entity"], entityId: row["entity_id"], detail: row["detail"])
                }
            }
            if case .newerThan = bound { return entries.reversed() }
            return entries
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: error.message ?? "\(error)")
        }
    }

    /// The page query for the newest-first walk `moderat audit` makes.
    static func auditPageSQL(_ filter: AuditFilter, before: Int64?, limit: Int) -> (String, StatementArguments) {
        auditPageSQL(filter, .olderThan(before), limit: limit)
    }

    /// The page query: filters as equalities, `id < ?` (newest first) or `id > ?` (oldest
    /// first, turned round by the caller).
    static func auditPageSQL(_ filter: AuditFilter, _ bound: AuditPageBound, limit: Int) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        let order: String
        switch bound {
        case .olderThan(let id):
            order = "DESC"
            if let id { conditions.append("id < ?"); arguments += [id] }
        case .newerThan(let id):
            order = "ASC"
            if let id { conditions.append("id > ?"); arguments += [id] }
        }
        if let entity = filter.entity { conditions.append("entity = ?"); arguments += [entity] }
        if let entityId = filter.entityId { conditions.append("entity_id = ?"); arguments += [entityId] }
        if let actor = filter.actor { conditions.append("actor = ?"); arguments += [actor] }
        if let since = filter.since { conditions.append("at >= ?"); arguments += [since] }
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments += [max(0, limit)]
        return ("""
            SELECT id, at, actor, action, entity, entity_id, detail FROM audit_event
            \(whereClause) ORDER BY id \(order) LIMIT ?
            """, arguments)
    }
}
