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
                throw CommandFailure(.alreadyExists(context.databasePath), code: 73)
            }
            let group = try shared.map { _ in try Self.sharedGroup() }
            let database = try context.open(create: true)
            try CommandFailure.wrap {
                try Setup.initialize(database, account: account, displayName: SystemAccount.displayName(for: account), reasons: context.config.reasons)
            }
            database.close()
            if let group { try SharedFiles.layOut(database: context.databasePath, group: group) }
            global.say(.created(path: context.databasePath, admin: account))
        }
    }

    static func sharedPath(_ name: String) throws -> String {
        guard let path = SharedFiles.databasePath(name: name) else {
            throw CommandFailure(.notADatabaseName(name), code: 64)
        }
        guard getuid() == 0 else {
            throw CommandFailure(.onlyRootCreatesShared(path: path, name: name), code: 77)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: SetgidGroup.sharedDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure(.noSharedFolder(SetgidGroup.sharedDirectory), code: 73)
        }
        return path
    }

    static func sharedGroup() throws -> gid_t {
        guard let group = SharedFiles.groupID() else {
            throw CommandFailure(.noGroup(SharedFiles.groupName), code: 73)
        }
        return group
    }

    static func existingAccount(_ account: String) throws -> String {
        guard getpwnam(account) != nil else {
            throw CommandFailure(.noAccount(account), code: 64)
        }
        return account
    }
}
