import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat consider`: the consideration (Abwägung) of a comment, a passage or a group from a
/// script, with the workbench's rules and audit events; or the list of what is to be considered.
struct ConsiderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consider",
        abstract: "Record what became of a comment (Abwägung), or list the considerations.",
        discussion: """
            ID is a comment's id; a comment considered in a group stands for its group, a split comment needs \
            --passage N. Outcomes: adopted (übernommen), partly (teilweise übernommen), not-adopted (nicht übernommen), \
            covered (bereits berücksichtigt), noted (zur Kenntnis genommen). The rationale is published. \
            --agree marks it agreed by the working group (optionally --meeting M --top N), --reopen takes that back. \
            Exit status: 0 done, 1 refused or someone else wrote it first (nothing written; your rationale is kept \
            as a draft), 64 usage, 65 no such comment or passage.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The comment's id (not with --list).")
    var id: Int64?

    @Option(name: .long, help: ArgumentHelp("adopted, partly, not-adopted, covered or noted.", valueName: "outcome"))
    var outcome: ConsiderationOutcome?

    @Option(name: .long, help: ArgumentHelp("The public rationale (Begründung); without it the stored one stays.", valueName: "text"))
    var rationale: String?

    @Option(name: .long, help: ArgumentHelp("The passage of a split comment (1, 2, …).", valueName: "n"))
    var passage: Int?

    @Option(name: .long, help: ArgumentHelp("The section it concerns (code, e.g. C1) when not the comment's tag.", valueName: "code"))
    var section: String?

    @Option(name: .long, help: ArgumentHelp("Only write if the consideration is still at this version (0: none yet).", valueName: "n"))
    var expectVersion: Int?

    @Flag(name: .long, help: "Mark it agreed by the working group (beschlossen).")
    var agree = false

    @Option(name: .long, help: ArgumentHelp("With --agree: the meeting's id (see `moderat meetings list`).", valueName: "id"))
    var meeting: Int64?

    @Option(name: .long, help: ArgumentHelp("With --agree and --meeting: the TOP's number.", valueName: "n"))
    var top: Int?

    @Flag(name: .long, help: "Take an agreed consideration back to draft.")
    var reopen = false

    @Flag(name: .long, help: "List comments, passages and groups with their outcome instead.")
    var list = false

    @Flag(name: .long, help: "With --list: only those not considered yet.")
    var unconsidered = false

    @Option(name: .long, help: ArgumentHelp("With --list: the participation process (default: the only one).", valueName: "slug"))
    var process: String?

    @Option(name: .long, help: "With --list: table or json.")
    var format: Format = .table

    func validate() throws {
        if list {
            if id != nil || outcome != nil || rationale != nil || agree || reopen {
                throw OptionProblem.considerListAlone.usageError
            }
            return
        }
        guard id != nil else { throw OptionProblem.considerNeedsId.usageError }
        if agree && reopen { throw OptionProblem.agreeOrReopen.usageError }
        if (agree || reopen) && (outcome != nil || rationale != nil) {
            throw OptionProblem.agreeReopenStateOnly.usageError
        }
        if !agree && !reopen && outcome == nil { throw OptionProblem.outcomeRequired.usageError }
        if (meeting != nil || top != nil) && !agree { throw OptionProblem.meetingTopWithAgree.usageError }
        if top != nil && meeting == nil { throw OptionProblem.topNeedsMeeting.usageError }
        if unconsidered { throw OptionProblem.unconsideredWithList.usageError }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            if list {
                let database = try context.open(readOnly: true)
                let store = Store(database: database, account: context.account)
                var units = try CommandFailure.wrap { try store.considerationUnits(processSlug: process) }
                if unconsidered { units = units.filter { $0.consideration == nil } }
                let codes = try CommandFailure.wrap { try database.sectionOverview() }
                let codeOf = Dictionary(codes.map { ($0.id, $0.code) }, uniquingKeysWith: { a, _ in a })
                try ConsiderationListing(units: units, codeOf: codeOf).write(format)
                return
            }
            guard let id else { return }
            let database = try context.open()
            let store = Store(database: database, account: context.account)
            let target: ConsiderationTarget
            do {
                target = try CommandFailure.wrap { try store.considerationTarget(commentId: id, passage: passage) }
            } catch let failure as CommandFailure {
                // A missing comment or passage is bad input naming the comment (65).
                guard case .storeError(let error) = failure.text, case .notFound(let missing) = error else { throw failure }
                switch missing {
                case .comment, .notSplit, .passageNumber: break
                default: throw failure
                }
                throw CommandFailure(.storeError(error), code: 65)
            }
            let version = try expectVersion ?? CommandFailure.wrap { try store.consideration(target)?.version ?? 0 }
            let receipt: ConsiderationReceipt
            if agree {
                receipt = try CommandFailure.wrap { try store.agreeConsideration(target, meetingId: meeting, agendaNumber: top, expectedVersion: version) }
            } else if reopen {
                receipt = try CommandFailure.wrap { try store.reopenConsideration(target, expectedVersion: version) }
            } else {
                guard let outcome else { return }
                var sectionId: Int64?
                if let section {
                    let choices = try CommandFailure.wrap { try database.sectionChoices(forComments: [id]) }
                    guard let found = choices.first(where: { $0.code.caseInsensitiveCompare(section) == .orderedSame }) else {
                        throw CommandFailure(.noSuchSectionInProcess(option: "--section ", code: section, comment: id, known: nil), code: 65)
                    }
                    sectionId = found.id
                }
                // Without --rationale the stored one stays (changing the outcome alone).
                let text = try rationale ?? CommandFailure.wrap { try store.consideration(target)?.rationale ?? "" }
                receipt = try CommandFailure.wrap {
                    try store.consider(target, outcome: outcome, rationale: text, sectionId: sectionId, expectedVersion: version)
                }
            }
            global.say(.considered(key: target.key, receipt.outcome, receipt.state, version: receipt.version))
        }
    }
}

extension ConsiderationOutcome: ExpressibleByArgument {}
