import ArgumentParser
import Foundation
import ModeratStore
import TerminalKit

/// `moderat suggest ID`: the guideline sections that fit a comment, best first.
struct SuggestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest",
        abstract: "Suggest guideline sections for a comment, best first (computed locally from the sections and the tags moderators gave).",
        discussion: "Scores compare sections for one comment only; sections nothing speaks for are left out."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The comment's id (as `moderat queue` shows it).")
    var id: Int64

    @Option(name: .long, help: "At most this many sections (default: 5).")
    var limit: Int = 5

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func validate() throws {
        if limit < 1 { throw OptionProblem.atLeast(option: "--limit", 1).usageError }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            guard let ranked = try CommandFailure.wrap({ try database.sectionSuggestions(commentId: id) }) else {
                throw CommandFailure(.decide(.noSuchComment(id)), code: 65)
            }
            let shown = ranked.filter { $0.score > 0 }.prefix(limit)
            switch format {
            case .json:
                let objects: [[String: Any]] = shown.map { ["section": $0.code, "title": $0.title, "score": Self.rounded($0.score)] }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
                say(String(decoding: data, as: UTF8.self))
            case .table:
                say(["section", "score", "title"].joined(separator: "\t"))
                for row in shown { say([row.code, String(format: "%.3f", row.score), Sanitizer.singleLine(row.title)].joined(separator: "\t")) }
            }
        }
    }

    /// Three decimals are plenty to order by and keep the JSON readable.
    static func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }
}
