import Foundation
import GRDB
import ModeratCore

/// What saving an agenda item's minutes left behind.
public struct AgendaItemReceipt: Equatable, Sendable {
    public var itemId: Int64
    public var version: Int
}

extension Store {
    /// Replaces an agenda item's result, decisions and action items, if the item is still at
    /// `expectedVersion` (else `StoreError.conflict` naming who changed it and when) and the
    /// minutes are not final (then it is refused: write an amendment). Vote totals may not
    /// exceed the voting members present; action items that stay keep whether they are done.
    @discardableResult
    public func saveAgendaMinutes(_ itemId: Int64, _ minutes: AgendaMinutes, expectedVersion: Int) throws -> AgendaItemReceipt {
        try write(may: .writeMinutes) { db, me, now in
            guard let item = try Row.fetchOne(db, sql: """
                SELECT meeting_id, number, version, updated_by, updated_at FROM agenda_item WHERE id = ?
                """, arguments: [itemId]) else { throw StoreError.notFound(.agendaItem(itemId)) }
            let meetingId: Int64 = item["meeting_id"]
            let number: Int = item["number"]
            try MinutesLock.requireDraft(db, meetingId: meetingId)
            let version: Int = item["version"]
            guard version == expectedVersion else {
                throw StoreError.conflict(try MinutesLock.conflict(number: number, by: item["updated_by"], at: item["updated_at"], db, now: now))
            }
            let meeting = try db.loadMeeting(meetingId)
            let voters = meeting.voters(atItem: number)
            for decision in minutes.decisions {
                if let problem = decision.votes?.problem(voters: voters) {
                    throw StoreError.refusal(.votes(top: number, problem))
                }
            }
            let newVersion = version + 1
            // The text as written (canonical keywords) keeps the order of prose, decisions and actions.
            try db.execute(sql: """
                UPDATE agenda_item SET result = ?, minutes_text = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?
                """, arguments: [minutes.result, AgendaMinutesText.render(minutes, german: true), newVersion, Timestamps.string(now),
                                 me.account, itemId, version])
            try replaceDecisions(db, itemId: itemId, minutes.decisions)
            try replaceActions(db, meetingId: meetingId, itemId: itemId, minutes.actions)
            try MinutesLock.ensureMinutesRow(db, meetingId: meetingId)
            try db.appendAudit(actor: me.account, action: MinutesAudit.saveItem, entity: MinutesAudit.agendaItem,
                               entityId: String(itemId), detail: ["meeting": String(meetingId), "version": String(newVersion)], at: now)
            return AgendaItemReceipt(itemId: itemId, version: newVersion)
        }
    }

