import Foundation
import GRDB
import ModeratCore

/// The audit actions of `moderat users`; entity `moderator`, details hold accounts and roles only.
enum UserAuditAction {
    static let add = AuditAction.userAdd
    static let role = AuditAction.userRole
    static let remove = AuditAction.userRemove
    static let entity = "moderator"
}

extension Store {
    /// Puts an OS account on moderat's list with a role (admins only). An account that was
    /// removed becomes active again; one that is active is bad input (65).
    @discardableResult
    public func addUser(account: String, displayName: String, role roleText: String) throws -> UserAddition {
        let account = try UserInput.account(account)
        let name = try UserInput.displayName(displayName)
        let role = try UserInput.role(roleText, option: "--role")
        return try write(may: .manageUsers) { db, me, now in
            let existing = try Row.fetchOne(db, sql: "SELECT id, removed_at FROM moderator WHERE account = ?", arguments: [account])
            var detail = ["account": account, "role": role.rawValue]
            let result: UserAddition
            if let existing {
                guard let _: String = existing["removed_at"] else {
                    throw StoreError.badInput(file: "ACCOUNT", line: 0,
                                              reason: "'\(account)' is on the list already (change its role with `moderat users set-role \(account) ROLE`)")
                }
                let id: Int64 = existing["id"]
                try db.execute(sql: "UPDATE moderator SET display_name = ?, role = ?, removed_at = NULL WHERE id = ?",
                               arguments: [name, role.rawValue, id])
                detail["restored"] = "true"
                result = .restored(id)
            } else {
                try db.execute(sql: "INSERT INTO moderator(account, display_name, role, created_at) VALUES (?, ?, ?, ?)",
                               arguments: [account, name, role.rawValue, Timestamps.string(now)])
                result = .added(db.lastInsertedRowID)
            }
            try db.appendAudit(actor: me.account, action: UserAuditAction.add, entity: UserAuditAction.entity,
                               entityId: String(result.id), detail: detail, at: now)
            return result
        }
    }

    /// Gives an account another role (admins only) and returns the role it had. The same role
    /// again changes nothing and logs nothing; demoting the last admin is refused.
    @discardableResult
    public func setUserRole(account: String, role roleText: String) throws -> Role {
        let role = try UserInput.role(roleText, option: "ROLE")
        return try write(may: .manageUsers) { db, me, now in
            let user = try db.activeUser(account: account)
            guard user.role != role else { return user.role }
            if user.role == .admin { try db.requireAnotherAdmin(than: user.id, .lastAdmin(account: account, .role(role))) }
            try db.execute(sql: "UPDATE moderator SET role = ? WHERE id = ?", arguments: [role.rawValue, user.id])
            try db.appendAudit(actor: me.account, action: UserAuditAction.role, entity: UserAuditAction.entity,
                               entityId: String(user.id),
                               detail: ["account": account, "from": user.role.rawValue, "to": role.rawValue], at: now)
            return user.role
        }
    }

    /// Takes an account off the list (admins only); from then on it reads only. A row that
    /// comments, undo records or audit events point at stays, marked removed, so decisions
    /// remain countable and attributable; an unused row is deleted. Removing the last admin
    /// is refused.
    @discardableResult
    public func removeUser(account: String) throws -> UserRemoval {
        try write(may: .manageUsers) { db, me, now in
            let user = try db.activeUser(account: account)
            if user.role == .admin { try db.requireAnotherAdmin(than: user.id, .lastAdmin(account: account, .remove)) }
            let referenced = try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM comment WHERE decided_by = ?1)
                    OR EXISTS (SELECT 1 FROM comment WHERE claimed_by = ?1)
                    OR EXISTS (SELECT 1 FROM decision_prior WHERE decided_by = ?1)
                    OR EXISTS (SELECT 1 FROM audit_event WHERE actor = ?2)
                """, arguments: [user.id, account]) ?? true
            let removal: UserRemoval
            if referenced {
                try db.execute(sql: "UPDATE moderator SET removed_at = ? WHERE id = ?", arguments: [Timestamps.string(now), user.id])
                removal = .markedRemoved
            } else {
                try db.execute(sql: "DELETE FROM moderator WHERE id = ?", arguments: [user.id])
                removal = .deleted
            }
            try db.appendAudit(actor: me.account, action: UserAuditAction.remove, entity: UserAuditAction.entity,
                               entityId: String(user.id),
                               detail: ["account": account, "role": user.role.rawValue, "row": removal.rawValue], at: now)
            return removal
        }
    }
}

extension ModeratDatabase {
    /// Every account on the list, removed ones included, by account name.
    public func users() throws -> [UserRecord] {
        do {
            return try pool.read { db in
                let removed = try db.moderatorHasRemovedAt() ? "removed_at" : "NULL AS removed_at"
                return try Row.fetchAll(db, sql: """
                    SELECT id, account, display_name, role, created_at, \(removed) FROM moderator ORDER BY account
                    """).map { row in
                    let roleText: String = row["role"]
                    return UserRecord(id: row["id"], account: row["account"], displayName: row["display_name"],
                                      role: Role(rawValue: roleText) ?? .viewer, createdAt: row["created_at"],
                                      removedAt: row["removed_at"])
                }
            }
        } catch let error as DatabaseError {
            throw StoreError.io(path: path, reason: error.message ?? "\(error)")
        }
    }
}

extension Database {
    /// The active (not removed) user with this account; bad input (65) otherwise.
    fileprivate func activeUser(account: String) throws -> Moderator {
        guard let user = try moderator(account: account) else {
            throw StoreError.badInput(file: "ACCOUNT", line: 0, reason: "'\(account)' is not on moderat's list of users (see `moderat users list`)")
        }
        return user
    }

    /// Refuses (exit 1) unless an active admin other than `id` remains.
    fileprivate func requireAnotherAdmin(than id: Int64, _ refusal: StoreRefusal) throws {
        let others = try Int.fetchOne(self, sql: """
            SELECT COUNT(*) FROM moderator WHERE role = 'admin' AND removed_at IS NULL AND id <> ?
            """, arguments: [id]) ?? 0
        if others == 0 {
            throw StoreError.refusal(refusal)
        }
    }
}
