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

    @OptionGroup var roster: RosterBoardDayOptions

    @Option(name: .long, help: ArgumentHelp("md, csv or html.", valueName: "md|csv|html"))
    var format: String = "md"

    @Flag(name: .long, help: "For publication: without contact details and private notes.")
    var `public` = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        guard RosterExport.Format(rawValue: format.lowercased()) != nil else {
            throw OptionProblem.notOneOf(option: "--format", format, choices: "md, csv or html").usageError
        }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let (record, day) = try roster.load(database)
            let language = context.language(global)
            let text = RosterExport.render(record, on: day, format: RosterExport.Format(rawValue: format.lowercased()) ?? .md,
                                           publicOnly: `public`, german: language == .de)
            try writeOutput(text, to: output)
        }
    }
}