    func replaceDecisions(_ db: Database, itemId: Int64, _ decisions: [AgendaMinutes.Decision]) throws {
        try db.execute(sql: "DELETE FROM agenda_decision WHERE agenda_item_id = ?", arguments: [itemId])
        for d in decisions {
            try db.execute(sql: """
                INSERT INTO agenda_decision(agenda_item_id, text, votes_yes, votes_no, votes_abstain, outcome, unanimous)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [itemId, d.text, d.votes?.yes, d.votes?.no, d.votes?.abstain, d.statedOutcome?.rawValue, d.unanimous])
        }
    }

    /// Action items keep their identity (and whether and when they were done) across edits:
    /// an item is the same when who and what are unchanged, else when only the wording
    /// changed (same who, in order), else when only who changed (same what). The rest are
    /// new or gone.
    func replaceActions(_ db: Database, meetingId: Int64, itemId: Int64, _ actions: [AgendaMinutes.ActionItem]) throws {
        let existing = try Row.fetchAll(db, sql: "SELECT id, who, what FROM action_item WHERE agenda_item_id = ? ORDER BY position, id",
                                        arguments: [itemId]).map { (id: $0["id"] as Int64, who: $0["who"] as String, what: $0["what"] as String) }
        let matches = ActionIdentity.match(old: existing.map { ($0.who, $0.what) }, new: actions.map { ($0.who, $0.what) })
        var kept = Set<Int64>()
        for (position, action) in actions.enumerated() {
            if let oldIndex = matches[position] {
                let id = existing[oldIndex].id
                kept.insert(id)
                try db.execute(sql: "UPDATE action_item SET who = ?, what = ?, due_on = ?, position = ? WHERE id = ?",
                               arguments: [action.who, action.what, action.due?.description, position, id])
            } else {
                try db.execute(sql: """
                    INSERT INTO action_item(meeting_id, agenda_item_id, who, what, due_on, position) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [meetingId, itemId, action.who, action.what, action.due?.description, position])
            }
        }
        for gone in existing where !kept.contains(gone.id) {
            try db.execute(sql: "DELETE FROM action_item WHERE id = ?", arguments: [gone.id])
        }
    }

    /// Marks the minutes final (the secretary's step): from then on they are locked and
    /// changes are amendments. Refused while a TOP has an open draft (listed, so each can be
    /// saved or discarded first). The quorum stays computed from attendance; the note is
    /// left as written.
    public func finalizeMinutes(_ meetingId: Int64) throws {
        try write(may: .writeMinutes) { db, me, now in
            let meeting = try db.loadMeeting(meetingId)
            guard meeting.minutes.status == .draft else {
                throw StoreError.refusal(.minutesAlreadyFinal(title: meeting.title))
            }
            let drafts = try db.openDrafts(meetingId: meetingId)
            guard drafts.isEmpty else {
                throw StoreError.refusal(.openDrafts(drafts))
            }
            try MinutesLock.ensureMinutesRow(db, meetingId: meetingId)
            try db.execute(sql: """
                UPDATE minutes SET status = 'final', version = version + 1, finalized_at = ?, finalized_by = ?
                WHERE meeting_id = ? AND status = 'draft'
                """, arguments: [Timestamps.string(now), me.account, meetingId])
            try db.appendAudit(actor: me.account, action: MinutesAudit.finalize, entity: MinutesAudit.meeting,
                               entityId: String(meetingId), detail: ["version": String(meeting.minutes.version + 1)], at: now)
        }
    }

    /// Records a change to final minutes, with author and date (draft minutes are simply edited).
    /// `itemNumber` names the TOP it amends, nil the minutes as a whole.
    public func amendMinutes(_ meetingId: Int64, itemNumber: Int?, text: String) throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw StoreError.refusal(.amendmentNeedsText) }
        try write(may: .writeMinutes) { db, me, now in
            let minutes = try db.loadMinutes(meetingId: meetingId)
            guard minutes.status == .final else {
                throw StoreError.refusal(.minutesStillDraft)
            }
            var itemId: Int64?
            if let itemNumber {
                guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM agenda_item WHERE meeting_id = ? AND number = ?",
                                                  arguments: [meetingId, itemNumber]) else {
                    throw StoreError.notFound(.top(meetingId: meetingId, number: itemNumber))
                }
                itemId = id
            }
            try db.execute(sql: """
                INSERT INTO minutes_amendment(meeting_id, agenda_item_id, text, author, created_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [meetingId, itemId, text, me.account, Timestamps.string(now)])
            let amendmentId = db.lastInsertedRowID
            try db.appendAudit(actor: me.account, action: MinutesAudit.amend, entity: MinutesAudit.meeting,
                               entityId: String(meetingId), detail: ["amendment": String(amendmentId)], at: now)
        }
    }
}

/// The audit names of minutes writes (ids only, never the minutes' text).
enum MinutesAudit {
    static let saveItem = AuditAction.minutesItemSave
    static let finalize = AuditAction.minutesFinalize
    static let amend = AuditAction.minutesAmend
    static let attendance = AuditAction.meetingAttendance
    static let actionDone = AuditAction.actionDone
    static let discardDraft = AuditAction.minutesDraftDiscard
    static let details = AuditAction.meetingDetails
    static let agendaItem = "agenda_item"
    static let meeting = "meeting"
}

/// The rules every minutes write checks first.
enum MinutesLock {
    /// Final minutes are locked: refuses with a message that says what to do instead.
    static func requireDraft(_ db: Database, meetingId: Int64) throws {
        let minutes = try db.loadMinutes(meetingId: meetingId)
        guard minutes.status == .draft else {
            throw StoreError.refusal(.minutesLocked(finalizedBy: minutes.finalizedBy))
        }
    }

    static func ensureMinutesRow(_ db: Database, meetingId: Int64) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO minutes(meeting_id) VALUES (?)", arguments: [meetingId])
    }

    /// "TOP 3 was changed by Claudia Weber at 14:03 since you started; …"
    static func conflict(number: Int, by account: String?, at stamp: String?, _ db: Database, now: Date) throws -> StoreConflict {
        var name: String?
        if let account {
            name = try String.fetchOne(db, sql: "SELECT display_name FROM moderator WHERE account = ?", arguments: [account]) ?? account
        }
        return .minutesItem(top: number, by: name, at: stamp.flatMap(Timestamps.date), now: now)
    }
}
