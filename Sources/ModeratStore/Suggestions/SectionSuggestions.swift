import GRDB
import ModeratCore

/// A section suggested for a comment, with the section's row id for tagging.
public struct SectionSuggestionRow: Equatable, Sendable {
    public let sectionId: Int64
    public let code: String
    public let title: String
    public let score: Double
}

extension ModeratDatabase {
    /// At most this many tagged comments per section teach the ranking (the newest), so a
    /// suggestion costs the same at a million comments as at a thousand.
    static let taggedCommentsPerSection = 200

    /// The sections of comment `commentId`'s process, best fit first; nil when there is no such comment.
    public func sectionSuggestions(commentId: Int64) throws -> [SectionSuggestionRow]? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT process_id, body FROM comment WHERE id = ?", arguments: [commentId]) else {
                return nil
            }
            return try Self.suggestions(db, text: row["body"], processId: row["process_id"], excluding: commentId)
        }
    }

    /// The sections of process `processSlug` ranked for an arbitrary `text`; nil when there is no such process.
    public func sectionSuggestions(text: String, processSlug: String) throws -> [SectionSuggestionRow]? {
        try pool.read { db in
            guard let processId = try Int64.fetchOne(db, sql: "SELECT id FROM process WHERE slug = ?", arguments: [processSlug]) else {
                return nil
            }
            return try Self.suggestions(db, text: text, processId: processId, excluding: nil)
        }
    }

    /// Ranks the process's sections; the comment itself (when it is tagged) does not teach its own ranking.
    static func suggestions(_ db: Database, text: String, processId: Int64, excluding commentId: Int64?) throws -> [SectionSuggestionRow] {
        let (evidence, ids) = try evidence(db, processId: processId, excluding: commentId)
        return SectionRanker(sections: evidence).rank(text).compactMap { suggestion in
            ids[suggestion.code].map { SectionSuggestionRow(sectionId: $0, code: suggestion.code, title: suggestion.title, score: suggestion.score) }
        }
    }

    /// The process's sections with the comments tagged to them, and their row ids by code.
    static func evidence(_ db: Database, processId: Int64, excluding commentId: Int64?) throws -> (evidence: [SectionEvidence], ids: [String: Int64]) {
        let sections = try Row.fetchAll(db, sql: "SELECT id, code, title, body FROM section WHERE process_id = ? ORDER BY ordinal, id",
                                        arguments: [processId])
        var evidence: [SectionEvidence] = []
        var ids: [String: Int64] = [:]
        let tagged = try db.cachedStatement(sql: """
            SELECT c.body FROM comment_section cs JOIN comment c ON c.id = cs.comment_id
            WHERE cs.section_id = ? AND cs.comment_id IS NOT ? AND c.redacted_at IS NULL
            ORDER BY cs.comment_id DESC LIMIT ?
            """)
        for section in sections {
            let id: Int64 = section["id"]
            let code: String = section["code"]
            ids[code] = id
            let bodies = try String.fetchAll(tagged, arguments: [id, commentId, taggedCommentsPerSection])
            evidence.append(SectionEvidence(code: code, title: section["title"], body: section["body"], taggedComments: bodies))
        }
        return (evidence, ids)
    }
}
