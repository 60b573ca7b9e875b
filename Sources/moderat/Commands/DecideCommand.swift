import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore

/// `moderat decide`: one decision from a script, with the same rules and audit events as the TUI.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Approve, reject or hold one comment (same rules and audit trail as the workbench).",
        discussion: "Exit status: 0 decided, 1 refused or someone else changed the comment first (nothing written), 65 bad input."
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

    func run() throws {
        try runReporting {
            let context = try CommandContext(global)
            let database = try context.open()
            let store = Store(database: database, account: context.account)
            let version: Int
            if let expectVersion {
                version = expectVersion
            } else {
                guard let current = try CommandFailure.wrap({ try store.comment(id) }) else {
                    throw CommandFailure(message: "comment \(id): no such comment", code: 65)
                }
                version = current.version
            }
            let receipt = try CommandFailure.wrap {
                try store.decide(id, decision, expectedVersion: version, reason: reason, answer: answer, note: note)
            }
            say("comment \(id): \(receipt.state.rawValue) (version \(receipt.version))")
        }
    }
}

extension DecisionKind: ExpressibleByArgument {}
