import Foundation
import ArgumentParser
import ModeratApp
import ModeratStore

/// `moderat init`: creates an empty database with the current account as admin; with NAME,
/// the shared database /var/lib/moderat/NAME.db of an installed moderat.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, empty database (the current account becomes its admin).",
        discussion: """
            With NAME (run as root on a server where the package is installed): creates the shared \
            database /var/lib/moderat/NAME.db, its -wal and -shm, owned by root:moderat with mode 0660, \
            so that people reach it only through moderat. --admin names the account that becomes its \
            administrator.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A shared database's name: creates /var/lib/moderat/NAME.db.", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The account that becomes admin (default: the current account).", valueName: "account"))
    var admin: String?

    func run() throws {
        try runReporting(global) {
            let shared = try name.map(Self.sharedPath)
            let context = try CommandContext(global, database: shared)
            let account = try admin.map(Self.existingAccount) ?? context.account
            if FileManager.default.fileExists(atPath: context.databasePath) {
                throw CommandFailure(message: "\(context.databasePath): already exists; nothing was changed", code: 73)
            }
            let group = try shared.map { _ in try Self.sharedGroup() }
            let database = try context.open(create: true)
            try CommandFailure.wrap {
                try Setup.initialize(database, account: account, displayName: SystemAccount.displayName(for: account), reasons: context.config.reasons)
            }
            database.close()
            if let group { try SharedFiles.layOut(database: context.databasePath, group: group) }
            say("created \(context.databasePath) (admin: \(account))")
        }
    }

    static func sharedPath(_ name: String) throws -> String {
        guard let path = SharedFiles.databasePath(name: name) else {
            throw CommandFailure(message: "'\(name)' is not a database name (letters, digits, - and _ only)", code: 64)
        }
        guard getuid() == 0 else {
            throw CommandFailure(message: "\(path): only root creates shared databases (sudo moderat init \(name)); nothing was changed", code: 77)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: SetgidGroup.sharedDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(message: "\(SetgidGroup.sharedDirectory): no such folder; install the moderat package first (it creates the folder and the group)", code: 73)
        }
        return path
    }

    static func sharedGroup() throws -> gid_t {
        guard let group = SharedFiles.groupID() else {
            throw CommandFailure(message: "there is no group '\(SharedFiles.groupName)'; install the moderat package first", code: 73)
        }
        return group
    }

    static func existingAccount(_ account: String) throws -> String {
        guard getpwnam(account) != nil else {
            throw CommandFailure(message: "--admin: there is no account '\(account)' on this machine", code: 64)
        }
        return account
    }
}
