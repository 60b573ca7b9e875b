/// A moderat user's role; the order is the order of power.
public enum Role: String, CaseIterable, Codable, Sendable, Comparable {
    case viewer, moderator, secretary, admin

    /// What each role may do; every action checks this before writing.
    public func may(_ action: Action) -> Bool {
        switch action {
        case .read: return true
        case .decideComments: return self == .moderator || self == .admin
        case .writeMinutes: return self == .secretary || self == .admin
        case .editRoster, .editProjects, .manageUsers, .importData: return self == .admin
        }
    }

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// Actions that roles allow or refuse.
public enum Action: String, CaseIterable, Sendable {
    case read, decideComments, writeMinutes, editRoster, editProjects, manageUsers, importData
}

/// A person allowed to use moderat, bound to an OS account.
public struct Moderator: Equatable, Codable, Sendable {
    public var id: Int64
    public var account: String
    public var displayName: String
    public var role: Role

    public init(id: Int64, account: String, displayName: String, role: Role) {
        self.id = id
        self.account = account
        self.displayName = displayName
        self.role = role
    }
}
