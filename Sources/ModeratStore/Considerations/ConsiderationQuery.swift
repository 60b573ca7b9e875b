import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Everything to be considered in a process (the only one without `processSlug`), in
    /// order of the comments' time; with `sectionId`, only what belongs to that section.
    public func considerationUnits(processSlug: String? = nil, sectionId: Int64? = nil) throws -> [ConsiderationUnit] {
        try read { db in
            let processId: Int64 = try CommentedGuidelinesQuery(db: db, language: .de).findProcess(processSlug)["id"]
            return try ConsiderationUnits(db: db, processId: processId).all(sectionId: sectionId)
        }
    }

    /// The consideration units of one process id (the sections screen knows the id).
    public func considerationUnits(processId: Int64, sectionId: Int64? = nil) throws -> [ConsiderationUnit] {
        try read { db in try ConsiderationUnits(db: db, processId: processId).all(sectionId: sectionId) }
    }
}

/// The reads behind `considerationUnits`: approved comments that are neither split nor
/// grouped, passages of approved comments, and groups. With `texts: false` the bodies stay
/// in the database (counting, as the report does, needs none).
struct ConsiderationUnits {
    let db: Database
    let processId: Int64
    var texts = true

    func all(sectionId: Int64?) throws -> [ConsiderationUnit] {
        let tags = try tagsOfApproved()
        var units = try wholeComments(tags: tags, sectionId: sectionId) + passages() + groups(tags: tags)
        if let sectionId { units = units.filter { $0.sectionIds.contains(sectionId) } }
        return units.sorted { ($0.createdAt, $0.commentIds.first ?? 0, $0.passageNumber ?? 0) < ($1.createdAt, $1.commentIds.first ?? 0, $1.passageNumber ?? 0) }
    }

    /// Section ids per approved comment of the process, in the guidelines' order.
    func tagsOfApproved() throws -> [Int64: [Int64]] {
        var out: [Int64: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT cs.comment_id, cs.section_id FROM comment_section cs
            JOIN comment c ON c.id = cs.comment_id JOIN section s ON s.id = cs.section_id
            WHERE c.process_id = ? AND c.state = 'approved' ORDER BY s.ordinal, s.id
            """, arguments: [processId]) {
            out[row["comment_id"], default: []].append(row["section_id"])
        }
        return out
    }

    static func date(_ row: Row) -> Date {
        Timestamps.date(row["created_at"] ?? "") ?? Date(timeIntervalSince1970: 0)
    }

    static func consideration(_ row: Row) throws -> Consideration? {
        (row["id"] as Int64?) == nil ? nil : try ConsiderationRecord.decode(row)
    }

    /// The body column, or an empty text when bodies are not wanted.
    func body(_ column: String) -> String { texts ? column : "''" }

    /// Whole comments; with `sectionId`, only those tagged to it or considered under it (the
    /// comment_section index finds them, so a section of a large consultation reads only its own).
    func wholeComments(tags: [Int64: [Int64]], sectionId: Int64?) throws -> [ConsiderationUnit] {
        let inSection = sectionId == nil ? "" : """
            AND (c.id IN (SELECT comment_id FROM comment_section WHERE section_id = ?) OR k.section_id = ?)
            """
        return try Row.fetchAll(db, sql: """
            SELECT c.id AS comment_id, \(body("c.body")) AS body, c.author_id, c.created_at, \(ConsiderationRecord.columns)
            FROM comment c
            LEFT JOIN consideration k ON k.comment_id = c.id LEFT JOIN moderator m ON m.id = k.written_by
            WHERE c.process_id = ? AND c.state = 'approved'
              AND NOT EXISTS (SELECT 1 FROM passage p WHERE p.comment_id = c.id)
              AND NOT EXISTS (SELECT 1 FROM consideration_group_member g WHERE g.comment_id = c.id) \(inSection)
            """, arguments: StatementArguments([processId] + (sectionId.map { [$0, $0] } ?? []))).map { row in
            let id: Int64 = row["comment_id"]
            let consideration = try Self.consideration(row)
            return ConsiderationUnit(
                target: .comment(id), commentIds: [id], passageNumber: nil, passageCount: nil, texts: [row["body"]],
                authorIds: [row["author_id"]], createdAt: Self.date(row),
                sectionIds: consideration?.sectionId.map { [$0] } ?? tags[id] ?? [], consideration: consideration)
        }
    }

    func passages() throws -> [ConsiderationUnit] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.id AS passage_id, p.comment_id, p.number, p.start_at, p.end_at, p.section_id AS passage_section,
                   (SELECT COUNT(*) FROM passage q WHERE q.comment_id = p.comment_id) AS passage_count,
                   \(body("c.body")) AS body, c.author_id, c.created_at, \(ConsiderationRecord.columns)
            FROM passage p JOIN comment c ON c.id = p.comment_id
            LEFT JOIN consideration k ON k.passage_id = p.id LEFT JOIN moderator m ON m.id = k.written_by
            WHERE c.process_id = ? AND c.state = 'approved'
            """, arguments: [processId])
        return try rows.map { row in
            let range = PassageRange(start: row["start_at"], end: row["end_at"])
            let section: Int64? = row["passage_section"]
            return ConsiderationUnit(
                target: .passage(row["passage_id"]), commentIds: [row["comment_id"]], passageNumber: row["number"],
                passageCount: row["passage_count"], texts: [range.text(in: row["body"])], authorIds: [row["author_id"]],
                createdAt: Self.date(row), sectionIds: section.map { [$0] } ?? [], consideration: try Self.consideration(row))
        }
    }

    func groups(tags: [Int64: [Int64]]) throws -> [ConsiderationUnit] {
        var members: [Int64: [Row]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT g.group_id, c.id, \(body("c.body")) AS body, c.author_id, c.created_at FROM consideration_group_member g
            JOIN comment c ON c.id = g.comment_id JOIN consideration_group cg ON cg.id = g.group_id
            WHERE cg.process_id = ? AND c.state = 'approved' ORDER BY c.id
            """, arguments: [processId]) {
            members[row["group_id"], default: []].append(row)
        }
        return try Row.fetchAll(db, sql: """
            SELECT cg.id AS group_id, \(ConsiderationRecord.columns)
            FROM consideration_group cg
            LEFT JOIN consideration k ON k.group_id = cg.id LEFT JOIN moderator m ON m.id = k.written_by
            WHERE cg.process_id = ?
            """, arguments: [processId]).compactMap { row in
            let groupId: Int64 = row["group_id"]
            guard let rows = members[groupId], !rows.isEmpty else { return nil }
            let ids: [Int64] = rows.map { $0["id"] }
            let consideration = try Self.consideration(row)
            // Without a section of its own, a group belongs where any member is tagged.
            var sections: [Int64] = []
            for id in ids { for s in tags[id] ?? [] where !sections.contains(s) { sections.append(s) } }
            return ConsiderationUnit(
                target: .group(groupId), commentIds: ids, passageNumber: nil, passageCount: nil,
                texts: rows.map { $0["body"] }, authorIds: rows.map { $0["author_id"] },
                createdAt: rows.map(Self.date).min() ?? Date(timeIntervalSince1970: 0),
                sectionIds: consideration?.sectionId.map { [$0] } ?? sections, consideration: consideration)
        }
    }
}
