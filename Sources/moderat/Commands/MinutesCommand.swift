import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat minutes`: the results minutes of a meeting.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "The results minutes of a meeting.",
        subcommands: [MinutesExportCommand.self]
    )
}

/// `moderat minutes export MEETING --format md|html|txt [--public]`.
struct MinutesExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a meeting's results minutes; --public leaves out the non-public part and private notes."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The meeting's id (see `moderat meetings list`).", valueName: "meeting"))
    var meeting: Int64

    @Option(name: .long, help: ArgumentHelp("md, html or txt.", valueName: "md|html|txt"))
    var format: String = "md"

    @Flag(name: .long, help: "For publication: without the non-public TOPs and private notes.")
    var `public` = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        guard MinutesExport.Format(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format must be md, html or txt, not '\(format)'")
        }
    }

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let record = try CommandFailure.wrap { try database.meeting(meeting) }
            let language = context.language(global)
            let text = MinutesExport.render(record, format: MinutesExport.Format(rawValue: format.lowercased()) ?? .md,
                                            publicOnly: `public`, german: language == .de)
            try writeOutput(text, to: output)
        }
    }
}
