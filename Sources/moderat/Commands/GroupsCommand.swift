import ArgumentParser
import Foundation
import ModeratStore
import TerminalKit

/// `moderat groups`: near-identical comments (campaigns, duplicates), largest group first.
struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "List groups of near-identical comments: campaigns (one letter, many senders) and duplicates (one author, the same text).",
        discussion: "Groups are found as comments are imported. --rebuild finds them again over the whole database (e.g. after changing similarity: in the config)."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Only groups with a comment in this process (its slug).", valueName: "slug"))
    var process: String?

    @Flag(name: .long, help: "Detect campaigns and waves again over every comment first.")
    var rebuild = false

    @Option(name: .long, help: ArgumentHelp("Consider the group of comment ID together (Abwägung): its approved comments join one consideration group.", valueName: "id"))
    var consider: Int64?

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            if let consider {
                let store = try context.openStore()
                let result = try CommandFailure.wrap { try store.considerDetectedGroup(ofComment: consider) }
                say("consideration group \(result.considerationGroup): \(result.joined.count) comments considered together"
                    + (result.notApproved.isEmpty ? "" : "; not approved, left out: \(result.notApproved.map(String.init).joined(separator: ","))"))
                return
            }
            let database = try context.open(readOnly: !rebuild)
            if rebuild {
                let report = try CommandFailure.wrap { try database.rebuildSimilarity(thresholds: context.config.similarity) }
                global.note(.similarityRebuilt(compared: report.fingerprinted, groups: report.groupsTouched))
            }
            let groups = try CommandFailure.wrap { try database.commentGroups(processSlug: process) }
            switch format {
            case .json:
                let objects: [[String: Any]] = groups.map {
                    ["kind": $0.kind, "group": $0.id, "size": $0.commentIds.count, "authors": $0.authorCount,
                     "comments": $0.commentIds, "first_line": $0.firstLine]
                }
                let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys])
                say(String(decoding: data, as: UTF8.self))
            case .table:
                say(["group", "kind", "size", "authors", "comments", "text"].joined(separator: "\t"))
                for group in groups {
                    say([String(group.id), group.kind, String(group.commentIds.count), String(group.authorCount),
                         group.commentIds.map(String.init).joined(separator: ","), Sanitizer.singleLine(group.firstLine)].joined(separator: "\t"))
                }
            }
        }
    }
}
