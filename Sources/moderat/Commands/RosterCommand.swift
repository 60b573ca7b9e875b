import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat roster`: the advisory board's roster from the command line.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "The advisory board roster: check it, draw resident seats by lot, export it.",
        subcommands: [RosterCheckCommand.self, RosterDrawCommand.self, RosterExportCommand.self]
    )
}

/// Shared by the roster subcommands.
enum RosterCLI {
    /// A `--on`/`--starts-on` value, or a usage error naming the option.
    static func day(_ text: String?, option: String) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(text) else { throw OptionProblem.notADate(option: option, text, formats: "YYYY-MM-DD").usageError }
        return day
    }

    /// Runs `body`, mapping the roster's own errors to exit codes like the store's.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try CommandFailure.wrap(body)
        } catch let refusal as RosterRefusal {
            throw CommandFailure(.roster(.refused(refusal)), code: 1)
        } catch let missing as MissingInputFile {
            throw CommandFailure(.noSuchFile(missing.path), code: 66)
        }
    }
}

/// `--board` and `--on`, which `roster check` and `roster export` share: which board's roster,
/// as of which day.
struct RosterBoardDayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The board's slug (default: the only board).", valueName: "slug"))
    var board: String?

    @Option(name: .long, help: ArgumentHelp("The roster as of this day (default: today in Berlin).", valueName: "YYYY-MM-DD"))
    var on: String?

    func validate() throws { _ = try RosterCLI.day(on, option: "--on") }

    /// The board's roster and the day it is read as of.
    func load(_ database: ModeratDatabase) throws -> (record: RosterRecord, day: CalendarDay) {
        let day = try RosterCLI.day(on, option: "--on") ?? CalendarDay(Date())
        let record = try RosterCLI.wrap { try database.roster(boardSlug: try database.rosterBoardSlug(board)) }
        return (record, day)
    }
}
