import GRDB
import ModeratCore

/// What became of a comment, as the comment view shows it: its own consideration, one of its
/// passages' or its group's.
public struct CommentOutcome: Equatable, Sendable {
    /// Which consideration speaks for the comment.
    public enum Kind: Equatable, Sendable {
        case whole
        /// Passage `number` of the comment, with the code of the section it speaks to.
        case passage(number: Int, sectionCode: String?)
        /// Group `id`, with the other members' ids.
        case group(id: Int64, others: [Int64])
    }

    public var kind: Kind
    public var outcome: ConsiderationOutcome
    public var state: ConsiderationState
    /// The meeting that agreed it (date `YYYY-MM-DD`, title) and its TOP, when named.
    public var meetingId: Int64?
    public var meetingDate: String?
    public var meetingTitle: String?
    public var agendaNumber: Int?

    /// "12", "12.2", "G3".
    public func number(commentId: Int64) -> String {
        switch kind {
        case .whole: return String(commentId)
        case .passage(let n, _): return "\(commentId).\(n)"
        case .group(let id, _): return "G\(id)"
        }
    }
}

extension Store {
    /// The outcomes recorded for a comment (none until it is considered), passages in order.
    public func outcomes(ofComment commentId: Int64) throws -> [CommentOutcome] {
        try read { db in try CommentOutcomes.of(db, commentId: commentId) }
    }
}

/// The reads behind a comment's outcome: one comment in full (the comment view), or the
/// outcomes of a page of comments (the queue), each found by an index.
enum CommentOutcomes {
    static func of(_ db: Database, commentId: Int64) throws -> [CommentOutcome] {
        let meeting = """
            k.outcome, k.state, k.meeting_id, k.agenda_number, mt.date AS meeting_date, mt.title AS meeting_title
            """
        let rows = try Row.fetchAll(db, sql: """
            SELECT 0 AS sort, NULL AS number, NULL AS code, NULL AS group_id, \(meeting)
            FROM consideration k LEFT JOIN meeting mt ON mt.id = k.meeting_id WHERE k.comment_id = ?
            UNION ALL
            SELECT 1, p.number, s.code, NULL, \(meeting)
            FROM passage p JOIN consideration k ON k.passage_id = p.id LEFT JOIN section s ON s.id = p.section_id
            LEFT JOIN meeting mt ON mt.id = k.meeting_id WHERE p.comment_id = ?
            UNION ALL
            SELECT 2, NULL, NULL, g.group_id, \(meeting)
            FROM consideration_group_member g JOIN consideration k ON k.group_id = g.group_id
            LEFT JOIN meeting mt ON mt.id = k.meeting_id WHERE g.comment_id = ?
            ORDER BY 1, 2
            """, arguments: [commentId, commentId, commentId])
        return try rows.map { row in
            let kind: CommentOutcome.Kind
            if let group: Int64 = row["group_id"] {
                kind = .group(id: group, others: try ConsiderationTargets.members(db, group: group).filter { $0 != commentId })
            } else if let number: Int = row["number"] {
                kind = .passage(number: number, sectionCode: row["code"])
            } else {
                kind = .whole
            }
            return CommentOutcome(kind: kind, outcome: try row.stored("outcome", in: "consideration"),
                                  state: try row.stored("state", in: "consideration"), meetingId: row["meeting_id"],
                                  meetingDate: row["meeting_date"], meetingTitle: row["meeting_title"],
                                  agendaNumber: row["agenda_number"])
        }
    }

    /// The outcomes of each comment of `idList` (`IdList.json`: the queue's page), its own,
    /// its passages' in order, or its group's; comments not considered yet are absent.
    static func of(_ db: Database, idList: String) throws -> [Int64: [ConsiderationOutcome]] {
        var out: [Int64: [ConsiderationOutcome]] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT comment_id, 0 AS n, outcome FROM consideration WHERE comment_id IN (\(IdList.values))
            UNION ALL
            SELECT p.comment_id, p.number, k.outcome FROM passage p JOIN consideration k ON k.passage_id = p.id
            WHERE p.comment_id IN (\(IdList.values))
            UNION ALL
            SELECT g.comment_id, 0, k.outcome FROM consideration_group_member g JOIN consideration k ON k.group_id = g.group_id
            WHERE g.comment_id IN (\(IdList.values))
            ORDER BY 1, 2
            """), arguments: [idList, idList, idList])
        while let row = try rows.next() {
            out[row[0], default: []].append(try row.stored(at: 2, "outcome", in: "consideration"))
        }
        return out
    }
}
