import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Replaces the public answer (nil or blank removes it) if the comment is still at
    /// `expectedVersion`; returns the new version.
    @discardableResult
    public func setAnswer(_ commentId: Int64, _ text: String?, expectedVersion: Int) throws -> Int {
        try setText(.publicAnswer, commentId: commentId, text: text, expectedVersion: expectedVersion)
    }

    /// Replaces the internal note (never published) the same way.
    @discardableResult
    public func setNote(_ commentId: Int64, _ text: String?, expectedVersion: Int) throws -> Int {
        try setText(.internalNote, commentId: commentId, text: text, expectedVersion: expectedVersion)
    }

    /// The two free-text fields share one guarded write; the audit row says which changed,
    /// never what it says.
    private func setText(_ field: TextField, commentId: Int64, text: String?, expectedVersion: Int) throws -> Int {
        try write(may: .decideComments) { db, me, now in
            _ = try CommentSnapshot.require(db, id: commentId, version: expectedVersion, now: now)
            let newVersion = expectedVersion + 1
            try db.execute(sql: "UPDATE comment SET \(field.column) = ?, version = ? WHERE id = ? AND version = ?",
                           arguments: [text.flatMap(TextColumn.stored), newVersion, commentId, expectedVersion])
            try db.appendAudit(actor: me.account, action: field.action, entity: AuditEntity.comment,
                               entityId: String(commentId), detail: ["version": String(newVersion)], at: now)
            return newVersion
        }
    }
}

/// A moderator-written text column of `comment`.
private enum TextField {
    case publicAnswer, internalNote

    var column: String {
        switch self {
        case .publicAnswer: return "public_answer"
        case .internalNote: return "internal_note"
        }
    }

    var action: AuditAction {
        switch self {
        case .publicAnswer: return .answer
        case .internalNote: return .note
        }
    }
}
