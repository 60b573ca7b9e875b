import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat meetings`: the meetings of the boards.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "The meetings of the boards.",
        subcommands: [MeetingsListCommand.self, MeetingsAddCommand.self, MeetingsAgendaCommand.self, MeetingsGuestCommand.self, MeetingsAttendanceCommand.self,
                      MeetingsSetCommand.self]
    )
}

/// `moderat meetings list`: every meeting with its id, newest first.
struct MeetingsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List meetings with their ids (for `moderat minutes export ID`)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "table or json.")
    var format: Format = .table

    func run() throws {
        try runReporting(global) {
            let database = try CommandContext(global).open(readOnly: true)
            let meetings = try CommandFailure.wrap { try database.meetingOverview() }
            switch format {
            case .json:
                let rows = meetings.map { m in
                    MeetingJSON(id: m.id, board: m.boardName, title: m.title, date: m.date, place: m.place,
                                agendaItems: m.agendaItems, minutes: m.minutesStatus)
                }
                try CLIJSON.print(rows)
            case .table:
                say(CLITable.render(header: ["id", "date", "minutes", "TOPs", "title", "place"], rows: meetings.map { m in
                    [String(m.id), m.date, m.minutesStatus ?? "-", String(m.agendaItems), m.title, m.place]
                }))
            }
        }
    }
}

/// One meeting in `moderat meetings list --format json`.
struct MeetingJSON: Encodable {
    let id: Int64
    let board: String
    let title: String
    let date: String
    let place: String
    let agendaItems: Int
    let minutes: String?
}

/// Small output helpers for the meetings, actions and minutes commands.
enum CLIJSON {
    static func print(_ value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        say(MachineText.escapingInvisibles(String(decoding: try encoder.encode(value), as: UTF8.self)))
    }
}

/// A plain text table with columns padded to their widest cell (the last one unpadded).
enum CLITable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
