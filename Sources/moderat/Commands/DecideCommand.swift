import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat decide`: one decision from a script, with the same rules and audit events as the TUI.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Approve, reject or hold one comment (same rules and audit trail as the workbench).",
        discussion: """
            A comment someone already approved or rejected is not decided differently without --force; \
            then its old public answer is dropped unless --answer gives the one for the new decision. \
            Exit status: 0 decided, 1 refused or someone else changed the comment first (nothing written), \
            65 bad input (unknown reason code).
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The comment's id.")
    var id: Int64

    @Argument(help: "approve, reject or hold.")
    var decision: DecisionKind

    @Option(name: .long, help: ArgumentHelp("Reason code (needed to reject; see config.yaml or the workbench).", valueName: "code"))
    var reason: String?

    @Option(name: .long, help: ArgumentHelp("A public answer to publish with the decision.", valueName: "text"))
    var answer: String?

    @Option(name: .long, help: ArgumentHelp("An internal note (with hold, why).", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Only decide if the comment is still at this version (from `moderat queue --format json`).", valueName: "n"))
    var expectVersion: Int?

    @Flag(name: .long, help: "Decide differently on a comment that is already approved or rejected (a reversal).")
    var force = false

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let language = context.language(global)
            let database = try context.open()
            let store = Store(database: database, account: context.account)
            guard let current = try CommandFailure.wrap({ try store.comment(id) }) else {
                throw CommandFailure(message: DecideText.noSuchComment(id).words(language), code: 65)
            }
            // A reversal is a deliberate act: the other decision may be a colleague's.
            let reverses = CommentRules.isReversal(from: current.state, to: decision.resultingState)
            if reverses, !force {
                throw CommandFailure(message: DecideText.reversalRefused(id: id, state: current.state, by: current.decidedBy,
                                                                         at: current.decidedAt).words(language), code: 1)
            }
            // A refusal is worded in the same language by runReporting.
            let receipt = try store.decide(id, decision, expectedVersion: expectVersion ?? current.version,
                                           reason: reason, answer: answer, note: note)
            say(DecideText.decided(id, receipt.state, version: receipt.version).words(language))
        }
    }
}

extension DecisionKind: ExpressibleByArgument {}
