import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat meetings add`: a new meeting with draft minutes and the board's seat holders on
/// that day in its attendance (absent until someone sets them present).
struct MeetingsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a meeting (prints its id); attendance starts as the roster on that day, all absent.",
        discussion: "Exit status: 0 created, 1 refused, 65 bad input (the option is named)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The board's slug.", valueName: "slug"))
    var board: String

    @Option(name: .long, help: ArgumentHelp("The meeting's title.", valueName: "text"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The day, YYYY-MM-DD.", valueName: "day"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("Where it takes place.", valueName: "text"))
    var place: String = ""

    @Option(name: .long, help: ArgumentHelp("Start time in Berlin, HH:MM.", valueName: "HH:MM"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp("End time in Berlin, HH:MM.", valueName: "HH:MM"))
    var end: String?

    @Option(name: .long, help: ArgumentHelp("Who takes the minutes.", valueName: "name"))
    var minuteTaker: String?

    func run() throws {
        try runReporting(global) {
            guard let day = CalendarDay(date) else { throw MeetingsCLI.bad("--date", .notADate(date, germanToo: false)) }
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw MeetingsCLI.bad("--title", .meetingNeedsTitle) }
            for (option, value) in [("--start", start), ("--end", end)] {
                if let value, MeetingSetup.moment(value, on: day) == nil {
                    throw MeetingsCLI.bad(option, .notATime(value))
                }
            }
            if let s = start.flatMap({ MeetingSetup.moment($0, on: day) }), let e = end.flatMap({ MeetingSetup.moment($0, on: day) }), e < s {
                throw MeetingsCLI.bad("--end", .endsBeforeStart)
            }
            let context = try CommandContext(global)
            let database = try context.open()
            let slug: String
            do { slug = try database.rosterBoardSlug(board) } catch StoreError.notFound(let missing) {
                throw MeetingsCLI.bad("--board", .missing(missing))
            } catch let error as StoreError {
                throw CommandFailure(.storeError(error), code: 65)
            }
            let store = Store(database: database, account: context.account)
            let id = try CommandFailure.wrap {
                try store.createMeeting(NewMeeting(boardSlug: slug, title: title, date: day, place: place, startsAt: start,
                                                   endsAt: end, minuteTaker: minuteTaker))
            }
            say(String(id))
        }
    }
}

/// `moderat meetings agenda MEETING --add "Title" [--non-public]`: the next TOP.
struct MeetingsAgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Add an agenda item (the next TOP) to a meeting whose minutes are still a draft.",
        discussion: "Exit status: 0 added, 1 refused (final minutes, no such meeting), 65 bad input."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The meeting's id (see `moderat meetings list`).")
    var meeting: Int64

    @Option(name: .long, help: ArgumentHelp("The agenda item's title.", valueName: "title"))
    var add: String

    @Flag(name: .long, help: "The item is not public (left out of public minutes).")
    var nonPublic = false

    func run() throws {
        try runReporting(global) {
            guard !add.trimmingCharacters(in: .whitespaces).isEmpty else { throw MeetingsCLI.bad("--add", .agendaItemNeedsTitle) }
            let store = try CommandContext(global).openStore()
            let number = try CommandFailure.wrap { try store.addAgendaItem(meetingId: meeting, title: add, isPublic: !nonPublic) }
            global.say(.meetingTop(meeting, number: number))
        }
    }
}

/// `moderat meetings guest MEETING --add NAME [--affiliation A]`.
struct MeetingsGuestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "guest",
        abstract: "Add a guest to a meeting whose minutes are still a draft.",
        discussion: "Exit status: 0 added, 1 refused (final minutes, no such meeting), 65 bad input."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The meeting's id (see `moderat meetings list`).")
    var meeting: Int64

    @Option(name: .long, help: ArgumentHelp("The guest's name.", valueName: "name"))
    var add: String

    @Option(name: .long, help: ArgumentHelp("Whom or what the guest represents.", valueName: "text"))
    var affiliation: String = ""

    func run() throws {
        try runReporting(global) {
            guard !add.trimmingCharacters(in: .whitespaces).isEmpty else { throw MeetingsCLI.bad("--add", .guestNeedsName) }
            let store = try CommandContext(global).openStore()
            let id = try CommandFailure.wrap { try store.addGuest(meetingId: meeting, name: add, affiliation: affiliation) }
            global.say(.meetingGuest(meeting, guest: id))
        }
    }
}

enum MeetingsCLI {
    /// Bad input naming the option, in the store's words for it: exit 65.
    static func bad(_ option: String, _ problem: InputProblem) -> CommandFailure {
        CommandFailure(StoreError.invalid(option, line: 0, problem))
    }
}
