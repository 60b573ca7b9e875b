import ArgumentParser
import Foundation
import ModeratStore

/// `moderat users add ACCOUNT --name N --role R`.
struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Put an OS account on moderat's list with a role (admins only).",
        discussion: "Exit status: 0 added, 1 refused, 65 bad role, name or account, or the account is on the list already."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The OS account (login name).")
    var account: String

    @Option(name: .long, help: ArgumentHelp("The name shown in moderat, e.g. \"Anna Müller\".", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("viewer, moderator, secretary or admin.", valueName: "role"))
    var role: String

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            let result = try CommandFailure.wrap { try store.addUser(account: account, displayName: name, role: role) }
            switch result {
            case .added: global.say(.userAdded(account, role: role.lowercased()))
            case .restored: global.say(.userRestored(account, role: role.lowercased()))
            }
        }
    }
}

/// `moderat users set-role ACCOUNT ROLE`.
struct UsersSetRoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-role",
        abstract: "Give an account another role (admins only; the last admin stays admin).",
        discussion: "Exit status: 0 changed, 1 refused, 65 unknown account or role."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The OS account.")
    var account: String

    @Argument(help: "viewer, moderator, secretary or admin.")
    var role: String

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            let previous = try CommandFailure.wrap { try store.setUserRole(account: account, role: role) }
            let new = role.trimmingCharacters(in: .whitespaces).lowercased()
            global.say(.userRole(account, from: previous.rawValue, to: new))
        }
    }
}

/// `moderat users remove ACCOUNT`.
struct UsersRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Take an account off the list (admins only); it reads only from then on.",
        discussion: """
            An account that decided, claimed or did anything stays in the database marked removed, \
            so its decisions remain countable. The last admin cannot be removed. \
            Exit status: 0 removed, 1 refused, 65 unknown account.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The OS account.")
    var account: String

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            let removal = try CommandFailure.wrap { try store.removeUser(account: account) }
            switch removal {
            case .deleted: global.say(.userRemoved(account))
            case .markedRemoved: global.say(.userMarkedRemoved(account))
            }
        }
    }
}
