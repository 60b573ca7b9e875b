import ArgumentParser
import Foundation
import ModeratApp
import ModeratCore
import ModeratStore

/// `moderat audit`: the audit log, newest first, streamed in keyset pages.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "The audit log, newest first; times in Europe/Berlin.",
        discussion: "Pages through the log, so a long one takes constant memory."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Only events about this kind of thing (comment, moderator, project, …).", valueName: "entity"))
    var entity: String?

    @Option(name: .long, help: ArgumentHelp("Only events by this OS account.", valueName: "account"))
    var actor: String?

    @Option(name: .long, help: ArgumentHelp("Only events at or after this time (2026-11-01, 01.11.2026 or ISO 8601; Berlin time unless it says otherwise).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: "At most this many events (default: all).")
    var limit: Int?

    @Option(name: .long, help: "table or json.")
    var format: MeetingsListCommand.Format = .table

    func validate() throws {
        if let limit, limit < 1 { throw OptionProblem.atLeast(option: "--limit", 1).usageError }
        _ = try SinceOption.stored(since)
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            try CommandFailure.wrap { try Store(database: database, account: context.account).requireAuditReader() }
            let words = AuditDetailWords(reasons: try CommandFailure.wrap { try Setup.reasons(database) }, language: context.messageLanguage)
            let filter = AuditFilter(entity: entity, actor: actor, since: try SinceOption.stored(since))
            var before: Int64?
            var written = 0
            if format == .json { say("[") }
            while limit.map({ written < $0 }) ?? true {
                let pageSize = min(500, (limit ?? Int.max) - written)
                let page = try CommandFailure.wrap { try database.auditPage(filter, before: before, limit: pageSize) }
                for entry in page {
                    say(format == .json ? try Self.json(entry, first: written == 0) : Self.line(entry, words))
                    written += 1
                }
                guard page.count == pageSize, let last = page.last else { break }
                before = last.id
            }
            if format == .json { say("]") }
        }
    }

    /// One event as a table line: id, Berlin time, actor, action, entity and id, detail; the
    /// action and the detail in the workbench's words (JSON keeps the stored codes).
    static func line(_ e: AuditEntry, _ words: AuditDetailWords) -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text.padding(toLength: width, withPad: " ", startingAt: 0)
        }
        let target = e.entity + (e.entityId.map { " " + $0 } ?? "")
        return [pad(String(e.id), 7), e.berlinTime, pad(e.actor, 12), pad(words.action(e.action), 16), pad(target, 16), words.summary(e)]
            .joined(separator: "  ")
    }

    /// One event as a JSON object; `detail` is the stored JSON as an object (whatever its values).
    static func json(_ e: AuditEntry, first: Bool) throws -> String {
        let detail = (try? JSONSerialization.jsonObject(with: Data(e.detail.utf8))) ?? e.detail
        let object: [String: Any] = ["id": e.id, "at": e.at, "at_berlin": e.berlinISO, "actor": e.actor, "action": e.action,
                                     "entity": e.entity, "entity_id": e.entityId ?? NSNull(), "detail": detail]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return (first ? "  " : ", ") + MachineText.escapingInvisibles(String(decoding: data, as: UTF8.self))
    }
}
