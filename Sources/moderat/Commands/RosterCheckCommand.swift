import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat roster check`: every roster rule, and the terms that end within 60 days.
struct RosterCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the roster against its rules; warn about terms ending within 60 days. Exit 1 when it is invalid."
    )

    @OptionGroup var global: GlobalOptions

    @OptionGroup var roster: RosterBoardDayOptions

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let (record, day) = try roster.load(database)
            let issues = RosterValidation.issues(record.roster, on: day)
            let errors = issues.filter { $0.severity == .error }
            let warnings = issues.filter { $0.severity == .warning }
            let vacant = record.roster.vacancies(on: day)
            global.say(.rosterChecked(board: record.roster.boardName, slug: record.roster.boardSlug, day: day,
                                      seats: record.roster.seats.count, vacant: vacant.count, errors: errors.count, warnings: warnings.count))
            for seat in vacant { global.say(.rosterVacant(seat.label)) }
            for issue in errors + warnings { global.say(.rosterIssue(issue)) }
            if !errors.isEmpty {
                throw CommandFailure(.rosterInvalid(errors: errors.count), code: 1)
            }
        }
    }
}
