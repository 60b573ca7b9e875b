import GRDB
import ModeratCore

/// What became of a comment, as the comment view shows it: its own consideration, its
/// passages' or its group's.
public struct CommentOutcome: Equatable, Sendable {
    /// "12", "12.2", "G3".
    public var number: String
    public var outcome: ConsiderationOutcome
    public var state: ConsiderationState
}

extension Store {
    /// The outcomes recorded for a comment (none until it is considered), passages in order.
    public func outcomes(ofComment commentId: Int64) throws -> [CommentOutcome] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT CAST(? AS TEXT) AS number, outcome, state FROM consideration WHERE comment_id = ?
                UNION ALL
                SELECT p.comment_id || '.' || p.number, k.outcome, k.state FROM passage p JOIN consideration k ON k.passage_id = p.id
                WHERE p.comment_id = ?
                UNION ALL
                SELECT 'G' || g.group_id, k.outcome, k.state FROM consideration_group_member g JOIN consideration k ON k.group_id = g.group_id
                WHERE g.comment_id = ?
                ORDER BY 1
                """, arguments: [commentId, commentId, commentId, commentId]).map {
                CommentOutcome(number: $0["number"], outcome: ConsiderationOutcome(rawValue: $0["outcome"]) ?? .noted,
                               state: ConsiderationState(rawValue: $0["state"]) ?? .draft)
            }
        }
    }
}
