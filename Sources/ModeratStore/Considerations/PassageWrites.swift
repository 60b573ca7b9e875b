import Foundation
import GRDB
import ModeratCore

/// One passage to be cut from a comment: its characters and the section it speaks to.
public struct PassageCut: Equatable, Sendable {
    public var range: PassageRange
    public var sectionId: Int64?

    public init(range: PassageRange, sectionId: Int64? = nil) {
        self.range = range
        self.sectionId = sectionId
    }
}

extension Store {
    /// Splits an approved comment into passages (numbered in text order), each with its own
    /// section. The comment's text stays as it is. Refused for a comment in a group, one
    /// considered as a whole, or one already split.
    @discardableResult
    public func splitIntoPassages(_ commentId: Int64, _ cuts: [PassageCut]) throws -> [Int64] {
        try write(may: .decideComments) { db, me, now in
            try PassageRecord.split(db, me: me, commentId: commentId, cuts: cuts, now: now)
        }
    }

    /// Splits a comment at its paragraphs (blank lines), every passage without a section yet.
    @discardableResult
    public func splitIntoParagraphs(_ commentId: Int64) throws -> [Int64] {
        try write(may: .decideComments) { db, me, now in
            let body = try String.fetchOne(db, sql: "SELECT body FROM comment WHERE id = ?", arguments: [commentId]) ?? ""
            let cuts = Passages.paragraphs(of: body).map { PassageCut(range: $0) }
            return try PassageRecord.split(db, me: me, commentId: commentId, cuts: cuts, now: now)
        }
    }

    /// Sets the section a passage speaks to (nil: none).
    public func setPassageSection(_ passageId: Int64, sectionId: Int64?) throws {
        try write(may: .decideComments) { db, me, now in
            guard let row = try Row.fetchOne(db, sql: "SELECT comment_id, number FROM passage WHERE id = ?", arguments: [passageId]) else {
                throw StoreError.notFound(.passage(passageId))
            }
            let comment = try CommentSnapshot.require(db, id: row["comment_id"])
            var code = ""
            if let sectionId { code = try Tagging.sectionCodes(db, ids: [sectionId], processId: comment.processId)[sectionId] ?? "" }
            try db.execute(sql: "UPDATE passage SET section_id = ? WHERE id = ?", arguments: [sectionId, passageId])
            try db.appendAudit(actor: me.account, action: AuditAction.passageSection,
                               entity: ConsiderationAuditEntity.passage, entityId: String(comment.id),
                               detail: ["passage": String(row["number"] as Int), "section": code], at: now)
        }
    }
}

enum PassageRecord {
    static func split(_ db: Database, me: Moderator, commentId: Int64, cuts: [PassageCut], now: Date) throws -> [Int64] {
        let comment = try CommentSnapshot.require(db, id: commentId)
        try ConsiderationTargets.requireApproved(comment)
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM passage WHERE comment_id = ?)", arguments: [commentId]) == true {
            throw StoreError.refusal(.alreadySplit(commentId: commentId))
        }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM consideration_group_member WHERE comment_id = ?)", arguments: [commentId]) == true {
            throw StoreError.refusal(.splitInGroup(commentId: commentId))
        }
        if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM consideration WHERE comment_id = ?)", arguments: [commentId]) == true {
            throw StoreError.refusal(.splitConsideredWhole(commentId: commentId))
        }
        let body = try String.fetchOne(db, sql: "SELECT body FROM comment WHERE id = ?", arguments: [commentId]) ?? ""
        let ranges: [PassageRange]
        do {
            ranges = try Passages.validate(cuts.map(\.range), body: body)
        } catch let refusal as Passages.Refusal {
            throw StoreError.refusal(.passages(commentId: commentId, refusal))
        }
        let sectionOf = Dictionary(cuts.map { ($0.range, $0.sectionId) }, uniquingKeysWith: { first, _ in first })
        let sectionIds = Set(cuts.compactMap(\.sectionId))
        let codes = try Tagging.sectionCodes(db, ids: sectionIds, processId: comment.processId)
        var ids: [Int64] = []
        for (index, range) in ranges.enumerated() {
            try db.execute(sql: """
                INSERT INTO passage(comment_id, number, start_at, end_at, section_id) VALUES (?, ?, ?, ?, ?)
                """, arguments: [commentId, index + 1, range.start, range.end, sectionOf[range] ?? nil])
            ids.append(db.lastInsertedRowID)
        }
        try db.appendAudit(actor: me.account, action: AuditAction.passageSplit,
                           entity: ConsiderationAuditEntity.passage, entityId: String(commentId),
                           detail: ["passages": String(ranges.count),
                                    "ranges": ranges.map { "\($0.start)-\($0.end)" }.joined(separator: ","),
                                    "sections": ranges.map { (sectionOf[$0] ?? nil).flatMap { codes[$0] } ?? "" }.joined(separator: ",")],
                           at: now)
        return ids
    }
}
