import Foundation
import GRDB
import ModeratCore

/// A meeting as the secretary prepares it: which board, when and where.
public struct NewMeeting: Equatable, Sendable {
    public var boardSlug: String
    public var title: String
    public var date: CalendarDay
    public var place: String
    /// Local (Berlin) wall-clock times on `date`, "HH:MM".
    public var startsAt: String?
    public var endsAt: String?
    public var minuteTaker: String?

    public init(boardSlug: String, title: String, date: CalendarDay, place: String = "", startsAt: String? = nil,
                endsAt: String? = nil, minuteTaker: String? = nil) {
        self.boardSlug = boardSlug
        self.title = title
        self.date = date
        self.place = place
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.minuteTaker = minuteTaker
    }
}

/// Helpers for preparing a meeting that the command line and the workbench share.
public enum MeetingSetup {
    /// The stored (UTC) form of "HH:MM" Berlin time on `day`, or nil when it is not a time.
    public static func moment(_ clock: String, on day: CalendarDay) -> String? {
        guard let clock = MinutesClock.normalised(clock), let hour = Int(clock.prefix(2)), let minute = Int(clock.suffix(2)),
              let date = dateOf(day, hour, minute) else { return nil }
        return Timestamps.string(date)
    }

    /// A stored start or end as the "HH:MM" (Berlin) it was given as; nil when there is none.
    public static func clock(_ moment: String?) -> String? {
        moment.flatMap(Timestamps.date).map { MinutesClock.hhmm($0) }
    }

    /// The end must not come before the start (`.endsBeforeStart`, named as the end).
    static func requireOrder(starts: String?, ends: String?) throws {
        if let starts, let ends, ends < starts { throw StoreError.invalid("end", line: 0, .endsBeforeStart) }
    }

    private static func dateOf(_ day: CalendarDay, _ hour: Int, _ minute: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Timestamps.displayZone
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
    }
}

extension Store {
    /// Creates a meeting with its (draft) minutes and an attendance line, `absent` to begin
    /// with, for every member holding a seat on the board on that day (the roster as it
    /// stands then). Returns the new meeting's id.
    @discardableResult
    public func createMeeting(_ new: NewMeeting) throws -> Int64 {
        let title = new.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.invalid("title", line: 0, .meetingNeedsTitle) }
        var starts: String?, ends: String?
        if let clock = new.startsAt, !clock.isEmpty {
            guard let moment = MeetingSetup.moment(clock, on: new.date) else {
                throw StoreError.invalid("start", line: 0, .notATime(clock))
            }
            starts = moment
        }
        if let clock = new.endsAt, !clock.isEmpty {
            guard let moment = MeetingSetup.moment(clock, on: new.date) else {
                throw StoreError.invalid("end", line: 0, .notATime(clock))
            }
            ends = moment
        }
        try MeetingSetup.requireOrder(starts: starts, ends: ends)
        let taker = new.minuteTaker?.trimmingCharacters(in: .whitespaces)
        return try write(may: .writeMinutes) { db, me, now in
            let record = try db.loadRoster(boardSlug: new.boardSlug)
            try db.execute(sql: """
                INSERT INTO meeting(board_id, title, date, place, starts_at, ends_at, minute_taker) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.boardId, title, new.date.description, new.place.trimmingCharacters(in: .whitespaces),
                                 starts, ends, taker?.isEmpty == false ? taker : nil])
            let meetingId = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO minutes(meeting_id) VALUES (?)", arguments: [meetingId])
            var seen = Set<Int64>()
            for seat in record.roster.seats {
                guard let holder = record.roster.holder(ofSeat: seat.id, on: new.date), seen.insert(holder.memberId).inserted else { continue }
                try db.execute(sql: "INSERT INTO attendance(meeting_id, member_id, status) VALUES (?, ?, 'absent')",
                               arguments: [meetingId, holder.memberId])
            }
            try db.appendAudit(actor: me.account, action: MinutesAudit.createMeeting, entity: MinutesAudit.meeting,
                               entityId: String(meetingId), detail: ["board": String(record.boardId), "members": String(seen.count)], at: now)
            return meetingId
        }
    }

    /// Adds an agenda item as the next TOP of a meeting; returns its number.
    @discardableResult
    public func addAgendaItem(meetingId: Int64, title: String, isPublic: Bool = true) throws -> Int {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw StoreError.invalid("title", line: 0, .agendaItemNeedsTitle) }
        return try write(may: .writeMinutes) { db, me, now in
            try MeetingSetupCheck.requireMeeting(db, meetingId)
            try MinutesLock.requireDraft(db, meetingId: meetingId)
            let number = (try Int.fetchOne(db, sql: "SELECT MAX(number) FROM agenda_item WHERE meeting_id = ?", arguments: [meetingId]) ?? 0) + 1
            try db.execute(sql: """
                INSERT INTO agenda_item(meeting_id, number, title, is_public, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [meetingId, number, title, isPublic, Timestamps.string(now), me.account])
            let itemId = db.lastInsertedRowID
            try MinutesLock.ensureMinutesRow(db, meetingId: meetingId)
            try db.appendAudit(actor: me.account, action: MinutesAudit.addItem, entity: MinutesAudit.agendaItem,
                               entityId: String(itemId), detail: ["meeting": String(meetingId), "number": String(number)], at: now)
            return number
        }
    }

    /// Adds a guest (name, and whom they came for) to a meeting; returns the guest's id.
    @discardableResult
    public func addGuest(meetingId: Int64, name: String, affiliation: String = "") throws -> Int64 {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw StoreError.invalid("name", line: 0, .guestNeedsName) }
        return try write(may: .writeMinutes) { db, me, now in
            try MeetingSetupCheck.requireMeeting(db, meetingId)
            try MinutesLock.requireDraft(db, meetingId: meetingId)
            try db.execute(sql: "INSERT INTO meeting_guest(meeting_id, name, affiliation) VALUES (?, ?, ?)",
                           arguments: [meetingId, name, affiliation.trimmingCharacters(in: .whitespacesAndNewlines)])
            let guestId = db.lastInsertedRowID
            try MinutesLock.ensureMinutesRow(db, meetingId: meetingId)
            try db.appendAudit(actor: me.account, action: MinutesAudit.addGuest, entity: MinutesAudit.meeting,
                               entityId: String(meetingId), detail: ["guest": String(guestId)], at: now)
            return guestId
        }
    }
}

extension MinutesAudit {
    static let createMeeting = AuditAction.meetingCreate
    static let addItem = AuditAction.meetingItemAdd
    static let addGuest = AuditAction.meetingGuestAdd
}

enum MeetingSetupCheck {
    static func requireMeeting(_ db: Database, _ meetingId: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM meeting WHERE id = ?", arguments: [meetingId]) == true else {
            throw StoreError.notFound(.meeting(meetingId))
        }
    }
}
