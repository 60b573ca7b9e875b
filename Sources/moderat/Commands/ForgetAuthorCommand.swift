import ArgumentParser
import Foundation
import ModeratApp
import ModeratStore

/// `moderat forget-author AUTHOR`: erase a citizen's personal data (DSGVO Art. 17).
struct ForgetAuthorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget-author",
        abstract: "Erase an author's personal data, leaving a pseudonym (admins only).",
        discussion: """
            AUTHOR is the name as moderat shows it, #ID (the author row) or SOURCE:EXTERNAL_ID. \
            The name, contact and external id go; every mention of the name (any case, umlauts \
            spelled out or not) in comments, answers, notes, undo snapshots, drafts and audit \
            details, minutes and meeting records (guests, agenda items, action items) becomes the \
            pseudonym ("Gelöschte Person 7F3A"), and the contact inside such texts becomes \
            "[Kontaktdaten entfernt]". Roster members are not authors and stay. Decisions stay countable. \
            Backups made earlier still hold the data. \
            Exit status: 0 erased, 1 refused or unknown author, 65 ambiguous name, \
            75 erased but another program kept the WAL (rerun when it has closed the database). \
            A name that is a single word and appears in other people's texts, or appears in more \
            than five of them, is refused (1, with the counts) until --force.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The author: name as shown, #ID or SOURCE:EXTERNAL_ID.", valueName: "author"))
    var author: String

    @Flag(name: .long, help: "Say what would change; change nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Erase even when the name is one word in other people's texts or in more than five of them.")
    var force = false

    func run() throws {
        try runReporting(global) {
            let context = try CommandContext(global)
            let store = try context.openStore()
            let erasure = try CommandFailure.wrap { try store.forgetAuthor(author, dryRun: dryRun, force: force) }
            global.say(.authorErased(erasure, dryRun: dryRun))
            try PrivacyOutput.reportWAL(erasure.walEmptied, path: context.databasePath, language: context.messageLanguage)
        }
    }
}

/// What forget-author and purge say about the WAL.
enum PrivacyOutput {
    /// Nothing for a dry run; a failure (75) when the WAL still holds old pages.
    static func reportWAL(_ emptied: Bool?, path: String, language: Language) throws {
        guard let emptied else { return }
        guard emptied else {
            throw CommandFailure(.walNotEmptied(path), code: 75)
        }
        say(CommandText.walEmptied(path).words(language))
    }
}
