import ArgumentParser
import Foundation
import ModeratCore
import ModeratStore
import TerminalKit

/// `moderat queue`: the moderation queue for scripts, as a table, JSON or CSV.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "List comments of the queue (pending by default) as a table, JSON or CSV."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("pending, approved, rejected, held or all; repeat or separate with commas.", valueName: "state"))
    var state: [String] = ["pending"]

    @Option(name: .long, help: ArgumentHelp("Only comments tagged with this guideline section (e.g. C1).", valueName: "id"))
    var section: String?

    @Option(name: .long, help: ArgumentHelp("Only comments whose text or author matches these words (strasse finds Straße).", valueName: "text"))
    var search: String?

    @Flag(name: .long, help: "Newest first (default: oldest first).")
    var newest = false

    @Option(name: .long, help: "At most this many comments (default: all).")
    var limit: Int?

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    func validate() throws {
        _ = try states()
        if let limit, limit < 1 { throw OptionProblem.atLeast(option: "--limit", 1).usageError }
    }

    func states() throws -> Set<CommentState> {
        var result: Set<CommentState> = []
        for word in state.flatMap({ $0.split(separator: ",") }).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            if word == "all" { return [] }
            guard let parsed = CommentState(rawValue: word) else {
                throw OptionProblem.stateNotOneOf(word).usageError
            }
            result.insert(parsed)
        }
        return result
    }

    /// The longest --limit answered from a search's first page (`Store.searchPreview`).
    static let previewLimit = 200

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open(readOnly: true)
            let store = Store(database: database, account: context.account)
            var filter = QueueFilter(states: try states(), search: search, order: newest ? .newestFirst : .oldestFirst)
            if let section {
                guard let found = try CommandFailure.wrap({ try database.sectionOverview() }).first(where: { $0.code.caseInsensitiveCompare(section) == .orderedSame }) else {
                    throw CommandFailure(.noSuchGuidelineSection(section), code: 65)
                }
                filter.sectionId = found.id
            }
            // The search is read (or refused) before the first line is written. A short --limit
            // is often answered by the workbench's first page (a walk of the queue for common
            // words), without reading every match: `die be` matches nearly all of a million.
            let previewed: SearchPreviewPage?
            do {
                previewed = try CommandFailure.wrap { () throws -> SearchPreviewPage? in
                    if let limit, limit <= Self.previewLimit, filter.search != nil,
                       let page = try store.searchPreview(filter, limit: limit, control: SearchControl()),
                       page.rows.count == limit || !page.more {
                        return page
                    }
                    try store.prepareSearch(filter, control: SearchControl())
                    return nil
                }
            } catch let refusal as SearchRefusal {
                throw CommandFailure(.searchRefused(refusal), code: 65)
            }
            let writer = QueueWriter(format: format)
            writer.begin()
            if let previewed {
                for (index, row) in previewed.rows.enumerated() { writer.write(row, first: index == 0) }
                writer.end()
                return
            }
            var cursor: QueueCursor?
            var written = 0
            // Page through the keyset so a million rows stream in constant memory.
            while limit.map({ written < $0 }) ?? true {
                let pageSize = min(500, (limit ?? Int.max) - written)
                let rows = try CommandFailure.wrap { try store.page(filter, after: cursor, limit: pageSize) }
                for row in rows { writer.write(row, first: written == 0); written += 1 }
                guard rows.count == pageSize, let last = rows.last else { break }
                cursor = last.cursor
            }
            writer.end()
        }
    }
}

/// Writes queue rows in one of the formats, one row at a time.
struct QueueWriter {
    let format: QueueCommand.Format

    func begin() {
        switch format {
        case .table: say(cells(["id", "state", "created_at", "process", "sections", "author", "text"]))
        case .csv: say(["id", "state", "created_at", "process", "sections", "author", "has_answer", "version", "first_line"].joined(separator: ","))
        case .json: TerminalOutput.tryWrite("[", to: .output)
        }
    }

    func write(_ row: QueueRow, first: Bool) {
        let sections = row.sectionCodes.joined(separator: " ")
        switch format {
        case .table:
            say(cells([String(row.id), row.state.rawValue, row.createdAt, row.processSlug, sections, row.authorName ?? "", row.firstLine]))
        case .csv:
            let fields = [String(row.id), row.state.rawValue, row.createdAt, row.processSlug, sections, row.authorName ?? "",
                          row.hasAnswer ? "1" : "0", String(row.version), row.firstLine]
            say(fields.map { MachineText.csvField($0) }.joined(separator: ","))
        case .json:
            let object: [String: Any] = ["id": row.id, "state": row.state.rawValue, "created_at": row.createdAt,
                                         "process": row.processSlug, "sections": row.sectionCodes,
                                         "author": row.authorName ?? NSNull(), "has_answer": row.hasAnswer,
                                         "version": row.version, "first_line": row.firstLine]
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
            TerminalOutput.tryWrite((first ? "\n" : ",\n") + MachineText.escapingInvisibles(String(decoding: data, as: UTF8.self)),
                                    to: .output)
        }
    }

    func end() {
        if format == .json { TerminalOutput.tryWrite("\n]\n", to: .output) }
    }

    func cells(_ fields: [String]) -> String {
        // Tabs and line breaks inside a cell would break the columns, in a pipe too.
        fields.map { Sanitizer.singleLine($0) }.joined(separator: "\t")
    }
}
