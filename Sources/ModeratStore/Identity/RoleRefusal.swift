import ModeratCore

/// Why the store refused an account by its role, as a value: the workbench and the command
/// line word it in the user's language (`description` is the English wording for logs and scripts).
public enum RoleRefusal: Equatable, Sendable, CustomStringConvertible {
    /// What the account tried.
    public enum Deed: Equatable, Sendable {
        case action(Action)
        case readAuditLog
    }

    /// The account is not on moderat's list of users (or was removed).
    case notListed(account: String, Deed)
    /// The account's role does not allow the deed.
    case mayNot(Deed, name: String, role: Role)

    public var description: String {
        switch self {
        case let .notListed(account, .readAuditLog):
            return "The account '\(account)' is not on moderat's list of users; the audit log is for moderators, secretaries and admins."
        case let .notListed(account, .action):
            return "The account '\(account)' is not on moderat's list of users; ask an administrator to add it."
        case let .mayNot(.readAuditLog, name, role):
            return "\(name) (\(role.rawValue)) may not read the audit log: it is for moderators, secretaries and admins."
        case let .mayNot(.action(action), name, role):
            return "\(name) (\(role.rawValue)) may not \(Self.phrase(action)); nothing was changed."
        }
    }

    private static func phrase(_ action: Action) -> String {
        switch action {
        case .read: return "read this database"
        case .decideComments: return "moderate comments"
        case .writeMinutes: return "write minutes"
        case .editRoster: return "edit the roster"
        case .editProjects: return "edit projects"
        case .manageUsers: return "manage users"
        case .importData: return "import data"
        }
    }
}
