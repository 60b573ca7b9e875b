import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Changes a meeting's details (see `MeetingDetailsChange`: nil leaves a field, "" clears
    /// it). Checks every value first and writes nothing when one is bad; refused once the
    /// minutes are final.
    public func updateMeetingDetails(_ meetingId: Int64, _ change: MeetingDetailsChange) throws {
        var meetingSets: [(String, DatabaseValueConvertible?)] = []
        var minutesSets: [(String, DatabaseValueConvertible?)] = []
        func text(_ value: String?) -> String? {
            guard let value else { return nil }
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed
        }
        // Clocks are checked now; as moments they need the meeting's day, read in the write.
        var clocks: [(column: String, field: String, clock: String?)] = []
        for (column, field, value) in [("starts_at", "start", change.startsAt), ("ends_at", "end", change.endsAt)] {
            guard let value = text(value) else { continue }
            if value.isEmpty {
                clocks.append((column, field, nil))
            } else {
                guard let clock = MinutesClock.normalised(value) else { throw StoreError.invalid(field, line: 0, .notATime(value)) }
                clocks.append((column, field, clock))
            }
        }
        if let isPublic = change.isPublic { meetingSets.append(("is_public", isPublic)) }
        if let chair = text(change.chair) { meetingSets.append(("chair", chair.isEmpty ? nil : chair)) }
        if let taker = text(change.minuteTaker) { meetingSets.append(("minute_taker", taker.isEmpty ? nil : taker)) }
        if let date = text(change.nextMeetingDate) {
            if date.isEmpty {
                meetingSets.append(("next_meeting_on", nil))
            } else {
                guard let day = AgendaMinutesText.dueDay(date) else {
                    throw StoreError.invalid("next-date", line: 0, .notADate(date, germanToo: true))
                }
                meetingSets.append(("next_meeting_on", day.description))
            }
        }
        if let time = text(change.nextMeetingTime) {
            if time.isEmpty {
                meetingSets.append(("next_meeting_time", nil))
            } else {
                guard let clock = MinutesClock.normalised(time) else {
                    throw StoreError.invalid("next-time", line: 0, .notATime(time))
                }
                meetingSets.append(("next_meeting_time", clock))
            }
        }
        if let place = text(change.nextMeetingPlace) { meetingSets.append(("next_meeting_place", place.isEmpty ? nil : place)) }
        if let place = text(change.signaturePlace) { meetingSets.append(("signature_place", place.isEmpty ? nil : place)) }
        if let date = text(change.signatureDate) {
            if date.isEmpty {
                meetingSets.append(("signature_date", nil))
            } else {
                guard let day = AgendaMinutesText.dueDay(date) else {
                    throw StoreError.invalid("signature-date", line: 0, .notADate(date, germanToo: true))
                }
                meetingSets.append(("signature_date", day.description))
            }
        }
        if let list = change.distribution { meetingSets.append(("distribution", MeetingDetailsLines.join(list))) }
        if let list = change.attachments { meetingSets.append(("attachments", MeetingDetailsLines.join(list))) }
        if let approval = change.previousApproval {
            minutesSets.append(("previous_approval", approval.rawValue))
            minutesSets.append(("previous_approved", approval == .approved || approval == .amended))
        }
        if let notes = change.privateNotes { minutesSets.append(("private_notes", notes.trimmingCharacters(in: .whitespacesAndNewlines))) }
        if let note = text(change.quorumNote) {
            if let word = QuorumNote.statedQuorum(note) { throw StoreError.invalid("quorum-note", line: 0, .quorumStated(word: word)) }
            minutesSets.append(("quorum_note", note))
        }
        guard !meetingSets.isEmpty || !minutesSets.isEmpty || !clocks.isEmpty else { return }
        try write(may: .writeMinutes) { db, me, now in
            try MeetingSetupCheck.requireMeeting(db, meetingId)
            try MinutesLock.requireDraft(db, meetingId: meetingId)
            try MinutesLock.ensureMinutesRow(db, meetingId: meetingId)
            let meetingSets = try Self.timeSets(db, meetingId, clocks) + meetingSets
            if !meetingSets.isEmpty {
                try db.execute(sql: "UPDATE meeting SET " + meetingSets.map { "\($0.0) = ?" }.joined(separator: ", ") + " WHERE id = ?",
                               arguments: StatementArguments(meetingSets.map(\.1) + [meetingId]))
            }
            if !minutesSets.isEmpty {
                try db.execute(sql: "UPDATE minutes SET " + minutesSets.map { "\($0.0) = ?" }.joined(separator: ", ")
                               + ", version = version + 1 WHERE meeting_id = ?",
                               arguments: StatementArguments(minutesSets.map(\.1) + [meetingId]))
            }
            // Field names only: the values may hold names and private notes.
            try db.appendAudit(actor: me.account, action: MinutesAudit.details, entity: MinutesAudit.meeting, entityId: String(meetingId),
                               detail: ["fields": (meetingSets + minutesSets).map(\.0).joined(separator: ",")], at: now)
        }
    }

    /// The start and end as stored moments on the meeting's day, checked against each other
    /// as they will stand (one given, the other as stored).
    private static func timeSets(_ db: Database, _ meetingId: Int64,
                                 _ clocks: [(column: String, field: String, clock: String?)]) throws -> [(String, DatabaseValueConvertible?)] {
        guard !clocks.isEmpty else { return [] }
        let row = try Row.fetchOne(db, sql: "SELECT date, starts_at, ends_at FROM meeting WHERE id = ?", arguments: [meetingId])
        var moments: [String: String?] = ["starts_at": row?["starts_at"], "ends_at": row?["ends_at"]]
        for (column, field, clock) in clocks {
            guard let clock else { moments[column] = .some(nil); continue }
            guard let day = (row?["date"] as String?).flatMap({ CalendarDay($0) }), let moment = MeetingSetup.moment(clock, on: day) else {
                throw StoreError.invalid(field, line: 0, .notATime(clock))
            }
            moments[column] = moment
        }
        try MeetingSetup.requireOrder(starts: moments["starts_at"] ?? nil, ends: moments["ends_at"] ?? nil)
        return clocks.map { ($0.column, moments[$0.column] ?? nil) }
    }
}
