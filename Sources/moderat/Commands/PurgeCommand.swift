import ArgumentParser
import Foundation
import ModeratStore

/// `moderat purge --rejected-older-than DAYS`: remove old rejected comments' text.
struct PurgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "purge",
        abstract: "Remove the text of comments rejected more than DAYS ago (admins only).",
        discussion: """
            The body, public answer and internal note (and their undo snapshots) become \
            "[entfernt am DATE]"; drafts for those comments are deleted. State, reason, who \
            decided and when stay, so reports count as before. \
            Exit status: 0 done, 1 refused, 64 DAYS missing or not a number of 0 or more, 75 purged but another program kept \
            the WAL (rerun when it has closed the database).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Rejected (decided_at) more than this many days ago.", valueName: "days"))
    var rejectedOlderThan: Int

    @Flag(name: .long, help: "Say what would change; change nothing.")
    var dryRun = false

    func validate() throws {
        guard rejectedOlderThan >= 0 else { throw OptionProblem.purgeDays.usageError }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let store = try context.openStore()
            let result = try CommandFailure.wrap { try store.purgeRejected(olderThanDays: rejectedOlderThan, dryRun: dryRun) }
            global.say(.purged(result, dryRun: dryRun))
            try PrivacyOutput.reportWAL(result.walEmptied, path: context.databasePath, language: context.messageLanguage)
        }
    }
}
