import GRDB

/// One guideline section with its comment counts, for the Sections screen.
public struct SectionOverviewRow: Equatable, Sendable {
    public var id: Int64
    public var processId: Int64
    public var code: String
    public var title: String
    public var depth: Int
    public var pending: Int
    public var approved: Int
    public var rejected: Int
    public var answered: Int
}

extension ModeratDatabase {
    /// Every section of every process in document order, with counts of tagged comments.
    /// Sections are few (tens), and their counts come from the comment_section index.
    public func sectionOverview() throws -> [SectionOverviewRow] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id, s.process_id, s.code, s.title, s.parent_id,
                       COALESCE(SUM(c.state = 'pending'), 0) AS pending,
                       COALESCE(SUM(c.state = 'approved'), 0) AS approved,
                       COALESCE(SUM(c.state = 'rejected'), 0) AS rejected,
                       COALESCE(SUM(c.public_answer IS NOT NULL AND c.public_answer <> ''), 0) AS answered
                FROM section s
                LEFT JOIN comment_section cs ON cs.section_id = s.id
                LEFT JOIN comment c ON c.id = cs.comment_id
                GROUP BY s.id
                ORDER BY s.process_id, s.ordinal, s.id
                """)
            var depthOf: [Int64: Int] = [:]
            return rows.map { row in
                let id: Int64 = row["id"]
                let parent: Int64? = row["parent_id"]
                let depth = parent.flatMap { depthOf[$0].map { $0 + 1 } } ?? 0
                depthOf[id] = depth
                return SectionOverviewRow(id: id, processId: row["process_id"], code: row["code"], title: row["title"],
                                          depth: depth, pending: row["pending"], approved: row["approved"],
                                          rejected: row["rejected"], answered: row["answered"])
            }
        }
    }

    /// The text of one section.
    public func sectionBody(id: Int64) throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT body FROM section WHERE id = ?", arguments: [id]) ?? "" }
    }
}
