import Foundation
import GRDB
import ModeratCore

extension Store {
    /// One comment with its thread, tags, history and claim; nil when there is no such comment.
    public func comment(_ id: Int64) throws -> CommentDetail? {
        let now = clock()
        return try read { db in try CommentDetailQuery.fetch(db, id: id, now: now) }
    }

    /// The audit trail of one comment, oldest first.
    public func history(of commentId: Int64) throws -> [HistoryEntry] {
        try read { db in try CommentDetailQuery.history(db, commentId: commentId) }
    }
}

enum CommentDetailQuery {
    static func fetch(_ db: Database, id: Int64, now: Date) throws -> CommentDetail? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT c.*, p.slug AS process_slug, p.title AS process_title,
                   a.display_name AS author_name, a.erased_at AS author_erased_at,
                   d.display_name AS decided_name,
                   m.display_name AS claimed_name, m.account AS claimed_account
            FROM comment c
            JOIN process p ON p.id = c.process_id
            LEFT JOIN author a ON a.id = c.author_id
            LEFT JOIN moderator d ON d.id = c.decided_by
            LEFT JOIN moderator m ON m.id = c.claimed_by
            WHERE c.id = ?
            """, arguments: [id]) else { return nil }
        let authorId: Int64? = row["author_id"]
        let authorName: String? = row["author_name"]
        let erasedAt: String? = row["author_erased_at"]
        let parentId: Int64? = row["parent_id"]
        var claim: Claim?
        if let until: String = row["claimed_until"], until > Timestamps.string(now),
           let name: String = row["claimed_name"], let account: String = row["claimed_account"] {
            claim = Claim(moderatorName: name, account: account, until: until)
        }
        return CommentDetail(
            id: id, source: row["source"], externalId: row["external_id"],
            state: try row.stored("state", in: "comment"), version: row["version"],
            createdAt: row["created_at"], body: row["body"], locale: row["locale"], alignment: row["alignment"],
            author: authorId.map { AuthorRef(id: $0, displayName: authorName ?? "", isErased: erasedAt != nil) },
            process: ProcessRef(id: row["process_id"], slug: row["process_slug"], title: row["process_title"]),
            parent: try parentId.flatMap { try summaries(db, where: "c.id = ?", arguments: [$0], limit: 1).first },
            replies: try summaries(db, where: "c.parent_id = ?", arguments: [id], limit: CommentDetail.replyLimit),
            tags: try tags(db, commentId: id),
            history: try history(db, commentId: id),
            decidedBy: row["decided_name"], decidedAt: row["decided_at"], reasonCode: row["reason_code"],
            publicAnswer: row["public_answer"], internalNote: row["internal_note"], claim: claim)
    }

    static func summaries(_ db: Database, where condition: String, arguments: StatementArguments,
                          limit: Int) throws -> [CommentSummary] {
        try Row.fetchAll(db, sql: """
            SELECT c.id, c.state, c.created_at, a.display_name AS author_name,
                   substr(c.body, 1, \(QueueRow.excerptLength)) AS excerpt
            FROM comment c LEFT JOIN author a ON a.id = c.author_id
            WHERE \(condition) ORDER BY c.created_at, c.id LIMIT \(limit)
            """, arguments: arguments).map { row in
            return CommentSummary(id: row["id"], state: try row.stored("state", in: "comment"),
                                  createdAt: row["created_at"], authorName: row["author_name"],
                                  firstLine: QueueRow.firstLine(of: row["excerpt"] ?? ""))
        }
    }

    static func tags(_ db: Database, commentId: Int64) throws -> [SectionTag] {
        try Row.fetchAll(db, sql: """
            SELECT s.id, s.code, s.title FROM comment_section cs JOIN section s ON s.id = cs.section_id
            WHERE cs.comment_id = ? ORDER BY s.code
            """, arguments: [commentId]).map { SectionTag(id: $0["id"], code: $0["code"], title: $0["title"]) }
    }

    static func history(_ db: Database, commentId: Int64) throws -> [HistoryEntry] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.at, e.actor, e.action, m.display_name,
                   json_extract(e.detail, '$.from') AS from_state, json_extract(e.detail, '$.to') AS to_state,
                   json_extract(e.detail, '$.reason') AS reason,
                   CAST(json_extract(e.detail, '$.undoes') AS INTEGER) AS undoes
            FROM audit_event e LEFT JOIN moderator m ON m.account = e.actor
            WHERE e.entity = ? AND e.entity_id = ? ORDER BY e.id
            """, arguments: [AuditEntity.comment, String(commentId)]).map { row in
            let actor: String = row["actor"]
            let from: String? = row["from_state"]
            let to: String? = row["to_state"]
            return HistoryEntry(auditId: row["id"], at: row["at"], actor: actor,
                                actorName: row["display_name"] ?? actor, action: row["action"],
                                from: from.flatMap(CommentState.init(rawValue:)),
                                to: to.flatMap(CommentState.init(rawValue:)),
                                reasonCode: row["reason"], undoes: row["undoes"])
        }
    }
}
