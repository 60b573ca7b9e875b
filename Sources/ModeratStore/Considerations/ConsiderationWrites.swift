import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Writes the consideration of `target` if it is still at `expectedVersion` (0: it has
    /// none yet). `sectionId` sets the section it concerns (nil keeps it; a passage's section
    /// is the passage's own, see `setPassageSection`). On a conflict nothing is written, the
    /// caller's rationale is kept as a draft (`target.draftKey`) and the error names who
    /// changed it and when, so neither person's text is lost.
    @discardableResult
    public func consider(_ target: ConsiderationTarget, outcome: ConsiderationOutcome, rationale: String,
                         sectionId: Int64? = nil, expectedVersion: Int) throws -> ConsiderationReceipt {
        do {
            return try write(may: .decideComments) { db, me, now in
                try ConsiderationRecord.write(db, me: me, target: target, outcome: outcome, rationale: rationale,
                                              sectionId: sectionId, expectedVersion: expectedVersion, now: now)
            }
        } catch let error as StoreError {
            guard case .conflict(let conflict) = error, !rationale.isEmpty else { throw error }
            try saveDraft(target.draftKey, text: rationale, baseVersion: expectedVersion)
            throw StoreError.conflict(conflict.keepingDraft)
        }
    }

    /// Marks the consideration agreed by the working group ("beschlossen"), optionally at
    /// `meetingId` under TOP `agendaNumber`.
    @discardableResult
    public func agreeConsideration(_ target: ConsiderationTarget, meetingId: Int64? = nil, agendaNumber: Int? = nil,
                                   expectedVersion: Int) throws -> ConsiderationReceipt {
        try write(may: .decideComments) { db, me, now in
            try ConsiderationRecord.setState(db, me: me, target: target, to: .agreed, meetingId: meetingId,
                                             agendaNumber: agendaNumber, expectedVersion: expectedVersion, now: now)
        }
    }

    /// Takes an agreed consideration back to draft, so it can be changed again.
    @discardableResult
    public func reopenConsideration(_ target: ConsiderationTarget, expectedVersion: Int) throws -> ConsiderationReceipt {
        try write(may: .decideComments) { db, me, now in
            try ConsiderationRecord.setState(db, me: me, target: target, to: .draft, meetingId: nil, agendaNumber: nil,
                                             expectedVersion: expectedVersion, now: now)
        }
    }
}

