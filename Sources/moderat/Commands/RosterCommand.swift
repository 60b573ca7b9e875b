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
        guard let day = CalendarDay(text) else { throw ValidationError("\(option) '\(text)' is not a date (YYYY-MM-DD)") }
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
