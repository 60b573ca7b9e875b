import Foundation
import GRDB
import ModeratCore

extension Store {
    /// What `moderat consider ID [--passage N]` means: passage N of the comment; else the
    /// comment's group when it is in one; else the comment itself. A split comment needs N.
    public func considerationTarget(commentId: Int64, passage: Int? = nil) throws -> ConsiderationTarget {
        try read { db in try ConsiderationTargets.resolve(db, commentId: commentId, passage: passage) }
    }

    /// The consideration of `target`, if it has one.
    public func consideration(_ target: ConsiderationTarget) throws -> Consideration? {
        try read { db in try ConsiderationRecord.fetch(db, target) }
    }
}

/// Finding and checking what a consideration is about.
enum ConsiderationTargets {
    static func resolve(_ db: Database, commentId: Int64, passage: Int?) throws -> ConsiderationTarget {
        _ = try CommentSnapshot.require(db, id: commentId)
        if let passage {
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM passage WHERE comment_id = ? AND number = ?",
                                              arguments: [commentId, passage]) else {
                let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage WHERE comment_id = ?", arguments: [commentId]) ?? 0
                throw StoreError.notFound(count == 0 ? .notSplit(commentId: commentId)
                                                     : .passageNumber(commentId: commentId, number: passage, count: count))
            }
            return .passage(id)
        }
        if let group = try Int64.fetchOne(db, sql: "SELECT group_id FROM consideration_group_member WHERE comment_id = ?",
                                          arguments: [commentId]) {
            return .group(group)
        }
        let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM passage WHERE comment_id = ?", arguments: [commentId]) ?? 0
        if count > 0 {
            throw StoreError.refusal(.namePassage(commentId: commentId, count: count))
        }
        return .comment(commentId)
    }

    /// The target's process after checking it may be considered: its comments approved, a
    /// comment neither split nor in a group (those are considered by passage or as a group).
    static func requireConsiderable(_ db: Database, _ target: ConsiderationTarget) throws -> Int64 {
        switch target {
        case let .comment(id):
            let comment = try CommentSnapshot.require(db, id: id)
            try requireApproved(comment)
            if try Int64.fetchOne(db, sql: "SELECT group_id FROM consideration_group_member WHERE comment_id = ?", arguments: [id]) != nil {
                throw StoreError.refusal(.consideredInGroup(commentId: id))
            }
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM passage WHERE comment_id = ?)", arguments: [id]) == true {
                throw StoreError.refusal(.splitIntoPassages(commentId: id))
            }
            return comment.processId
        case let .passage(id):
            guard let commentId = try Int64.fetchOne(db, sql: "SELECT comment_id FROM passage WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(.passage(id))
            }
            let comment = try CommentSnapshot.require(db, id: commentId)
            try requireApproved(comment)
            return comment.processId
        case let .group(id):
            guard let processId = try Int64.fetchOne(db, sql: "SELECT process_id FROM consideration_group WHERE id = ?", arguments: [id]) else {
                throw StoreError.notFound(.group(id))
            }
            return processId
        }
    }

    static func requireApproved(_ comment: CommentSnapshot) throws {
        guard comment.state == .approved else {
            throw StoreError.refusal(.notApproved(commentId: comment.id, comment.state))
        }
    }

    /// The target as a refusal or conflict names it: its passage's number and comment, its group's comments.
    static func subject(_ db: Database, _ target: ConsiderationTarget) throws -> ConsiderationSubject {
        switch target {
        case let .comment(id):
            return .comment(id)
        case let .passage(id):
            let row = try Row.fetchOne(db, sql: "SELECT comment_id, number FROM passage WHERE id = ?", arguments: [id])
            return row.map { .passage(number: $0["number"], commentId: $0["comment_id"]) } ?? .passageId(id)
        case let .group(id):
            return .group(id, comments: try members(db, group: id))
        }
    }

    static func members(_ db: Database, group: Int64) throws -> [Int64] {
        try Int64.fetchAll(db, sql: "SELECT comment_id FROM consideration_group_member WHERE group_id = ? ORDER BY comment_id",
                           arguments: [group])
    }

    /// Ids only: the target, and the comment(s) it belongs to.
    static func auditDetail(_ db: Database, _ target: ConsiderationTarget) throws -> [String: String] {
        var detail = ["target": target.key]
        switch target {
        case let .comment(id):
            detail["comments"] = String(id)
        case let .passage(id):
            if let row = try Row.fetchOne(db, sql: "SELECT comment_id, number FROM passage WHERE id = ?", arguments: [id]) {
                detail["comments"] = String(row["comment_id"] as Int64)
                detail["passage"] = String(row["number"] as Int)
            }
        case let .group(id):
            detail["comments"] = try members(db, group: id).map(String.init).joined(separator: ",")
        }
        return detail
    }
}
