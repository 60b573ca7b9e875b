import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Records how a member attended (and, for a substitute, whom they stood in for), and
    /// with `arrivedAt`/`leftAfter` when they came and went, in one transaction: a refused
    /// arrival leaves the status as it was too.
    /// A substitute stands in only for a seat holder of this meeting who is not present, and
    /// each holder has one substitute at most; a holder with a substitute cannot be set
    /// present (set the substitute absent first). Refused once the minutes are final.
    public func setAttendance(_ meetingId: Int64, memberId: Int64, status: AttendanceStatus, standingInFor: Int64? = nil,
                              arrivedAt: PresenceBound = .keep, leftAfter: PresenceBound = .keep) throws {
        try write(may: .writeMinutes) { db, me, now in
            try MinutesLock.requireDraft(db, meetingId: meetingId)
            let meeting = try db.loadMeeting(meetingId)
            try AttendanceCheck.check(meeting, memberId: memberId, status: status, standingInFor: standingInFor, db)
            try db.execute(sql: """
                INSERT INTO attendance(meeting_id, member_id, status, standing_in_for) VALUES (?, ?, ?, ?)
                ON CONFLICT(meeting_id, member_id) DO UPDATE SET status = excluded.status, standing_in_for = excluded.standing_in_for
                """, arguments: [meetingId, memberId, status.rawValue, standingInFor])
            try db.appendAudit(actor: me.account, action: MinutesAudit.attendance, entity: MinutesAudit.meeting,
                               entityId: String(meetingId), detail: ["member": String(memberId), "status": status.rawValue], at: now)
            guard arrivedAt != .keep || leftAfter != .keep else { return }
            let recorded = meeting.attendance.first { $0.memberId == memberId }
            try Self.writeArrival(db, me: me, now: now, meetingId: meetingId, memberId: memberId,
                                  arrivedAt: arrivedAt.applied(to: recorded?.arrivedAtItem),
                                  leftAfter: leftAfter.applied(to: recorded?.leftAfterItem))
        }
    }

    /// Records that a member came late (present from TOP `arrivedAt`) or left early (present
    /// up to TOP `leftAfter`); nil clears. Votes at a TOP count only those there for it.
    public func setArrival(_ meetingId: Int64, memberId: Int64, arrivedAt: Int?, leftAfter: Int?) throws {
        try write(may: .writeMinutes) { db, me, now in
            try Self.writeArrival(db, me: me, now: now, meetingId: meetingId, memberId: memberId, arrivedAt: arrivedAt, leftAfter: leftAfter)
        }
    }

    /// `setArrival` inside a write transaction, checked against the attendance as it now stands.
    private static func writeArrival(_ db: Database, me: Moderator, now: Date, meetingId: Int64, memberId: Int64,
                                     arrivedAt: Int?, leftAfter: Int?) throws {
        try MinutesLock.requireDraft(db, meetingId: meetingId)
        let meeting = try db.loadMeeting(meetingId)
        guard let line = meeting.attendance.first(where: { $0.memberId == memberId }) else {
            throw StoreError.invalid("member", line: 0, .notOnAttendanceList)
        }
        guard line.status == .present || (arrivedAt == nil && leftAfter == nil) else {
            throw StoreError.invalid("member", line: 0, .notPresent(member: line.name))
        }
        for (option, number) in [("arrived-at-top", arrivedAt), ("left-after-top", leftAfter)] {
            if let number, meeting.item(number: number) == nil {
                throw StoreError.invalid(option, line: 0, .noTop(number))
            }
        }
        if let arrivedAt, let leftAfter, leftAfter < arrivedAt {
            throw StoreError.invalid("left-after-top", line: 0, .leavesBeforeArriving(leftAfter: leftAfter, arrivedAt: arrivedAt))
        }
        try db.execute(sql: "UPDATE attendance SET arrived_at_item = ?, left_after_item = ? WHERE meeting_id = ? AND member_id = ?",
                       arguments: [arrivedAt, leftAfter, meetingId, memberId])
        try db.appendAudit(actor: me.account, action: MinutesAudit.attendance, entity: MinutesAudit.meeting,
                           entityId: String(meetingId), detail: ["member": String(memberId), "arrival": "\(arrivedAt ?? 0)-\(leftAfter ?? 0)"], at: now)
    }

    /// Marks an action item done (today, or on `day`), or open again with `done: false`.
    /// A completion date before the meeting or after today is refused.
    public func setActionDone(_ actionId: Int64, done: Bool, on day: CalendarDay? = nil) throws {
        try write(may: .writeMinutes) { db, me, now in
            let today = CalendarDay(now)
            guard let meetingDate = try String.fetchOne(db, sql: """
                SELECT m.date FROM action_item a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?
                """, arguments: [actionId]) else { throw StoreError.notFound(.actionItem(actionId)) }
            let doneOn = day ?? today
            if done, doneOn > today {
                throw StoreError.invalid("on", line: 0, .doneAfterToday(doneOn))
            }
            if done, let agreed = CalendarDay(meetingDate), doneOn < agreed {
                throw StoreError.invalid("on", line: 0, .doneBeforeMeeting(doneOn, meeting: agreed))
            }
            try db.execute(sql: "UPDATE action_item SET done_on = ? WHERE id = ?", arguments: [done ? doneOn.description : nil, actionId])
            try db.appendAudit(actor: me.account, action: MinutesAudit.actionDone, entity: "action_item",
                               entityId: String(actionId), detail: ["done": done ? "yes" : "no"], at: now)
        }
    }
}

/// The substitute rules `setAttendance` enforces.
enum AttendanceCheck {
    static func check(_ meeting: MeetingRecord, memberId: Int64, status: AttendanceStatus, standingInFor: Int64?, _ db: Database) throws {
        let name = { (id: Int64) in meeting.attendance.first { $0.memberId == id }?.name ?? "member \(id)" }
        if let absentee = standingInFor {
            guard absentee != memberId else {
                throw StoreError.invalid("standing-in-for", line: 0, .standsInForSelf)
            }
            guard let holder = meeting.attendance.first(where: { $0.memberId == absentee }), holder.holdsSeat else {
                throw StoreError.invalid("standing-in-for", line: 0, .standsInForNoSeat)
            }
            guard holder.status != .present else {
                throw StoreError.invalid("standing-in-for", line: 0, .holderPresent(holder.name))
            }
            if let other = meeting.attendance.first(where: { $0.standingInForId == absentee && $0.memberId != memberId && $0.status == .present }) {
                throw StoreError.invalid("standing-in-for", line: 0, .alreadyStoodInFor(substitute: other.name, holder: holder.name))
            }
        }
        if status == .present, let substitute = meeting.attendance.first(where: { $0.standingInForId == memberId && $0.status == .present }) {
            throw StoreError.invalid("status", line: 0, .substitutePresent(substitute: substitute.name, holder: name(memberId)))
        }
    }
}
