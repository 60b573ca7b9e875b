import Foundation
import GRDB
import ModeratCore

/// The result of trying to mark a comment as being handled.
public enum ClaimOutcome: Equatable, Sendable {
    /// It is yours until then (stored UTC form).
    case claimed(until: String)
    /// Someone else is on it; show who and until when.
    case heldBy(Claim)
}

extension Store {
    /// Marks the comment as handled by the current account for `minutes`, unless someone
    /// else's claim still holds. Claims are presence hints, not decisions, so they write no
    /// audit event and do not change the comment's version.
    public func claim(_ commentId: Int64, minutes: Int = 5) throws -> ClaimOutcome {
        try write(may: .decideComments) { db, me, now in
            let nowText = Timestamps.string(now)
            let until = Timestamps.string(now.addingTimeInterval(Double(minutes) * 60))
            try db.execute(sql: """
                UPDATE comment SET claimed_by = ?, claimed_until = ?
                WHERE id = ? AND (claimed_by IS NULL OR claimed_by = ? OR claimed_until IS NULL OR claimed_until <= ?)
                """, arguments: [me.id, until, commentId, me.id, nowText])
            if db.changesCount == 1 { return .claimed(until: until) }
            _ = try CommentSnapshot.require(db, id: commentId)
            guard let row = try Row.fetchOne(db, sql: """
                SELECT m.display_name, m.account, c.claimed_until FROM comment c JOIN moderator m ON m.id = c.claimed_by
                WHERE c.id = ?
                """, arguments: [commentId]) else { return .claimed(until: until) }
            return .heldBy(Claim(moderatorName: row["display_name"], account: row["account"], until: row["claimed_until"]))
        }
    }

    /// Gives up the current account's claim on the comment (someone else's stays).
    public func release(_ commentId: Int64) throws {
        try write(may: .decideComments) { db, me, _ in
            try db.execute(sql: "UPDATE comment SET claimed_by = NULL, claimed_until = NULL WHERE id = ? AND claimed_by = ?",
                           arguments: [commentId, me.id])
        }
    }
}
