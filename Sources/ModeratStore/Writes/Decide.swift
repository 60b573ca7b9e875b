import Foundation
import GRDB
import ModeratCore

/// A comment and the version the caller last saw, for optimistic concurrency.
public struct CommentVersion: Hashable, Sendable {
    public var id: Int64
    public var version: Int

    public init(id: Int64, version: Int) {
        self.id = id
        self.version = version
    }
}

/// What a decision (or an undo) left behind: the comment's new state and version, and the
/// audit event that records it.
public struct DecisionReceipt: Equatable, Sendable {
    public var commentId: Int64
    public var state: CommentState
    public var version: Int
    public var auditId: Int64
    /// The state the comment had before this write, so the app can say "freigegeben → offen".
    public var previousState: CommentState
}

extension Store {
    /// Approves, rejects or holds one comment if it is still at `expectedVersion`; otherwise
    /// throws `StoreError.conflict` naming who changed it and when. `answer` and `note`
    /// replace the public answer and internal note when given. A reversal (approved turned
    /// rejected or back, also by way of a hold) drops the old public answer unless `answer` is
    /// given: it was written for the other decision and must never be published under this one.
    @discardableResult
    public func decide(_ commentId: Int64, _ kind: DecisionKind, expectedVersion: Int, reason: String? = nil,
                       answer: String? = nil, note: String? = nil) throws -> DecisionReceipt {
        try write(may: .decideComments) { db, me, now in
            try Decisions.apply(db, me: me, target: CommentVersion(id: commentId, version: expectedVersion),
                                kind: kind, reason: reason, answer: answer, note: note, now: now)
        }
    }

    /// Throws the conflict (who changed it, when) if the comment moved on from the version
    /// the caller showed; lets a dialog ask its questions only about what is really there.
    public func requireUnchanged(_ target: CommentVersion) throws {
        let now = clock()
        try read { db in _ = try CommentSnapshot.require(db, id: target.id, version: target.version, now: now) }
    }

    /// The public answer deciding `kind` would drop (written for the other decision), so the
    /// workbench can show it and let the user keep, edit or clear it; nil when none would go.
    public func answerDropped(by kind: DecisionKind, commentId: Int64) throws -> String? {
        try read { db in
            guard let current = try CommentSnapshot.fetch(db, id: commentId),
                  try StaleAnswer.isDropped(db, current, to: kind.resultingState) else { return nil }
            return current.publicAnswer
        }
    }

    /// The same decision for many comments, all or nothing: one conflict or refusal and no
    /// comment changes. One undo takes the whole batch back.
    @discardableResult
    public func decideMany(_ targets: [CommentVersion], _ kind: DecisionKind, reason: String? = nil,
                           answer: String? = nil) throws -> [DecisionReceipt] {
        try write(may: .decideComments) { db, me, now in
            let receipts = try targets.map { target in
                try Decisions.apply(db, me: me, target: target, kind: kind, reason: reason,
                                    answer: answer, note: nil, now: now)
            }
            if receipts.count > 1, let first = receipts.first {
                try db.execute(sql: """
                    UPDATE decision_prior SET batch_id = ? WHERE audit_id IN (\(databaseQuestionMarks(count: receipts.count)))
                    """, arguments: StatementArguments([first.auditId] + receipts.map(\.auditId)))
            }
            return receipts
        }
    }
}

enum Decisions {
    /// One decision inside the caller's transaction: checks, UPDATE guarded by version,
    /// audit event, and what it replaced (for undo).
    static func apply(_ db: Database, me: Moderator, target: CommentVersion, kind: DecisionKind,
                      reason: String?, answer: String?, note: String?, now: Date) throws -> DecisionReceipt {
        let current = try CommentSnapshot.require(db, id: target.id, version: target.version, now: now)
        let reason = reason.flatMap { $0.isEmpty ? nil : $0 }
        if let refusal = CommentRules.validate(kind, from: current.state, reasonCode: reason) {
            throw StoreError.decisionRefused(try DecisionRefusal(refusal, commentId: target.id, db: db))
        }
        if let reason {
            let known = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM reason WHERE code = ? AND active = 1)",
                                          arguments: [reason]) ?? false
            if !known {
                throw StoreError.decisionRefused(.unknownReason(reason, known: try activeReasons(db)))
            }
        }
        let newVersion = target.version + 1
        let to = kind.resultingState
        let storedAnswer = answer.flatMap(TextColumn.stored)
        let dropsAnswer = try StaleAnswer.isDropped(db, current, to: to)
        let keptAnswer = dropsAnswer ? storedAnswer : (storedAnswer ?? current.publicAnswer)
        // Deciding ends the claim: the comment is handled.
        try db.execute(sql: """
            UPDATE comment SET state = ?, version = ?, decided_by = ?, decided_at = ?, reason_code = ?,
                   public_answer = ?, internal_note = COALESCE(?, internal_note),
                   claimed_by = NULL, claimed_until = NULL
            WHERE id = ? AND version = ?
            """, arguments: [to.rawValue, newVersion, me.id, Timestamps.string(now), reason,
                             keptAnswer, note.flatMap(TextColumn.stored), target.id, target.version])
        guard db.changesCount == 1 else {
            throw StoreError.commentChanged(try ConflictReport.describe(db, commentId: target.id), now: now, undoing: false)
        }
        var detail = ["from": current.state.rawValue, "to": to.rawValue, "version": String(newVersion)]
        detail["reason"] = reason
        let auditId = try db.appendAudit(actor: me.account, action: AuditAction(kind),
                                         entity: AuditEntity.comment, entityId: String(target.id),
                                         detail: detail, at: now)
        try db.execute(sql: """
            INSERT INTO decision_prior(audit_id, comment_id, state, reason_code, public_answer, internal_note, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [auditId, target.id, current.state.rawValue, current.reasonCode, current.publicAnswer,
                             current.internalNote, current.decidedBy, current.decidedAt])
        return DecisionReceipt(commentId: target.id, state: to, version: newVersion, auditId: auditId,
                               previousState: current.state)
    }

    static func activeReasons(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT code FROM reason WHERE active = 1 ORDER BY ordinal, code")
    }
}

/// Which decision a comment's public answer was written for, and whether a new state makes
/// it stale. A hold publishes nothing and keeps the answer; the published decision before it
/// still owns the answer.
enum StaleAnswer {
    static func isDropped(_ db: Database, _ current: CommentSnapshot, to: CommentState) throws -> Bool {
        guard current.publicAnswer != nil, to != .held, let owner = try writtenFor(db, current) else { return false }
        return owner != to
    }

    static func writtenFor(_ db: Database, _ current: CommentSnapshot) throws -> CommentState? {
        switch current.state {
        case .approved, .rejected: return current.state
        case .pending: return nil
        case .held:
            let before = try String.fetchOne(db, sql: """
                SELECT state FROM decision_prior WHERE comment_id = ? ORDER BY audit_id DESC LIMIT 1
                """, arguments: [current.id])
            return before.flatMap(CommentState.init(rawValue:)).flatMap { $0 == .approved || $0 == .rejected ? $0 : nil }
        }
    }
}

/// How free text from moderators is stored: blank means none.
enum TextColumn {
    static func stored(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }
}
