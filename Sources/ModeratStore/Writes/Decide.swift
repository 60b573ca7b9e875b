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
}

extension Store {
    /// Approves, rejects or holds one comment if it is still at `expectedVersion`; otherwise
    /// throws `StoreError.conflict` naming who changed it and when. `answer` and `note`
    /// replace the public answer and internal note when given.
    @discardableResult
    public func decide(_ commentId: Int64, _ kind: DecisionKind, expectedVersion: Int, reason: String? = nil,
                       answer: String? = nil, note: String? = nil) throws -> DecisionReceipt {
        try write(may: .decideComments) { db, me, now in
            try Decisions.apply(db, me: me, target: CommentVersion(id: commentId, version: expectedVersion),
                                kind: kind, reason: reason, answer: answer, note: note, now: now)
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
            throw StoreError.refused(try message(refusal, commentId: target.id, kind: kind, db: db))
        }
        if let reason {
            let known = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM reason WHERE code = ? AND active = 1)",
                                          arguments: [reason]) ?? false
            if !known {
                throw StoreError.refused("Unknown reason code '\(reason)'. Known: \(try activeReasons(db).joined(separator: ", ")).")
            }
        }
        let newVersion = target.version + 1
        let to = kind.resultingState
        // Deciding ends the claim: the comment is handled.
        try db.execute(sql: """
            UPDATE comment SET state = ?, version = ?, decided_by = ?, decided_at = ?, reason_code = ?,
                   public_answer = COALESCE(?, public_answer), internal_note = COALESCE(?, internal_note),
                   claimed_by = NULL, claimed_until = NULL
            WHERE id = ? AND version = ?
            """, arguments: [to.rawValue, newVersion, me.id, Timestamps.string(now), reason,
                             answer.flatMap(TextColumn.stored), note.flatMap(TextColumn.stored), target.id, target.version])
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
        return DecisionReceipt(commentId: target.id, state: to, version: newVersion, auditId: auditId)
    }

    static func activeReasons(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT code FROM reason WHERE active = 1 ORDER BY ordinal, code")
    }

    static func message(_ refusal: CommentRules.Refusal, commentId: Int64, kind: DecisionKind, db: Database) throws -> String {
        switch refusal {
        case let .alreadyInState(state):
            return "Comment \(commentId) is already \(state.rawValue); nothing was changed."
        case .reasonRequired:
            return "Rejecting needs a reason code (one of: \(try activeReasons(db).joined(separator: ", ")))."
        case .reasonNotAllowed:
            return "Approving takes no reason code; nothing was changed."
        }
    }
}

/// How free text from moderators is stored: blank means none.
enum TextColumn {
    static func stored(_ text: String) -> String? {
        text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
    }
}
