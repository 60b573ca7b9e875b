import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat meetings set`: the details of an Ergebnisprotokoll that are not attendance or TOPs.
struct MeetingsSetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set a meeting's details: start and end time, public session, chair, minute-taker, previous minutes, next meeting, notes, signature, distribution, attachments.",
        discussion: """
            Options not given stay as they are; an empty value clears a field. Lists (--distribution, --attachment) \
            replace the whole list; repeat the option for several entries. The quorum is computed from attendance: \
            --quorum-note may add to it (who left early) but not state it. Refused once the minutes are final. \
            Exit status: 0 set, 1 refused, 65 bad input (the field is named).
            """
    )

    enum Approval: String, ExpressibleByArgument, CaseIterable {
        case approved, amended, notApproved = "not-approved", none
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The meeting's id (see `moderat meetings list`).")
    var meeting: Int64

    @Option(name: .long, help: ArgumentHelp("Start time in Berlin, on the meeting's day.", valueName: "HH:MM"))
    var start: String?

    @Option(name: .long, help: ArgumentHelp("End time in Berlin (not before the start).", valueName: "HH:MM"))
    var end: String?

    @Flag(name: .customLong("public"), inversion: .prefixedNo, help: "Whether the session was public (--no-public: nicht öffentlich).")
    var isPublic: Bool?

    @Option(name: .long, help: ArgumentHelp("Who chaired the meeting (Sitzungsleitung, signs as Vorsitz).", valueName: "name"))
    var chair: String?

    @Option(name: .long, help: ArgumentHelp("Who took the minutes (Protokollführung).", valueName: "name"))
    var minuteTaker: String?

    @Option(name: .long, help: ArgumentHelp("What the meeting decided on the previous minutes.", valueName: "approved|amended|not-approved|none"))
    var previousMinutes: Approval?

    @Option(name: .long, help: ArgumentHelp("The next meeting's day.", valueName: "YYYY-MM-DD"))
    var nextDate: String?

    @Option(name: .long, help: ArgumentHelp("The next meeting's start (Berlin).", valueName: "HH:MM"))
    var nextTime: String?

    @Option(name: .long, help: ArgumentHelp("Where the next meeting takes place.", valueName: "text"))
    var nextPlace: String?

    @Option(name: .long, help: ArgumentHelp("Internal notes (never in a public export).", valueName: "text"))
    var notes: String?

    @Option(name: .long, help: ArgumentHelp("A note beside the computed quorum.", valueName: "text"))
    var quorumNote: String?

    @Option(name: .long, help: ArgumentHelp("Where the minutes are signed.", valueName: "text"))
    var signaturePlace: String?

    @Option(name: .long, help: ArgumentHelp("When the minutes are signed.", valueName: "YYYY-MM-DD"))
    var signatureDate: String?

    @Option(name: .long, help: ArgumentHelp("One recipient of the minutes (repeat for more).", valueName: "text"))
    var distribution: [String] = []

    @Flag(name: .long, help: "Clear the distribution list.")
    var noDistribution = false

    @Option(name: .customLong("attachment"), help: ArgumentHelp("One attachment (repeat for more).", valueName: "text"))
    var attachments: [String] = []

    @Flag(name: .long, help: "Clear the attachments.")
    var noAttachments = false

    func run() throws {
        try runReporting(global) {
            var change = MeetingDetailsChange()
            change.startsAt = start
            change.endsAt = end
            change.isPublic = isPublic
            change.chair = chair
            change.minuteTaker = minuteTaker
            change.previousApproval = previousMinutes.flatMap { PreviousMinutesApproval(rawValue: $0.rawValue) }
            change.nextMeetingDate = nextDate
            change.nextMeetingTime = nextTime
            change.nextMeetingPlace = nextPlace
            change.privateNotes = notes
            change.quorumNote = quorumNote
            change.signaturePlace = signaturePlace
            change.signatureDate = signatureDate
            if !distribution.isEmpty || noDistribution { change.distribution = distribution }
            if !attachments.isEmpty || noAttachments { change.attachments = attachments }
            guard !change.isEmpty else { throw MeetingsCLI.bad("meetings set", .nothingToChange) }
            let store = try CommandContext(global).openStore()
            try CommandFailure.wrap { try store.updateMeetingDetails(meeting, change) }
            global.say(.meetingDetailsSet(meeting))
        }
    }
}
