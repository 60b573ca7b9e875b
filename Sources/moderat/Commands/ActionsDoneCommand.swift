import ArgumentParser
import Foundation
import ModeratStore

/// `moderat actions done ID`: marks an action item done today.
struct ActionsDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark an action item done today (ids from `moderat actions list`).",
        discussion: "Exit status: 0 done, 1 refused or no such action item."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The action item's id.")
    var id: Int64

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            let store = Store(database: try context.open(), account: context.account)
            try CommandFailure.wrap { try store.setActionDone(id, done: true) }
            say("action item \(id): done")
        }
    }
}
