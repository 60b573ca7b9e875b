import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Records how a member attended (and, for a substitute, whom they stood in for).
    /// Refused once the minutes are final.
    public func setAttendance(_ meetingId: Int64, memberId: Int64, status: AttendanceStatus, standingInFor: Int64? = nil) throws {
        try write(may: .writeMinutes) { db, me, now in
            try MinutesLock.requireDraft(db, meetingId: meetingId)
            try db.execute(sql: """
                INSERT INTO attendance(meeting_id, member_id, status, standing_in_for) VALUES (?, ?, ?, ?)
                ON CONFLICT(meeting_id, member_id) DO UPDATE SET status = excluded.status, standing_in_for = excluded.standing_in_for
                """, arguments: [meetingId, memberId, status.rawValue, standingInFor])
            try db.appendAudit(actor: me.account, action: MinutesAudit.attendance, entity: MinutesAudit.meeting,
                               entityId: String(meetingId), detail: ["member": String(memberId), "status": status.rawValue], at: now)
        }
    }

    /// Marks an action item done today (or open again with `done: false`).
    public func setActionDone(_ actionId: Int64, done: Bool) throws {
        try write(may: .writeMinutes) { db, me, now in
            let day = CalendarDay(now)
            try db.execute(sql: "UPDATE action_item SET done_on = ? WHERE id = ?", arguments: [done ? day.description : nil, actionId])
            guard db.changesCount == 1 else { throw StoreError.notFound("no action item \(actionId)") }
            try db.appendAudit(actor: me.account, action: MinutesAudit.actionDone, entity: "action_item",
                               entityId: String(actionId), detail: ["done": done ? "yes" : "no"], at: now)
        }
    }
}
