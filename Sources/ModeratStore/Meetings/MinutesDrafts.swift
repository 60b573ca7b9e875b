import Foundation
import GRDB
import ModeratCore

/// A draft someone left on a TOP of a meeting: typed but not saved.
public struct OpenDraft: Equatable, Sendable, CustomStringConvertible {
    public var itemId: Int64
    public var number: Int
    public var owner: String
    /// The owner's display name (the account when not on the list).
    public var ownerName: String
    public var updatedAt: String

    public var description: String {
        let when = Timestamps.date(updatedAt).map { MinutesClock.hhmm($0) } ?? updatedAt
        return "TOP \(number) (\(ownerName), \(when))"
    }

    /// The draft key the minutes editor uses for a TOP.
    public static func key(itemId: Int64) -> String { "agenda:\(itemId)" }
}

extension Database {
    func openDrafts(meetingId: Int64) throws -> [OpenDraft] {
        try Row.fetchAll(self, sql: """
            SELECT i.id, i.number, d.owner, COALESCE(mo.display_name, d.owner) AS name, d.updated_at
            FROM agenda_item i JOIN draft d ON d.key = 'agenda:' || i.id LEFT JOIN moderator mo ON mo.account = d.owner
            WHERE i.meeting_id = ? ORDER BY i.number, d.updated_at
            """, arguments: [meetingId]).map {
            OpenDraft(itemId: $0["id"], number: $0["number"], owner: $0["owner"], ownerName: $0["name"], updatedAt: $0["updated_at"])
        }
    }
}

extension Store {
    /// The drafts anyone left on this meeting's TOPs, by TOP.
    public func openDrafts(meetingId: Int64) throws -> [OpenDraft] {
        try read { db in try db.openDrafts(meetingId: meetingId) }
    }

    /// Throws away every draft of a TOP (the explicit "verwerfen"; the saved minutes stay).
    /// Returns how many were discarded.
    @discardableResult
    public func discardDrafts(itemId: Int64) throws -> Int {
        try write(may: .writeMinutes) { db, me, now in
            guard let meetingId = try Int64.fetchOne(db, sql: "SELECT meeting_id FROM agenda_item WHERE id = ?", arguments: [itemId]) else {
                throw StoreError.notFound(.agendaItem(itemId))
            }
            try db.execute(sql: "DELETE FROM draft WHERE key = ?", arguments: [OpenDraft.key(itemId: itemId)])
            let count = db.changesCount
            if count > 0 {
                try db.appendAudit(actor: me.account, action: MinutesAudit.discardDraft, entity: MinutesAudit.agendaItem,
                                   entityId: String(itemId), detail: ["meeting": String(meetingId), "drafts": String(count)], at: now)
            }
            return count
        }
    }
}
