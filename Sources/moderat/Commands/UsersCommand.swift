import ArgumentParser
import Foundation
import ModeratStore

/// `moderat users`: who may use moderat, and in which role (changes: admins only).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "The accounts on moderat's list and their roles (changes: admins only).",
        subcommands: [UsersListCommand.self, UsersAddCommand.self, UsersSetRoleCommand.self, UsersRemoveCommand.self]
    )
}

/// `moderat users list`: every account, removed ones marked.
struct UsersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the accounts with their roles; removed accounts (read-only now) are marked."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func run() throws {
        try runReporting(global) {
            let database = try CommandContext(global).open(readOnly: true)
            let users = try CommandFailure.wrap { try database.users() }
            switch format {
            case .json:
                try CLIJSON.print(users.map { u in
                    UserJSON(id: u.id, account: u.account, name: u.displayName, role: u.role.rawValue,
                             createdAt: u.createdAt, removedAt: u.removedAt)
                })
            case .table:
                say(CLITable.render(header: ["id", "account", "role", "removed", "name"], rows: users.map { u in
                    [String(u.id), u.account, u.role.rawValue, u.removedAt.map { String($0.prefix(10)) } ?? "-", u.displayName]
                }))
            }
        }
    }
}

/// One account in `moderat users list --format json`.
struct UserJSON: Encodable {
    let id: Int64
    let account: String
    let name: String
    let role: String
    let createdAt: String
    let removedAt: String?
}
