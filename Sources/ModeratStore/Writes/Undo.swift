import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Takes back the current account's last decision (a whole bulk decision at once) that
    /// is not undone yet, restoring state, reason, answer and note. Refuses, naming who and
    /// when, if anyone changed one of those comments since. Writes `comment.undo` events;
    /// nothing is deleted from the audit trail. Returns no receipts when there is nothing
    /// left to undo (not an error: the user is simply told so).
    @discardableResult
    public func undoLast() throws -> [DecisionReceipt] {
        try write(may: .decideComments) { db, me, now in
            guard let last = try UndoQuery.lastOpenDecision(db, actor: me.account) else { return [] }
            let events = try UndoQuery.batch(of: last, db: db, actor: me.account)
            return try UndoQuery.restoreChecked(events, db: db, me: me, now: now)
        }
    }

    /// Takes back the given decision events of the current account (one workbench session's
    /// own decisions, which the session remembers by audit id). Events of other accounts or
    /// ones already undone are skipped; a comment changed since refuses the whole set with
    /// who and when, and nothing changes.
    @discardableResult
    public func undoDecisions(_ auditIds: [Int64]) throws -> [DecisionReceipt] {
        try write(may: .decideComments) { db, me, now in
            let events = try UndoQuery.open(auditIds, db: db, actor: me.account)
            return try UndoQuery.restoreChecked(events, db: db, me: me, now: now)
        }
    }
}

/// A decision event undo may take back, with what it replaced.
struct UndoableDecision {
    var auditId: Int64
    var commentId: Int64
    /// The version the decision produced; undo needs the comment still at it.
    var producedVersion: Int
    /// The state before the decision, from the event (used when no prior row exists,
    /// e.g. events the demo generator wrote).
    var fromState: CommentState
}

enum UndoQuery {
    /// Decision events of `actor` that no `comment.undo` event points at yet.
    private static let openDecisions = """
        SELECT e.id, e.entity_id, CAST(json_extract(e.detail, '$.version') AS INTEGER) AS produced,
               json_extract(e.detail, '$.from') AS from_state
        FROM audit_event e
        WHERE e.actor = ? AND e.entity = '\(AuditEntity.comment)' AND e.action IN (\(AuditAction.decisionSQLList))
          AND NOT EXISTS (SELECT 1 FROM audit_event u
                          WHERE u.entity = e.entity AND u.entity_id = e.entity_id AND u.action = '\(AuditAction.undo.rawValue)'
                            AND CAST(json_extract(u.detail, '$.undoes') AS INTEGER) = e.id)
        """

