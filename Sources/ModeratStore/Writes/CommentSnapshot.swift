import Foundation
import GRDB
import ModeratCore

/// The columns of a comment a write compares and may have to restore.
struct CommentSnapshot {
    var id: Int64
    var processId: Int64
    var state: CommentState
    var version: Int
    var reasonCode: String?
    var publicAnswer: String?
    var internalNote: String?
    var decidedBy: Int64?
    var decidedAt: String?

    static func fetch(_ db: Database, id: Int64) throws -> CommentSnapshot? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT id, process_id, state, version, reason_code, public_answer, internal_note, decided_by, decided_at
            FROM comment WHERE id = ?
            """, arguments: [id]) else { return nil }
        return CommentSnapshot(id: row["id"], processId: row["process_id"],
                               state: try row.stored("state", in: "comment"), version: row["version"],
                               reasonCode: row["reason_code"], publicAnswer: row["public_answer"],
                               internalNote: row["internal_note"], decidedBy: row["decided_by"],
                               decidedAt: row["decided_at"])
    }

    /// The comment, or a clear not-found error.
    static func require(_ db: Database, id: Int64) throws -> CommentSnapshot {
        guard let snapshot = try fetch(db, id: id) else {
            throw StoreError.notFound(.comment(id))
        }
        return snapshot
    }

    /// The comment at `expectedVersion`, or a conflict naming who changed it and when.
    static func require(_ db: Database, id: Int64, version expectedVersion: Int, now: Date) throws -> CommentSnapshot {
        let snapshot = try require(db, id: id)
        guard snapshot.version == expectedVersion else {
            throw StoreError.commentChanged(try ConflictReport.describe(db, commentId: id), now: now, undoing: false)
        }
        return snapshot
    }
}

/// Who changed a comment last and when, for conflict messages.
enum ConflictReport {
    /// Reads the comment's latest audit event (or, without one, its decided_by/at).
    /// `asDecision: false` words it as "changed", for undo, where any change blocks.
    static func describe(_ db: Database, commentId: Int64, asDecision: Bool = true) throws -> CommentConflict {
        let snapshot = try CommentSnapshot.require(db, id: commentId)
        let last = try Row.fetchOne(db, sql: """
            SELECT e.at, e.action, COALESCE(m.display_name, e.actor) AS name
            FROM audit_event e LEFT JOIN moderator m ON m.account = e.actor
            WHERE e.entity = ? AND e.entity_id = ? ORDER BY e.id DESC LIMIT 1
            """, arguments: [AuditEntity.comment, String(commentId)])
        if let last {
            let action = AuditAction(rawValue: last["action"] ?? "")
            let at: String = last["at"]
            return CommentConflict(commentId: commentId, state: snapshot.state, changedBy: last["name"],
                                   changedAt: Timestamps.date(at),
                                   wasDecision: asDecision && action?.decisionKind?.resultingState == snapshot.state)
        }
        let decider = try snapshot.decidedBy.flatMap {
            try String.fetchOne(db, sql: "SELECT display_name FROM moderator WHERE id = ?", arguments: [$0])
        }
        return CommentConflict(commentId: commentId, state: snapshot.state, changedBy: decider,
                               changedAt: snapshot.decidedAt.flatMap(Timestamps.date),
                               wasDecision: asDecision && decider != nil)
    }
}