/// The consideration rows' writes inside the caller's transaction.
enum ConsiderationRecord {
    static func write(_ db: Database, me: Moderator, target: ConsiderationTarget, outcome: ConsiderationOutcome,
                      rationale: String, sectionId: Int64?, expectedVersion: Int, now: Date) throws -> ConsiderationReceipt {
        let processId = try ConsiderationTargets.requireConsiderable(db, target)
        if let sectionId {
            if case .passage = target {
                throw StoreError.refusal(.passageSectionIsOwn)
            }
            _ = try Tagging.sectionCodes(db, ids: [sectionId], processId: processId)
        }
        let text = GuidelinesText.clean(rationale).trimmingCharacters(in: .whitespacesAndNewlines)
        let current = try fetch(db, target)
        try check(db, target: target, current: current, expectedVersion: expectedVersion, now: now)
        let stamp = Timestamps.string(now)
        let id: Int64
        let version: Int
        if let current {
            if current.state == .agreed {
                throw StoreError.refusal(.considerationAgreed(try ConsiderationTargets.subject(db, target)))
            }
            version = current.version + 1
            id = current.id
            try db.execute(sql: """
                UPDATE consideration SET outcome = ?, rationale = ?, section_id = COALESCE(?, section_id), version = ?,
                    written_by = ?, written_at = ? WHERE id = ? AND version = ?
                """, arguments: [outcome.rawValue, text, sectionId, version, me.id, stamp, id, current.version])
        } else {
            version = 1
            try db.execute(sql: """
                INSERT INTO consideration(\(target.column), section_id, outcome, rationale, written_by, written_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [target.rowId, sectionId, outcome.rawValue, text, me.id, stamp])
            id = db.lastInsertedRowID
        }
        var detail = try ConsiderationTargets.auditDetail(db, target)
        detail["outcome"] = outcome.rawValue
        detail["version"] = String(version)
        if let previous = current?.outcome, previous != outcome { detail["previous"] = previous.rawValue }
        if current != nil, current?.rationale != text { detail["rationale"] = "changed" }
        if let sectionId { detail["section"] = try Tagging.sectionCodes(db, ids: [sectionId], processId: processId)[sectionId] }
        try db.appendAudit(actor: me.account, action: AuditAction.considerationWrite,
                           entity: ConsiderationAuditEntity.consideration, entityId: String(id), detail: detail, at: now)
        return ConsiderationReceipt(considerationId: id, target: target, outcome: outcome, state: .draft, version: version)
    }

    static func setState(_ db: Database, me: Moderator, target: ConsiderationTarget, to state: ConsiderationState,
                         meetingId: Int64?, agendaNumber: Int?, expectedVersion: Int, now: Date) throws -> ConsiderationReceipt {
        _ = try ConsiderationTargets.requireConsiderable(db, target)
        guard let current = try fetch(db, target) else {
            throw StoreError.refusal(.noConsiderationYet(try ConsiderationTargets.subject(db, target)))
        }
        try check(db, target: target, current: current, expectedVersion: expectedVersion, now: now)
        if current.state == state {
            throw StoreError.refusal(.considerationAlready(try ConsiderationTargets.subject(db, target), state))
        }
        if let meetingId {
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM meeting WHERE id = ?)", arguments: [meetingId]) == true else {
                throw StoreError.notFound(.meeting(meetingId))
            }
            if let agendaNumber, try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = ? AND number = ?)",
                                                   arguments: [meetingId, agendaNumber]) != true {
                throw StoreError.notFound(.top(meetingId: meetingId, number: agendaNumber))
            }
        } else if agendaNumber != nil {
            throw StoreError.refusal(.topNeedsMeeting)
        }
        let version = current.version + 1
        try db.execute(sql: """
            UPDATE consideration SET state = ?, meeting_id = ?, agenda_number = ?, version = ?, written_by = ?, written_at = ?
            WHERE id = ? AND version = ?
            """, arguments: [state.rawValue, meetingId, agendaNumber, version, me.id, Timestamps.string(now), current.id, current.version])
        var detail = try ConsiderationTargets.auditDetail(db, target)
        detail["version"] = String(version)
        detail["outcome"] = current.outcome.rawValue
        if let meetingId { detail["meeting"] = String(meetingId) }
        if let agendaNumber { detail["top"] = String(agendaNumber) }
        let action: AuditAction = state == .agreed ? .considerationAgree : .considerationReopen
        try db.appendAudit(actor: me.account, action: action, entity: ConsiderationAuditEntity.consideration,
                           entityId: String(current.id), detail: detail, at: now)
        return ConsiderationReceipt(considerationId: current.id, target: target, outcome: current.outcome, state: state, version: version)
    }

    /// A conflict when the consideration moved past `expectedVersion`, naming who wrote it and when.
    static func check(_ db: Database, target: ConsiderationTarget, current: Consideration?, expectedVersion: Int, now: Date) throws {
        let version = current?.version ?? 0
        guard version != expectedVersion else { return }
        let what = try ConsiderationTargets.subject(db, target)
        guard let current else {
            throw StoreError.conflict(.considerationGone(what, expectedVersion: expectedVersion, draftKept: false))
        }
        throw StoreError.conflict(.considerationWritten(what, by: current.writtenBy, at: current.writtenAt, now: now,
                                                        outcome: current.outcome, version: current.version, draftKept: false))
    }

    static let columns = """
        k.id, k.outcome, k.rationale, k.state, k.section_id, k.meeting_id, k.agenda_number, k.version,
        COALESCE(m.display_name, '?') AS written_by_name, k.written_at
        """

    static func fetch(_ db: Database, _ target: ConsiderationTarget) throws -> Consideration? {
        try Row.fetchOne(db, sql: """
            SELECT \(columns) FROM consideration k LEFT JOIN moderator m ON m.id = k.written_by WHERE k.\(target.column) = ?
            """, arguments: [target.rowId]).map { try decode($0) }
    }

    /// A consideration from a row holding `columns`; nil when the row has none (outer join).
    static func decode(_ row: Row) throws -> Consideration {
        Consideration(
            id: row["id"], outcome: try row.stored("outcome", in: "consideration"),
            rationale: row["rationale"] ?? "", state: try row.stored("state", in: "consideration"),
            sectionId: row["section_id"], meetingId: row["meeting_id"], agendaNumber: row["agenda_number"],
            version: row["version"], writtenBy: row["written_by_name"],
            writtenAt: Timestamps.date(row["written_at"] ?? "") ?? Date(timeIntervalSince1970: 0))
    }
}
