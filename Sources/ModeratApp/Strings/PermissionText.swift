import ModeratCore
import ModeratStore

/// What key bindings say about who may use them (KeyBinding.requires); German and English
/// below, both exhaustive.
public enum PermissionText: Sendable, Equatable {
    /// The roles that may, for help lines: "admins only".
    case onlyFor(Action)
    /// A key pressed by an account whose role may not: who may, and the account's role.
    case refused(Action, role: Role?)
    /// Beside a key in the help overlay that this account may not use.
    case notForYou
    /// A refusal the store made by role (a write that got past the keys, or a CLI command).
    case store(RoleRefusal)

    /// The roles that may do `action`, weakest first (a viewer may only read).
    static func roles(_ action: Action) -> [Role] {
        Role.allCases.filter { $0.may(action) && ($0 != .viewer || action == .read) }
    }

    static func german(_ text: PermissionText) -> String {
        switch text {
        case .onlyFor(let action):
            return "nur " + roles(action).map(germanGroup).joined(separator: " und ")
        case let .refused(action, role):
            let who = role.map { "Ihre Rolle: \(German.roleName($0))" } ?? "Ihr Konto steht nicht in der Liste von moderat"
            return "Nicht erlaubt: \(german(.onlyFor(action))) (\(who)). Nichts wurde geändert."
        case .notForYou:
            return "für Ihre Rolle gesperrt"
        case .store(.notListed(_, .readAuditLog)): return AuditText.german(.notAllowed(nil))
        case let .store(.notListed(account, .action)):
            return "Nicht erlaubt: Das Konto „\(account)“ steht nicht in der Liste von moderat; die Verwaltung kann es eintragen. Nichts wurde geändert."
        case let .store(.mayNot(.readAuditLog, _, role)): return AuditText.german(.notAllowed(role))
        case let .store(.mayNot(.action(action), _, role)): return german(.refused(action, role: role))
        }
    }

    static func english(_ text: PermissionText) -> String {
        switch text {
        case .onlyFor(let action):
            return roles(action).map(englishGroup).joined(separator: " and ") + " only"
        case let .refused(action, role):
            let who = role.map { "your role: \($0.rawValue)" } ?? "your account is not on moderat's list"
            return "Not allowed: \(english(.onlyFor(action))) (\(who)). Nothing was changed."
        case .notForYou:
            return "not for your role"
        case .store(.notListed(_, .readAuditLog)): return AuditText.english(.notAllowed(nil))
        case let .store(.notListed(account, .action)):
            return "Not allowed: the account '\(account)' is not on moderat's list of users; an administrator can add it. Nothing was changed."
        case let .store(.mayNot(.readAuditLog, _, role)): return AuditText.english(.notAllowed(role))
        case let .store(.mayNot(.action(action), _, role)): return english(.refused(action, role: role))
        }
    }

    private static func germanGroup(_ role: Role) -> String {
        switch role {
        case .viewer: return "Lesende"
        case .moderator: return "Moderation"
        case .secretary: return "Schriftführung"
        case .admin: return "Administration"
        }
    }

    private static func englishGroup(_ role: Role) -> String {
        switch role {
        case .viewer: return "viewers"
        case .moderator: return "moderators"
        case .secretary: return "secretaries"
        case .admin: return "admins"
        }
    }
}
