import GRDB

/// A section a comment may be tagged to, as the tag picker lists it.
public struct SectionChoice: Equatable, Sendable {
    public var id: Int64
    public var processSlug: String
    public var code: String
    public var title: String
    public var depth: Int
}

extension ModeratDatabase {
    /// The sections of the processes the given comments belong to, in document order: a
    /// comment can only be tagged to its own process's sections.
    public func sectionChoices(forComments commentIds: [Int64]) throws -> [SectionChoice] {
        guard !commentIds.isEmpty else { return [] }
        return try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT s.id, p.slug, s.code, s.title, s.parent_id FROM section s JOIN process p ON p.id = s.process_id
                WHERE s.process_id IN (SELECT DISTINCT process_id FROM comment
                                       WHERE id IN (\(databaseQuestionMarks(count: commentIds.count))))
                ORDER BY p.id, s.ordinal, s.id
                """, arguments: StatementArguments(commentIds))
            var depths = SectionDepths()
            return rows.map { row in
                let id: Int64 = row["id"]
                let depth = depths.next(id: id, parent: row["parent_id"])
                return SectionChoice(id: id, processSlug: row["slug"], code: row["code"], title: row["title"], depth: depth)
            }
        }
    }
}
