import ArgumentParser
import Foundation
import ModeratStore

/// `moderat tag`: adds (and removes) guideline sections of one comment, with the workbench's
/// rules (moderators and admins; only the comment's own process's sections) and audit events.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag a comment to guideline sections (same rules and audit events as the workbench).",
        discussion: "SECTION is a code such as C1 (any case). Exit status: 0 done, 1 refused, 65 unknown comment or section."
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The comment's id.")
    var id: Int64

    @Argument(help: ArgumentHelp("Sections to add.", valueName: "section"))
    var sections: [String] = []

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Sections to take off.", valueName: "section"))
    var remove: [String] = []

    func validate() throws {
        if sections.isEmpty && remove.isEmpty { throw OptionProblem.tagNeedsSection.usageError }
    }

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let database = try context.open()
            let store = Store(database: database, account: context.account)
            guard try CommandFailure.wrap({ try store.comment(id) }) != nil else {
                throw CommandFailure(.decide(.noSuchComment(id)), code: 65)
            }
            let choices = try CommandFailure.wrap { try database.sectionChoices(forComments: [id]) }
            func ids(_ codes: [String], option: String) throws -> Set<Int64> {
                Set(try codes.map { code in
                    guard let found = choices.first(where: { $0.code.caseInsensitiveCompare(code) == .orderedSame }) else {
                        throw CommandFailure(.noSuchSectionInProcess(option: option, code: code, comment: id, known: choices.map(\.code)), code: 65)
                    }
                    return found.id
                })
            }
            let add = try ids(sections, option: "")
            let take = try ids(remove, option: "--remove ")
            try CommandFailure.wrap { try store.changeTags(id, add: add, remove: take) }
            let after = try CommandFailure.wrap { try store.comment(id) }?.tags.map(\.code) ?? []
            global.say(.tagged(id, sections: after))
        }
    }
}
