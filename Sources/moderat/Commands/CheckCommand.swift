import ArgumentParser
import Foundation
import ModeratStore

/// `moderat check`: integrity check, schema version and row counts.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: integrity, foreign keys, schema version, row counts."
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let report = try CommandFailure.wrap { try database.check() }
            say(report.text)
            if !report.isOK {
                throw CommandFailure(message: "\(context.databasePath): check failed", code: 74)
            }
        }
    }
}
