import Foundation
import ArgumentParser
import ModeratApp
import ModeratStore

/// `moderat init`: creates an empty database with the current account as admin.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new, empty database (the current account becomes its admin)."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            if FileManager.default.fileExists(atPath: context.databasePath) {
                throw CommandFailure(message: "\(context.databasePath): already exists; nothing was changed", code: 73)
            }
            let database = try context.open(create: true)
            try CommandFailure.wrap {
                try Setup.initialize(database, account: context.account, displayName: SystemAccount.displayName(for: context.account), reasons: context.config.reasons)
            }
            say("created \(context.databasePath) (admin: \(context.account))")
        }
    }
}
