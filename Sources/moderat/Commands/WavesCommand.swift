import ArgumentParser
import Foundation
import ModeratStore
import TerminalKit

/// `moderat waves`: accounts posting many comments in a short time, and many new accounts posting one text.
struct WavesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waves",
        abstract: "List waves: one account posting many comments in a short time (burst), many new accounts posting the same text (new-accounts).",
        discussion: "Thresholds: similarity: in the config (burst_comments, burst_minutes, new_accounts, new_account_hours); `moderat groups --rebuild` applies changed ones to old comments."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let waves = try CommandFailure.wrap { try database.commentWaves() }
            switch format {
            case .json:
                let objects: [[String: Any]] = waves.map {
                    ["kind": $0.kind, "wave": $0.id, "author": $0.author ?? NSNull(), "comments": $0.commentIds,
                     "from": $0.from, "to": $0.to]
                }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
                say(String(decoding: data, as: UTF8.self))
            case .table:
                say(["wave", "kind", "author", "size", "from", "to", "comments"].joined(separator: "\t"))
                for wave in waves {
                    say([String(wave.id), wave.kind, Sanitizer.singleLine(wave.author ?? "–"), String(wave.commentIds.count),
                         wave.from, wave.to, wave.commentIds.map(String.init).joined(separator: ",")].joined(separator: "\t"))
                }
            }
        }
    }
}
