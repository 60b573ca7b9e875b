import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// forget-author matches a name as a name, never rewrites structured audit fields, and asks
/// before it rewrites other people's texts for a name that is also a common word.
@Suite("forget-author guards")
struct ForgetAuthorGuardTests {
    static func text(_ f: Fixture, _ sql: String, _ arguments: StatementArguments) throws -> String? {
        try f.database.pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
    }

    @Test("an author who called themselves `approved` leaves every audit detail as it was")
    func approvedIsNotAnAuditValue() throws {
        let f = try Fixture()
        let process = try f.process()
        let author = try f.author("approved")
        let store = f.store()
        for n in 0..<6 {
            let id = try f.comment(process, author: n < 2 ? author : nil, body: "Beitrag \(n) zum Radverkehr")
            try store.decide(id, .approve, expectedVersion: 1)
        }
        let details = { try f.database.pool.read { db in try String.fetchAll(db, sql: "SELECT detail FROM audit_event ORDER BY id") } }
        let before = try details()
        #expect(before.filter { $0.contains("\"approved\"") }.count == 6)
        let erasure = try store.forgetAuthor("approved")
        #expect(erasure.auditDetails == 0)
        #expect(Array(try details().prefix(before.count)) == before)
        #expect(try f.database.check().audit?.problems == [])
    }

    @Test("an author named `die` would rewrite eight other people's comments: refused with the counts until --force")
    func commonWordNeedsForce() throws {
        let f = try Fixture()
        let process = try f.process()
        let die = try f.author("die")
        let own = try f.comment(process, author: die, body: "Ich bin die mit dem Hund.")
        let others = try (0..<8).map { try f.comment(process, author: try f.author("Person \($0)"), body: "Das ist die Frage Nummer \($0).") }
        let dryRun = try f.store().forgetAuthor("die", dryRun: true)
        #expect(dryRun.needsForce && dryRun.othersTexts == 8 && dryRun.bodies == 9)
        let bodies = { try f.database.pool.read { db in try String.fetchAll(db, sql: "SELECT body FROM comment ORDER BY id") } }
        let before = try bodies()
        do {
            _ = try f.store().forgetAuthor("die")
            Issue.record("not refused")
        } catch let StoreError.refusal(refusal) {
            guard case let .erasureNeedsForce(erasure, singleWord: true) = refusal else { Issue.record("\(refusal)"); return }
            #expect(erasure.othersTexts == 8 && erasure.authorId == die)
            let message = refusal.description
            #expect(message.contains("the name is a single word and would change 8 texts of other people"), "\(message)")
            #expect(message.contains("Nothing was changed") && message.contains("--force"), "\(message)")
        }
        #expect(try bodies() == before)
        #expect(try Self.text(f, "SELECT display_name FROM author WHERE id = ?", [die]) == "die")
        let erasure = try f.store().forgetAuthor("die", force: true)
        #expect(try Self.text(f, "SELECT body FROM comment WHERE id = ?", [own]) == "Ich bin \(erasure.pseudonym) mit dem Hund.")
        #expect(try Self.text(f, "SELECT body FROM comment WHERE id = ?", [others[0]]) == "Das ist \(erasure.pseudonym) Frage Nummer 0.")
    }

    @Test("a two-word name in a few other texts needs no --force; a name inside a longer word is not touched")
    func ordinaryName() throws {
        let f = try Fixture()
        let process = try f.process()
        let jana = try f.author("Jana Vogel")
        _ = try f.comment(process, author: jana, body: "Mein Vorschlag, Jana Vogel")
        let other = try f.comment(process, author: try f.author("Kim"), body: "Wie Jana Vogel sagt; die Jana-Vogelwiese bleibt.")
        let erasure = try f.store().forgetAuthor("Jana Vogel")
        #expect(!erasure.needsForce && erasure.othersTexts == 1)
        #expect(try Self.text(f, "SELECT body FROM comment WHERE id = ?", [other]) == "Wie \(erasure.pseudonym) sagt; die Jana-Vogelwiese bleibt.")
    }

    @Test("when the rebuild after the erasure fails on a full disk, the message says what remains and how to finish (74)")
    func fullDiskAfterCommit() {
        let error = ModeratDatabase.compactionFailure(.diskFull(path: "x.db"), path: "x.db", rerun: "moderat forget-author '#7'")
        #expect(error.exitCode == 74)
        #expect(!error.description.contains("nothing was changed"))
        #expect(error.description == "x.db: the data is erased in the database, but the file could not be rebuilt (the disk is full), "
                + "so old copies of the erased text may remain in unused parts of the database and its -wal. "
                + "Free disk space of the database's size and run `moderat forget-author '#7'` again to finish; it changes nothing else.")
    }
}
