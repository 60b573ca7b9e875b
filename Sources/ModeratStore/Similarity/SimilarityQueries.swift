import GRDB
import ModeratCore

/// A group of near-identical comments as `moderat groups` and the queue show it.
public struct CommentGroup: Equatable, Sendable {
    /// The smallest comment id in the group.
    public let id: Int64
    /// "campaign" (near-identical text, usually several authors) or "duplicate" (one author, the same text).
    public let kind: String
    public let commentIds: [Int64]
    public let authorCount: Int
    /// The first line of the group's first comment.
    public let firstLine: String
}

/// A wave as `moderat waves` shows it.
public struct CommentWave: Equatable, Sendable {
    public let id: Int64
    /// "burst" (one account, many comments in a short time) or "new-accounts" (many first comments, one text).
    public let kind: String
    /// The account of a burst; nil for new accounts.
    public let author: String?
    public let commentIds: [Int64]
    public let from: String
    public let to: String
}

extension ModeratDatabase {
    /// The groups of near-identical comments, largest first; `processSlug` narrows to groups with a comment there.
    public func commentGroups(processSlug: String? = nil) throws -> [CommentGroup] {
        try pool.read { db in
            // A misspelt process is refused, not answered with an empty list that reads as "no campaigns".
            if let processSlug, try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [processSlug]) == nil {
                throw StoreError.notFound(.process(processSlug))
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT g.group_id, g.kind, g.comment_id, c.author_id, c.body, p.slug
                FROM comment_group g JOIN comment c ON c.id = g.comment_id JOIN process p ON p.id = c.process_id
                ORDER BY g.group_id, g.comment_id
                """)
            var groups: [CommentGroup] = []
            var index = 0
            while index < rows.count {
                let groupId: Int64 = rows[index]["group_id"]
                var end = index
                while end < rows.count, rows[end]["group_id"] as Int64 == groupId { end += 1 }
                let members = rows[index ..< end]
                if processSlug == nil || members.contains(where: { $0["slug"] as String == processSlug }) {
                    let body: String = members.first?["body"] ?? ""
                    groups.append(CommentGroup(
                        id: groupId, kind: members.first?["kind"] ?? "campaign", commentIds: members.map { $0["comment_id"] },
                        authorCount: Set(members.map { $0["author_id"] as Int64? }).count,
                        firstLine: body.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""))
                }
                index = end
            }
            return groups.sorted { $0.commentIds.count != $1.commentIds.count ? $0.commentIds.count > $1.commentIds.count : $0.id < $1.id }
        }
    }

    /// The waves, newest first.
    public func commentWaves() throws -> [CommentWave] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT w.wave_id, w.kind, w.comment_id, a.display_name, c.created_at
                FROM comment_wave w JOIN comment c ON c.id = w.comment_id LEFT JOIN author a ON a.id = w.author_id
                ORDER BY w.kind, w.wave_id, c.created_at, w.comment_id
                """)
            var waves: [CommentWave] = []
            var index = 0
            while index < rows.count {
                let waveId: Int64 = rows[index]["wave_id"]
                let kind: String = rows[index]["kind"]
                var end = index
                while end < rows.count, rows[end]["wave_id"] as Int64 == waveId, rows[end]["kind"] as String == kind { end += 1 }
                let members = rows[index ..< end]
                waves.append(CommentWave(id: waveId, kind: kind, author: members.first?["display_name"],
                                         commentIds: members.map { $0["comment_id"] },
                                         from: members.first?["created_at"] ?? "", to: members.last?["created_at"] ?? ""))
                index = end
            }
            return waves.sorted { $0.to > $1.to }
        }
    }

    /// The group and wave marks of these comments, for the queue: group size and whether a wave flags it.
    public func similarityMarks(commentIds: [Int64]) throws -> [Int64: (groupSize: Int, wave: Bool)] {
        try pool.read { db in
            Dictionary(try SimilarityMarks.fetch(db, commentIds: commentIds).map { ($0.commentId, ($0.groupSize, $0.inWave)) },
                       uniquingKeysWith: { first, _ in first })
        }
    }

    /// The members of group `groupId` with their versions, in the given states (all when empty), oldest first.
    public func groupMembers(_ groupId: Int64, states: Set<CommentState> = []) throws -> [CommentVersion] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT c.id, c.version, c.state FROM comment_group g JOIN comment c ON c.id = g.comment_id
                WHERE g.group_id = ? ORDER BY c.created_at, c.id
                """, arguments: [groupId]).compactMap { row in
                let state: CommentState = try row.stored("state", in: "comment")
                return states.isEmpty || states.contains(state) ? CommentVersion(id: row["id"], version: row["version"]) : nil
            }
        }
    }

    /// The group comment `commentId` belongs to, if any.
    public func groupId(ofComment commentId: Int64) throws -> Int64? {
        try pool.read { db in try Int64.fetchOne(db, sql: "SELECT group_id FROM comment_group WHERE comment_id = ?", arguments: [commentId]) }
    }
}

/// The queue's marks of comments: group and wave. The queue's page query carries them as
/// extra columns (`columns`, `join` on `comment c`), so a page costs no query more for them.
enum SimilarityMarks {
    struct Mark {
        var commentId: Int64
        var groupId: Int64?
        var groupSize = 0
        var inWave = false
    }

    /// The mark columns, for a query over `comment c` with `join`: both lookups are by primary key or index.
    static let columns = """
        sg.group_id AS mark_group, \
        CASE WHEN sg.group_id IS NULL THEN 0 ELSE (SELECT COUNT(*) FROM comment_group sm WHERE sm.group_id = sg.group_id) END AS mark_size, \
        EXISTS (SELECT 1 FROM comment_wave sw WHERE sw.comment_id = c.id) AS mark_wave
        """
    static let join = "LEFT JOIN comment_group sg ON sg.comment_id = c.id"

    /// The mark of a row read with `columns`.
    static func mark(_ row: Row, commentId: Int64) -> Mark {
        Mark(commentId: commentId, groupId: row["mark_group"], groupSize: row["mark_size"], inWave: row["mark_wave"])
    }

    /// The marks of these comments (those with none left out).
    static func fetch(_ db: Database, commentIds: [Int64]) throws -> [Mark] {
        guard !commentIds.isEmpty else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT c.id, \(columns) FROM comment c \(join) WHERE c.id IN (\(databaseQuestionMarks(count: commentIds.count)))
            """, arguments: StatementArguments(commentIds))
            .map { mark($0, commentId: $0["id"]) }
            .filter { $0.groupId != nil || $0.inWave }
    }
}
