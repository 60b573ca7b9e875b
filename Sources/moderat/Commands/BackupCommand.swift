import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat backup DEST`: a consistent copy taken with SQLite's online backup.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to DEST with SQLite's online backup (consistent while others write)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The new backup file.", valueName: "dest"))
    var destination: String

    @Flag(name: .long, help: "Replace DEST if it exists.")
    var overwrite = false

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true, asFound: true)
            try CommandFailure.wrap {
                try database.backup(to: destination, overwrite: overwrite, asPerson: { try SetgidGroup.asPerson($0) })
            }
            global.say(.backedUp(from: context.databasePath, to: destination))
        }
    }
}
