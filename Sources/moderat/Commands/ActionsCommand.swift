import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat actions`: action items from the minutes.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Action items from the minutes of all meetings.",
        subcommands: [ActionsListCommand.self, ActionsDoneCommand.self, ActionsReopenCommand.self]
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

    @Flag(name: .long, help: "For publication: without the action items of non-public TOPs.")
    var `public` = false

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func run() throws {
        try runReporting(global) {
            let database = try CommandContext(global).open(readOnly: true)
            let items = try CommandFailure.wrap {
                open ? try database.openActionItems(publicOnly: `public`) : try database.allActionItems(publicOnly: `public`)
            }
            let today = CalendarDay(Date()).description
            switch format {
            case .json:
                try CLIJSON.print(items.map { a in
                    ActionJSON(id: a.id, due: a.dueOn, who: a.who, what: a.what, done: a.doneOn, overdue: a.isOverdue(today: today),
                               meetingId: a.meetingId, meeting: a.meetingTitle, meetingDate: a.meetingDate, top: a.itemNumber,
                               topTitle: a.itemTitle)
                })
            case .table:
                // "überfällig" in words: a colour alone is lost in a pipe, a printout or to a colour-blind reader.
                say(CLITable.render(header: ["id", "due", "state", "meeting", "TOP", "who", "what"], rows: items.map { a in
                    [String(a.id), a.dueOn ?? "-", a.doneOn.map { "done \($0)" } ?? (a.isOverdue(today: today) ? "overdue" : "open"),
                     "\(a.meetingId) \(a.meetingDate)", a.itemNumber.map { "TOP \($0)" } ?? "-", a.who, a.what]
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
    let overdue: Bool
    let meetingId: Int64
    let meeting: String
    let meetingDate: String
    let top: Int?
    let topTitle: String?
}
