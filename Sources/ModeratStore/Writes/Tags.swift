import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Makes `sectionIds` the comment's tags exactly. Tags are a set others add to at the
    /// same time, so this is not guarded by the comment's version.
    public func setTags(_ commentId: Int64, sectionIds: Set<Int64>) throws {
        try write(may: .decideComments) { db, me, now in
            let current = Set(try Int64.fetchAll(db, sql: "SELECT section_id FROM comment_section WHERE comment_id = ?",
                                                 arguments: [commentId]))
            try Tagging.change(db, commentId: commentId, add: sectionIds.subtracting(current),
                               remove: current.subtracting(sectionIds), actor: me.account, now: now)
        }
    }

    /// Adds and removes sections of one comment in one transaction (`moderat tag`); tags
    /// others set meanwhile stay.
    public func changeTags(_ commentId: Int64, add: Set<Int64>, remove: Set<Int64>) throws {
        try write(may: .decideComments) { db, me, now in
            try Tagging.change(db, commentId: commentId, add: add.subtracting(remove), remove: remove, actor: me.account, now: now)
        }
    }

    /// Adds the sections to every comment (bulk tagging), all or nothing.
    public func addTags(_ commentIds: [Int64], sectionIds: Set<Int64>) throws {
        try write(may: .decideComments) { db, me, now in
            for id in commentIds {
                try Tagging.change(db, commentId: id, add: sectionIds, remove: [], actor: me.account, now: now)
            }
        }
    }

    /// Takes every tag off every comment ("no section" for marked comments), all or nothing.
    public func clearTags(_ commentIds: [Int64]) throws {
        try write(may: .decideComments) { db, me, now in
            for id in commentIds {
                let current = Set(try Int64.fetchAll(db, sql: "SELECT section_id FROM comment_section WHERE comment_id = ?",
                                                     arguments: [id]))
                try Tagging.change(db, commentId: id, add: [], remove: current, actor: me.account, now: now)
            }
        }
    }

    /// Removes the sections from every comment, all or nothing.
    public func removeTags(_ commentIds: [Int64], sectionIds: Set<Int64>) throws {
        try write(may: .decideComments) { db, me, now in
            for id in commentIds {
                try Tagging.change(db, commentId: id, add: [], remove: sectionIds, actor: me.account, now: now)
            }
        }
    }
}

enum Tagging {
    /// Adds and removes tags of one comment, writing one `comment.tag` / `comment.untag`
    /// event for what really changed (detail `sections`: the codes, comma-separated).
    static func change(_ db: Database, commentId: Int64, add: Set<Int64>, remove: Set<Int64>,
                       actor: String, now: Date) throws {
        let comment = try CommentSnapshot.require(db, id: commentId)
        let codes = try sectionCodes(db, ids: add.union(remove), processId: comment.processId)
        var added: [String] = []
        for id in add.sorted() {
            try db.execute(sql: "INSERT OR IGNORE INTO comment_section(comment_id, section_id) VALUES (?, ?)",
                           arguments: [commentId, id])
            if db.changesCount > 0, let code = codes[id] { added.append(code) }
        }
        var removed: [String] = []
        for id in remove.sorted() {
            try db.execute(sql: "DELETE FROM comment_section WHERE comment_id = ? AND section_id = ?",
                           arguments: [commentId, id])
            if db.changesCount > 0, let code = codes[id] { removed.append(code) }
        }
        for (action, list) in [(AuditAction.tag, added), (AuditAction.untag, removed)] where !list.isEmpty {
            try db.appendAudit(actor: actor, action: action, entity: AuditEntity.comment,
                               entityId: String(commentId), detail: ["sections": list.sorted().joined(separator: ",")],
                               at: now)
        }
    }

    /// Codes of the sections; refuses ids that do not exist or belong to another process.
    static func sectionCodes(_ db: Database, ids: Set<Int64>, processId: Int64) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        var out: [Int64: String] = [:]
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, code FROM section WHERE process_id = ? AND id IN (\(databaseQuestionMarks(count: ids.count)))
            """, arguments: StatementArguments([processId] + ids.sorted()))
        for row in rows { out[row["id"]] = row["code"] }
        let unknown = ids.subtracting(out.keys).sorted()
        if !unknown.isEmpty {
            throw StoreError.refusal(.sectionsOfOtherProcess(unknown))
        }
        return out
    }
}
