import Foundation
import GRDB
import ModeratCore

extension Store {
    /// Joins approved comments into one group considered together and returns the group's
    /// id. When some are already in one group, the others join that group. Refused for a
    /// split comment, one considered on its own, members of two different groups, or
    /// comments of different processes.
    @discardableResult
    public func joinGroup(_ commentIds: [Int64]) throws -> Int64 {
        try write(may: .decideComments) { db, me, now in
            let ids = Array(Set(commentIds)).sorted()
            guard ids.count >= 2 else { throw StoreError.refusal(.groupTooSmall) }
            var processes: Set<Int64> = []
            var groups: Set<Int64> = []
            for id in ids {
                let comment = try CommentSnapshot.require(db, id: id)
                try ConsiderationTargets.requireApproved(comment)
                processes.insert(comment.processId)
                if let group = try Int64.fetchOne(db, sql: "SELECT group_id FROM consideration_group_member WHERE comment_id = ?", arguments: [id]) {
                    groups.insert(group)
                    continue
                }
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM passage WHERE comment_id = ?)", arguments: [id]) == true {
                    throw StoreError.refusal(.splitCannotJoinGroup(commentId: id))
                }
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM consideration WHERE comment_id = ?)", arguments: [id]) == true {
                    throw StoreError.refusal(.consideredAlone(commentId: id))
                }
            }
            guard processes.count == 1, let processId = processes.first else {
                throw StoreError.refusal(.differentProcesses)
            }
            guard groups.count <= 1 else {
                throw StoreError.refusal(.differentGroups(groups.sorted()))
            }
            let groupId: Int64
            if let existing = groups.first {
                groupId = existing
            } else {
                try db.execute(sql: "INSERT INTO consideration_group(process_id, created_at, created_by) VALUES (?, ?, ?)",
                               arguments: [processId, Timestamps.string(now), me.account])
                groupId = db.lastInsertedRowID
            }
            var added: [Int64] = []
            for id in ids {
                try db.execute(sql: "INSERT OR IGNORE INTO consideration_group_member(comment_id, group_id) VALUES (?, ?)",
                               arguments: [id, groupId])
                if db.changesCount > 0 { added.append(id) }
            }
            if added.isEmpty { throw StoreError.refusal(.alreadyInGroup(groupId: groupId)) }
            try db.appendAudit(actor: me.account, action: AuditAction.groupJoin, entity: ConsiderationAuditEntity.group,
                               entityId: String(groupId), detail: ["comments": added.map(String.init).joined(separator: ",")], at: now)
            return groupId
        }
    }

    /// Takes a comment out of its group; a group left with one member is dissolved (its
    /// consideration goes with it, the audit trail keeps its history).
    public func leaveGroup(_ commentId: Int64) throws {
        try write(may: .decideComments) { db, me, now in
            guard let groupId = try Int64.fetchOne(db, sql: "SELECT group_id FROM consideration_group_member WHERE comment_id = ?",
                                                   arguments: [commentId]) else {
                throw StoreError.refusal(.inNoGroup(commentId: commentId))
            }
            if try String.fetchOne(db, sql: "SELECT state FROM consideration WHERE group_id = ?", arguments: [groupId]) == ConsiderationState.agreed.rawValue {
                throw StoreError.refusal(.groupAgreed(groupId: groupId))
            }
            try db.execute(sql: "DELETE FROM consideration_group_member WHERE comment_id = ?", arguments: [commentId])
            var detail = ["comments": String(commentId)]
            let left = try ConsiderationTargets.members(db, group: groupId)
            if left.count < 2 {
                try db.execute(sql: "DELETE FROM consideration_group WHERE id = ?", arguments: [groupId])
                detail["dissolved"] = "1"
            }
            try db.appendAudit(actor: me.account, action: AuditAction.groupLeave, entity: ConsiderationAuditEntity.group,
                               entityId: String(groupId), detail: detail, at: now)
        }
    }
}
