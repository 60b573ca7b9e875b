import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat actions done ID [--on DAY]`: marks an action item done.
struct ActionsDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Mark an action item done, today or --on the day it was done (ids from `moderat actions list`).",
        discussion: "Exit status: 0 done, 1 refused or no such action item, 65 a bad or impossible date."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The action item's id.")
    var id: Int64

    @Option(name: .long, help: ArgumentHelp("The day it was done (not after today, not before its meeting).", valueName: "YYYY-MM-DD"))
    var on: String?

    func run() throws {
        try runReporting(global) {
            let day = try on.map { text in
                guard let day = AgendaMinutesText.dueDay(text) else { throw MeetingsCLI.bad("--on", .notADate(text, germanToo: true)) }
                return day
            }
            let store = try CommandContext(global).openStore()
            try CommandFailure.wrap { try store.setActionDone(id, done: true, on: day) }
            global.say(.actionDone(id, day: day.map { "\($0)" }))
        }
    }
}

/// `moderat actions reopen ID`: an action item marked done by mistake is open again.
struct ActionsReopenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reopen",
        abstract: "Mark a done action item open again.",
        discussion: "Exit status: 0 open, 1 refused or no such action item."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The action item's id.")
    var id: Int64

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            try CommandFailure.wrap { try store.setActionDone(id, done: false) }
            global.say(.actionOpen(id))
        }
    }
}
