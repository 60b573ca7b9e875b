import Foundation
import ModeratCore

/// One row of `moderat users list`: an account on moderat's list, removed ones included
/// (their rows stay so decisions keep pointing at them).
public struct UserRecord: Equatable, Sendable {
    public var id: Int64
    public var account: String
    public var displayName: String
    public var role: Role
    /// Stored UTC form.
    public var createdAt: String
    /// Stored UTC form; nil while the account is active.
    public var removedAt: String?

    public var isRemoved: Bool { removedAt != nil }
}

/// What `Store.removeUser` did with the moderator row.
public enum UserRemoval: String, Equatable, Sendable {
    /// Nothing pointed at the row, so it is gone.
    case deleted
    /// Comments, undo records or audit events point at the row: it stays, marked removed,
    /// and the account reads only from now on.
    case markedRemoved = "marked"
}

/// What `Store.addUser` did.
public enum UserAddition: Equatable, Sendable {
    case added(Int64)
    /// The account had been removed and is active again, with the new name and role.
    case restored(Int64)

    public var id: Int64 {
        switch self {
        case let .added(id), let .restored(id): return id
        }
    }
}

/// Checks on what an administrator types for a user.
enum UserInput {
    /// An OS account name: 1 to 64 characters, no whitespace or control characters.
    static func account(_ text: String, option: String = "ACCOUNT") throws -> String {
        let ok = !text.isEmpty && text.count <= 64
            && text.unicodeScalars.allSatisfy { !CharacterSet.whitespacesAndNewlines.contains($0) && !CharacterSet.controlCharacters.contains($0) }
        guard ok else {
            throw StoreError.invalid(option, line: 0, .notAnAccount(text))
        }
        return text
    }

    static func role(_ text: String, option: String) throws -> Role {
        guard let role = Role(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw StoreError.invalid(option, line: 0, .notARole(text))
        }
        return role
    }

    static func displayName(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200,
              !name.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else {
            throw StoreError.invalid("--name", line: 0, .notADisplayName)
        }
        return name
    }
}
