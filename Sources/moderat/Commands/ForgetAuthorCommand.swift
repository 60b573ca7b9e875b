import ArgumentParser
import Foundation
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
            let store = Store(database: try context.open(), account: context.account)
            let erasure = try CommandFailure.wrap { try store.forgetAuthor(author, dryRun: dryRun, force: force) }
            if erasure.alreadyErased {
                say("author #\(erasure.authorId) was erased before (now \"\(erasure.pseudonym)\"); nothing changed")
            } else {
                let verb = dryRun ? "would erase" : "erased"
                say("\(verb) author #\(erasure.authorId) (\(erasure.ownComments) comments, decisions kept): now \"\(erasure.pseudonym)\"")
                say("  name, external id\(erasure.hadContact ? ", contact" : "") \(dryRun ? "would be" : "were") removed")
                say("  name replaced in \(erasure.bodies) comment texts, \(erasure.answers) public answers, \(erasure.notes) internal notes,")
                say("  \(erasure.priors) undo snapshots, \(erasure.drafts) drafts, \(erasure.auditDetails) audit details, \(erasure.meetingTexts) meeting records")
                say("  of these, \(erasure.othersTexts) are texts of other people"
                    + (dryRun && erasure.needsForce ? " (too many for this name: the erasure needs --force)" : ""))
            }
            try PrivacyOutput.reportWAL(erasure.walEmptied, path: context.databasePath)
        }
    }
}

/// What forget-author and purge say about the WAL.
enum PrivacyOutput {
    /// Nothing for a dry run; a failure (75) when the WAL still holds old pages.
    static func reportWAL(_ emptied: Bool?, path: String) throws {
        guard let emptied else { return }
        guard emptied else {
            throw CommandFailure(message: """
                \(path): the data is erased, but another program has the database open, so its \
                write-ahead log (\(path)-wal) still holds the old pages; rerun this command when \
                the others have closed it
                """, code: 75)
        }
        say("  search index merged, file rebuilt, write-ahead log emptied: no trace left in \(path)")
    }
}
