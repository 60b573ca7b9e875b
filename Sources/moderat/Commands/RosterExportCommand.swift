import ArgumentParser
import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

/// `moderat roster export`: the roster as Markdown, CSV or HTML; `--public` for the website.
struct RosterExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the roster as md, csv or html; --public leaves out contact details and private notes."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The board's slug (default: the only board).", valueName: "slug"))
    var board: String?

    @Option(name: .long, help: ArgumentHelp("md, csv or html.", valueName: "md|csv|html"))
    var format: String = "md"

    @Flag(name: .long, help: "For publication: without contact details and private notes.")
    var `public` = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("The roster as of this day (default: today in Berlin).", valueName: "YYYY-MM-DD"))
    var on: String?

    func validate() throws {
        guard RosterExport.Format(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format must be md, csv or html, not '\(format)'")
        }
        _ = try RosterCLI.day(on, option: "--on")
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let day = try RosterCLI.day(on, option: "--on") ?? CalendarDay(Date())
            let record = try RosterCLI.wrap { try database.roster(boardSlug: try database.rosterBoardSlug(board)) }
            let language = context.language(global)
            let text = RosterExport.render(record, on: day, format: RosterExport.Format(rawValue: format.lowercased()) ?? .md,
                                           publicOnly: `public`, german: language == .de)
            try writeOutput(text, to: output)
        }
    }
}