    /// The events among `auditIds` that are `actor`'s and still open, newest first.
    static func open(_ auditIds: [Int64], db: Database, actor: String) throws -> [UndoableDecision] {
        guard !auditIds.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: openDecisions + """
             AND e.id IN (\(databaseQuestionMarks(count: auditIds.count))) ORDER BY e.id DESC
            """, arguments: StatementArguments([actor] + auditIds)).compactMap(decision)
    }

    /// Checks every comment first so a refusal changes nothing, then restores each.
    static func restoreChecked(_ events: [UndoableDecision], db: Database, me: Moderator, now: Date) throws -> [DecisionReceipt] {
        for event in events {
            let current = try CommentSnapshot.require(db, id: event.commentId)
            if current.version != event.producedVersion, try !onlyUndonePairsSince(event, db: db) {
                let conflict = try ConflictReport.describe(db, commentId: event.commentId, asDecision: false)
                throw StoreError.commentChanged(conflict, now: now, undoing: true)
            }
        }
        return try events.map { event in try restore(event, db: db, me: me, now: now) }
    }

    static func lastOpenDecision(_ db: Database, actor: String) throws -> UndoableDecision? {
        try Row.fetchOne(db, sql: openDecisions + " ORDER BY e.id DESC LIMIT 1", arguments: [actor]).flatMap(decision)
    }

    /// The open events of the bulk decision `last` belongs to (just `last` when it was single).
    static func batch(of last: UndoableDecision, db: Database, actor: String) throws -> [UndoableDecision] {
        guard let batchId = try Int64.fetchOne(db, sql: "SELECT batch_id FROM decision_prior WHERE audit_id = ?",
                                               arguments: [last.auditId]) else { return [last] }
        return try Row.fetchAll(db, sql: openDecisions + """
             AND e.id IN (SELECT audit_id FROM decision_prior WHERE batch_id = ?) ORDER BY e.id DESC
            """, arguments: [actor, batchId]).compactMap(decision)
    }

    /// True when everything that happened to the comment after `event` was taken back
    /// again (later decisions that were undone, and their undos): the comment is as
    /// `event` left it even though its version moved on, so stepping further back is safe.
    static func onlyUndonePairsSince(_ event: UndoableDecision, db: Database) throws -> Bool {
        let others = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM audit_event l
            WHERE l.entity = ? AND l.entity_id = ? AND l.id > ? AND l.action <> '\(AuditAction.undo.rawValue)'
              AND NOT (l.action IN (\(AuditAction.decisionSQLList)) AND EXISTS (
                  SELECT 1 FROM audit_event u
                  WHERE u.entity = l.entity AND u.entity_id = l.entity_id AND u.action = '\(AuditAction.undo.rawValue)'
                    AND CAST(json_extract(u.detail, '$.undoes') AS INTEGER) = l.id))
            """, arguments: [AuditEntity.comment, String(event.commentId), event.auditId]) ?? 0
        return others == 0
    }

    private static func decision(_ row: Row) -> UndoableDecision? {
        let entityId: String? = row["entity_id"]
        let from: String? = row["from_state"]
        guard let commentId = entityId.flatMap(Int64.init), let produced: Int = row["produced"],
              let fromState = from.flatMap(CommentState.init(rawValue:)) else { return nil }
        return UndoableDecision(auditId: row["id"], commentId: commentId, producedVersion: produced, fromState: fromState)
    }

    /// Puts back what the decision replaced and records the undo.
    static func restore(_ event: UndoableDecision, db: Database, me: Moderator, now: Date) throws -> DecisionReceipt {
        let current = try CommentSnapshot.require(db, id: event.commentId)
        let prior = try Row.fetchOne(db, sql: """
            SELECT state, reason_code, public_answer, internal_note, decided_by, decided_at
            FROM decision_prior WHERE audit_id = ?
            """, arguments: [event.auditId])
        let restored: CommentState = try prior.map { try $0.stored("state", in: "decision_prior") } ?? event.fromState
        let newVersion = current.version + 1
        if let prior {
            try db.execute(sql: """
                UPDATE comment SET state = ?, version = ?, reason_code = ?, public_answer = ?, internal_note = ?,
                       decided_by = ?, decided_at = ?
                WHERE id = ? AND version = ?
                """, arguments: [restored.rawValue, newVersion, prior["reason_code"], prior["public_answer"],
                                 prior["internal_note"], prior["decided_by"], prior["decided_at"],
                                 event.commentId, current.version])
        } else {
            // Without a record of what was replaced only the state can be restored; a
            // reason or decider makes no sense on a comment that is pending again.
            let undecided = restored == .pending
            try db.execute(sql: """
                UPDATE comment SET state = ?, version = ?,
                       reason_code = CASE WHEN ? THEN NULL ELSE reason_code END,
                       decided_by = CASE WHEN ? THEN NULL ELSE decided_by END,
                       decided_at = CASE WHEN ? THEN NULL ELSE decided_at END
                WHERE id = ? AND version = ?
                """, arguments: [restored.rawValue, newVersion, undecided, undecided, undecided,
                                 event.commentId, current.version])
        }
        let auditId = try db.appendAudit(
            actor: me.account, action: AuditAction.undo, entity: AuditEntity.comment,
            entityId: String(event.commentId),
            detail: ["from": current.state.rawValue, "to": restored.rawValue, "undoes": String(event.auditId),
                     "version": String(newVersion)],
            at: now)
        return DecisionReceipt(commentId: event.commentId, state: restored, version: newVersion, auditId: auditId,
                               previousState: current.state)
    }
}
