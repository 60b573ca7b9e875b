import ArgumentParser
import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

/// `moderat roster draw`: the lot draw of resident seats from an applicant file, honouring
/// parity and minimum age, reproducible from the printed seed and recorded in the audit log.
struct RosterDrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draw",
        abstract: "Draw members and ranked substitutes by lot from an applicant CSV (name, birth_date, gender, …).",
        discussion: """
            The draw is reproducible: the same applicant file (its SHA-256 is printed and audited) and the same \
            --seed give the same members and substitutes. Use --dry-run to re-run a recorded draw and check it \
            without writing anything.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The board's slug (default: the only board).", valueName: "slug"))
    var board: String?

    @Option(name: .long, help: ArgumentHelp("The seat group whose seats are drawn, e.g. residents.", valueName: "slug"))
    var group: String

    @Option(name: .long, help: "How many members to draw.")
    var seats: Int

    @Option(name: .long, help: "How many ranked substitutes to draw after them.")
    var substitutes: Int = 0

    @Option(name: .long, help: ArgumentHelp("CSV with a header row: name, birth_date, gender; further columns stay private.", valueName: "file"))
    var applicants: String

    @Option(name: .long, help: ArgumentHelp("The seed (default: a fresh random one, printed).", valueName: "n"))
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp("First day of the new terms (default: the day after the current terms end).", valueName: "YYYY-MM-DD"))
    var startsOn: String?

    @Flag(name: .long, help: "Draw and print, but write nothing (to check a recorded draw).")
    var dryRun = false

    func validate() throws {
        guard seats >= 0, substitutes >= 0 else { throw OptionProblem.seatsNegative.usageError }
        guard seats + substitutes > 0 else { throw OptionProblem.nothingToDraw.usageError }
        _ = try RosterCLI.day(startsOn, option: "--starts-on")
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: dryRun)
            let store = Store(database: database, account: context.account)
            // A draw that will be refused is not printed first: the names are private.
            if !dryRun { try RosterCLI.wrap { try store.requireRole(.editRoster) } }
            let slug = try RosterCLI.wrap { try database.rosterBoardSlug(board) }
            let record = try RosterCLI.wrap { try database.roster(boardSlug: slug) }
            guard let rule = record.roster.groups.first(where: { $0.slug == group }) else {
                let known = record.roster.groups.map(\.slug).joined(separator: ", ")
                throw CommandFailure(.noSeatGroup(group, board: slug, known: known), code: 64)
            }
            guard rule.drawnByLot else {
                throw CommandFailure(.groupNotByLot(group, rule: rule.name), code: 64)
            }
            guard seats <= rule.seats else {
                throw CommandFailure(.tooFewSeats(seats, rule: rule.name, has: rule.seats), code: 64)
            }
            let file = try RosterCLI.wrap { try SetgidGroup.asPerson { try ApplicantFile.read(path: applicants) } }
            let today = store.today
            let start = try RosterCLI.day(startsOn, option: "--starts-on")
                ?? LotDrawPlacement.defaultStart(record.roster, group: rule, today: today)
            var fresh = SystemRandomNumberGenerator()
            let request = LotDrawRequest(seats: seats, substitutes: substitutes, parity: rule.parity, minAge: rule.minAge,
                                         day: start, seed: seed ?? fresh.next())
            let result: LotDrawResult
            let placement: LotDrawPlacement
            do {
                result = try LotDraw.draw(file.applicants, request)
                placement = try LotDrawPlacement.place(result, in: record.roster, group: rule, start: start)
            } catch let error as LotDrawError {
                throw CommandFailure(.roster(.draw(file: applicants, error)), code: 65)
            } catch let error as LotDrawPlacement.Failure {
                throw CommandFailure(.roster(.placement(error)), code: 1)
            }
            report(rule: rule, file: file, request: request, result: result, placement: placement, roster: record.roster)
            if dryRun {
                global.say(.drawDryRun)
            } else {
                let recorded = try RosterCLI.wrap {
                    try store.recordDraw(placement, request: request, group: rule, applicantCount: file.applicants.count,
                                         applicantsSHA256: file.sha256, boardSlug: slug)
                }
                global.say(.drawRecorded(members: recorded.memberIds.count, auditId: recorded.auditId))
            }
            global.say(.drawCheckIt("moderat roster draw --board \(slug) --group \(group) --seats \(seats) --substitutes \(substitutes) "
                + "--applicants \(applicants) --seed \(request.seed) --starts-on \(start) --dry-run"))
        }
    }

    func report(rule: SeatGroupRule, file: ApplicantFile, request: LotDrawRequest, result: LotDrawResult,
                placement: LotDrawPlacement, roster: Roster) {
        let end = placement.members.first?.term.endsOn ?? placement.substitutes.first?.term.endsOn
        global.say(.drawHeading(rule.name, from: request.day, to: end))
        global.say(.drawSeed(request.seed))
        global.say(.drawApplicants(file.applicants.count, path: applicants, sha256: file.sha256))
        global.say(.drawEligible(result.eligibleCount, minAge: request.minAge, underAge: result.underAge.count, parity: request.parity))
        global.say(.drawAlgorithm(LotDraw.algorithm))
        global.say(.drawMembers)
        for (index, placed) in placement.members.enumerated() {
            let seat = roster.seat(placed.term.seatId)?.label ?? ""
            global.say(.drawPlaced(String(index + 1), placed.applicant.name, gender: placed.applicant.gender.rawValue,
                                   line: placed.applicant.line, seat: seat))
        }
        if !placement.substitutes.isEmpty {
            global.say(.drawSubstitutes)
            for placed in placement.substitutes {
                global.say(.drawPlaced(String(placed.term.substituteRank ?? 0), placed.applicant.name, gender: placed.applicant.gender.rawValue,
                                       line: placed.applicant.line, seat: nil))
            }
        }
    }
}
