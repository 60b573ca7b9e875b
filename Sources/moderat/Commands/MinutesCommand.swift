import ArgumentParser
import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

/// `moderat minutes`: the results minutes of a meeting.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "The results minutes of a meeting.",
        subcommands: [MinutesExportCommand.self, MinutesFinalizeCommand.self]
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

    @Option(name: .long, help: ArgumentHelp("md, html, txt or odt (OpenDocument text).", valueName: "md|html|txt|odt"))
    var format: String = "md"

    @Flag(name: .long, help: "For publication: without the non-public TOPs and private notes.")
    var `public` = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func validate() throws {
        guard MinutesExport.Format(rawValue: format.lowercased()) != nil || format.lowercased() == "odt" else {
            throw OptionProblem.notOneOf(option: "--format", format, choices: "md, html, txt or odt").usageError
        }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let record = try CommandFailure.wrap { try database.meeting(meeting) }
            let language = context.language(global)
            if format.lowercased() == "odt" {
                let data = try CommandFailure.wrap {
                    try ODTWriter.write(MinutesExport.office(record, publicOnly: `public`, german: language == .de), date: Date())
                }
                try Self.write(data, to: output)
                return
            }
            let text = MinutesExport.render(record, format: MinutesExport.Format(rawValue: format.lowercased()) ?? .md,
                                            publicOnly: `public`, german: language == .de)
            try writeOutput(text, to: output)
        }
    }
}

extension MinutesExportCommand {
    /// The ODT's bytes to the file, or to standard output unless that is a terminal.
    static func write(_ data: Data, to path: String?) throws {
        guard let path else {
            guard isatty(STDOUT_FILENO) != 1 else {
                throw CommandFailure(.binaryNeedsFile(format: "odt"), code: 64)
            }
            do {
                try FileHandle.standardOutput.write(contentsOf: data)
            } catch {
                throw CommandFailure(.standardOutput(reason: error.localizedDescription), code: 74)
            }
            return
        }
        do {
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CommandFailure(.cannotCreate(path: path, reason: error.localizedDescription), code: 73)
        }
    }
}

/// `moderat minutes finalize MEETING [--yes]`: marks the minutes final.
struct MinutesFinalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "finalize",
        abstract: "Mark a meeting's minutes final (locked; later changes are amendments).",
        discussion: """
            Refused while a TOP has an unsaved draft (each is listed: save or discard it in the workbench). Minutes \
            that would be published with a gap (no chair, no minute-taker, no start or end time, a TOP without any text) or \
            of a meeting dated after today or with no one present need --yes, after every reason is shown. \
            Exit status: 0 final, 1 refused (the reasons are printed).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The meeting's id (see `moderat meetings list`).")
    var meeting: Int64

    @Flag(name: .long, help: "Mark final despite the reasons shown (a gap in the minutes, a future date, no one present).")
    var yes = false

    func run() throws {
        try runReporting(global) {
            let store = try CommandContext(global).openStore()
            let record = try CommandFailure.wrap { try store.meeting(meeting) }
            // Final minutes are refused by the store as such; drafts refuse whatever --yes says,
            // so they are named before any question.
            if record.minutes.status == .draft {
                let drafts = try CommandFailure.wrap { try store.openDrafts(meetingId: meeting) }
                guard drafts.isEmpty else { throw CommandFailure(StoreError.refusal(.openDrafts(drafts))) }
                let concerns = record.finalizeConcerns(today: CalendarDay(Date()))
                if !concerns.isEmpty, !yes {
                    throw CommandFailure(.finalizeConcerns(meeting: meeting, concerns), code: 1)
                }
            }
            try CommandFailure.wrap { try store.finalizeMinutes(meeting) }
            global.say(.minutesFinal(meeting))
        }
    }
}
