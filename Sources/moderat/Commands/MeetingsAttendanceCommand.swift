import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat meetings attendance`: how one person attended, and whom a substitute stood in for.
struct MeetingsAttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Record how a member attended a meeting; --standing-in-for records a substitute standing in (only for an absent member, one each); --arrived-at-top / --left-after-top record arriving late and leaving early.",
        discussion: "Exit status: 0 recorded, 1 refused (final minutes, role), 65 bad input (the option is named)."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The meeting's id (see `moderat meetings list`).")
    var meeting: Int64

    @Option(name: .long, help: ArgumentHelp("The member's name as the roster spells it.", valueName: "name"))
    var member: String

    @Option(name: .long, help: ArgumentHelp("present, excused or absent.", valueName: "status"))
    var status: String

    @Option(name: .long, help: ArgumentHelp("Came late: present from this TOP on (0 clears).", valueName: "n"))
    var arrivedAtTop: Int?

    @Option(name: .long, help: ArgumentHelp("Left early: present up to and including this TOP (0 clears).", valueName: "n"))
    var leftAfterTop: Int?

    @Option(name: .long, help: ArgumentHelp("The absent member this substitute stands in for.", valueName: "name"))
    var standingInFor: String?

    func run() throws {
        try runReporting(global) {
            guard let attendance = AttendanceStatus(rawValue: status) else {
                throw MeetingsCLI.bad("--status", .notOneOf(status, allowed: AttendanceStatus.allCases.map(\.rawValue)))
            }
            let context = try CommandContext(global)
            let database = try context.open()
            let memberId = try Self.member(member, option: "--member", database)
            let standIn = try standingInFor.map { try Self.member($0, option: "--standing-in-for", database) }
            if standIn == memberId { throw MeetingsCLI.bad("--standing-in-for", .standsInForSelf) }
            let store = Store(database: database, account: context.account)
            try CommandFailure.wrap {
                // One write: an arrival the store refuses leaves the status as it was too.
                try store.setAttendance(meeting, memberId: memberId, status: attendance, standingInFor: standIn,
                                        arrivedAt: PresenceBound(option: arrivedAtTop), leftAfter: PresenceBound(option: leftAfterTop))
            }
            global.say(.attendance(meeting: meeting, member: member, attendance, standingInFor: standingInFor))
        }
    }

    static func member(_ name: String, option: String, _ database: ModeratDatabase) throws -> Int64 {
        let ids = try CommandFailure.wrap { try database.memberIds(named: name) }
        guard let id = ids.first else { throw MeetingsCLI.bad(option, .noMemberNamed(name)) }
        guard ids.count == 1 else { throw MeetingsCLI.bad(option, .membersNamed(name, count: ids.count)) }
        return id
    }
}
