import ArgumentParser
import Foundation
import ModeratStore

/// `moderat actions`: action items from the minutes.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Action items from the minutes of all meetings.",
        subcommands: [ActionsListCommand.self, ActionsDoneCommand.self]
    )
}

/// `moderat actions list --open`: who does what by when, soonest due first.
struct ActionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List action items (with --open: only those not done), soonest due first."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Only action items not done yet.")
    var open = false

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func run() throws {
        try runReporting {
            let database = try CommandContext(global).open(readOnly: true)
            let items = try CommandFailure.wrap { open ? try database.openActionItems() : try database.allActionItems() }
            switch format {
            case .json:
                try CLIJSON.print(items.map { a in
                    ActionJSON(id: a.id, due: a.dueOn, who: a.who, what: a.what, done: a.doneOn, meeting: a.meetingTitle,
                               meetingDate: a.meetingDate)
                })
            case .table:
                say(CLITable.render(header: ["id", "due", "done", "who", "what"], rows: items.map { a in
                    [String(a.id), a.dueOn ?? "-", a.doneOn ?? "-", a.who, a.what]
                }))
            }
        }
    }
}

/// One action item in `moderat actions list --format json`.
struct ActionJSON: Encodable {
    let id: Int64
    let due: String?
    let who: String
    let what: String
    let done: String?
    let meeting: String
    let meetingDate: String
}
