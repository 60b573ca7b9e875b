import Foundation
import GRDB
import ModeratCore
import ModeratStore

/// What the demo writers share while they fill one transaction: the connection, the random
/// source, the clock, and the running summary. Lives only inside `DemoDatabase.populate`.
final class DemoContext {
    let db: Database
    var rng: SeededRandom
    let now: Date
    var summary = DemoSummary()

    /// Calendars for date arithmetic: UTC for stored moments, Berlin for local meeting times.
    let utc: Calendar
    let berlin: Calendar

    init(db: Database, seed: UInt64, now: Date) {
        self.db = db
        self.rng = SeededRandom(seed: seed)
        self.now = now
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0) ?? .current
        self.utc = utc
        var berlin = Calendar(identifier: .gregorian)
        berlin.timeZone = Timestamps.displayZone
        self.berlin = berlin
    }

    // MARK: Time

    /// The stored form of a moment.
    func stamp(_ date: Date) -> String {
        Timestamps.string(date)
    }

    /// A plain calendar day ("2026-03-12") as stored for dates without a time of day.
    func day(_ date: Date) -> String {
        let c = berlin.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0)
    }

    /// `now` moved by whole days (negative: into the past).
    func days(_ n: Int, from date: Date? = nil) -> Date {
        (date ?? now).addingTimeInterval(Double(n) * 86_400)
    }

    /// `date` moved by calendar months.
    func months(_ n: Int, from date: Date? = nil) -> Date {
        utc.date(byAdding: .month, value: n, to: date ?? now) ?? days(n * 30, from: date)
    }

    /// Midnight (Berlin) of the day `date` falls on.
    func startOfDay(_ date: Date) -> Date {
        berlin.startOfDay(for: date)
    }

    /// A local Berlin time on the day of `date`.
    func local(_ date: Date, hour: Int, minute: Int = 0) -> Date {
        berlin.date(bySettingHour: hour, minute: minute, second: 0, of: date) ?? date
    }

    // MARK: Writing

    /// Runs an INSERT and returns the new row id.
    @discardableResult
    func insert(_ sql: String, _ arguments: StatementArguments) throws -> Int64 {
        try db.execute(sql: sql, arguments: arguments)
        return db.lastInsertedRowID
    }

    /// Audit events wait here until `flushAudit`, so the trail is written in the order things
    /// happened (ids rising with time), whichever part of the demo produced them.
    private var auditQueue: [(at: Date, actor: String, action: AuditAction, entity: String, entityID: Int64, detail: [String: String])] = []

    /// Queues an audit event in the store's format: ids, states, codes and versions, all as text.
    func audit(at date: Date, actor: String, action: AuditAction, entity: String, entityID: Int64,
               detail: [String: String]) throws {
        auditQueue.append((date, actor, action, entity, entityID, detail))
    }

    /// Writes the queued events oldest first through the store's own helper (ties keep the
    /// order they were queued in).
    func flushAudit() throws {
        let ordered = auditQueue.enumerated().sorted { lhs, rhs in
            lhs.element.at != rhs.element.at ? lhs.element.at < rhs.element.at : lhs.offset < rhs.offset
        }
        for (_, event) in ordered {
            try db.appendAudit(actor: event.actor, action: event.action, entity: event.entity,
                               entityId: String(event.entityID), detail: event.detail, at: event.at)
        }
        summary.auditEvents += ordered.count
        auditQueue.removeAll()
    }
}
