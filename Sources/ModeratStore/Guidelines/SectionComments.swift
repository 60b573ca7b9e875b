import Foundation
import GRDB
import ModeratCore

/// The first comments tagged to one section, for the Sections screen's detail pane.
public struct SectionComments: Equatable, Sendable {
    /// Every comment tagged to the section, whatever its state.
    public var total: Int
    /// Open ones first (pending, held), then approved, then rejected; newest first within each.
    public var rows: [SectionCommentRow]

    public init(total: Int = 0, rows: [SectionCommentRow] = []) {
        self.total = total
        self.rows = rows
    }
}

/// One comment in the Sections screen's list of a section's comments.
public struct SectionCommentRow: Equatable, Sendable {
    public var id: Int64
    public var state: CommentState
    public var authorName: String?
    /// As stored (ISO 8601, UTC).
    public var createdAt: String
    public var firstLine: String
}

extension ModeratDatabase {
    /// Up to `limit` comments of a section; the order puts what needs work at the top.
    public func sectionComments(sectionId: Int64, limit: Int = 20) throws -> SectionComments {
        try pool.read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comment_section WHERE section_id = ?",
                                         arguments: [sectionId]) ?? 0
            let rows = try Row.fetchAll(db, sql: """
                SELECT c.id, c.state, a.display_name, c.created_at,
                       substr(c.body, 1, \(QueueRow.excerptLength)) AS excerpt
                FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
                LEFT JOIN author a ON a.id = c.author_id
                WHERE cs.section_id = ?
                ORDER BY CASE c.state WHEN 'pending' THEN 0 WHEN 'held' THEN 1 WHEN 'approved' THEN 2 ELSE 3 END,
                         c.created_at DESC, c.id DESC
                LIMIT ?
                """, arguments: [sectionId, limit])
            return SectionComments(total: total, rows: try rows.map { row in
                SectionCommentRow(id: row["id"], state: try row.stored("state", in: "comment"),
                                  authorName: row["display_name"],
                                  createdAt: row["created_at"],
                                  firstLine: QueueRow.firstLine(of: row["excerpt"] ?? ""))
            })
        }
    }
}
