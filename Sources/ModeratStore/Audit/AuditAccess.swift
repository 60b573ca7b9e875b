import ModeratCore

extension Role {
    /// Whether this role may read the whole audit log. The people who change things
    /// (moderation, the secretary, administration) answer to each other through it; a viewer
    /// reads the content but not who did what. Accounts not on the list (or removed) have
    /// no role and so no access either.
    public var seesAuditLog: Bool { self != .viewer }
}

extension Store {
    /// Refuses (exit 1) an account that may not read the audit log, naming its role.
    public func requireAuditReader() throws {
        guard let me = try currentModerator() else {
            throw StoreError.roleRefused(.notListed(account: account, .readAuditLog))
        }
        guard me.role.seesAuditLog else {
            throw StoreError.roleRefused(.mayNot(.readAuditLog, name: me.displayName, role: me.role))
        }
    }
}
