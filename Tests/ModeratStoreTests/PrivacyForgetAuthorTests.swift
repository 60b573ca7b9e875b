import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// Quirinus Zwiebelmeier commented three times and asked the city to erase his data. His
/// name is in his author row, in his own comment, in a neighbour's reply, in a moderator's
/// answer and note, in an undo snapshot, a draft, an old audit detail and the guest list
/// of a meeting; his e-mail address is in his author row and in one of his comments.
final class ForgetAuthorScenario: @unchecked Sendable {
    static let name = "Quirinus Zwiebelmeier"
    static let contact = "quirinus@zwiebel-post.example"
    /// Every spelling of him that must be gone afterwards (the search index stores the folded,
    /// lower-cased words; a genitive or a capitalised quote are still him).
    static let traces = [name, name.lowercased(), name.uppercased(), "Zwiebelmeier", "zwiebelmeier", "ZWIEBELMEIER",
                         "Quirinus", "quirinus", contact, "u-4711"]

    let fixture: Fixture
    let quirinus: Int64
    let approved: Int64, rejected: Int64, pending: Int64, reply: Int64

    init() throws {
        fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Schäfer")
        let process = try fixture.process()
        quirinus = try fixture.insert("INSERT INTO author(source, external_id, display_name, contact) VALUES ('decidim', 'u-4711', ?, ?)",
                                      [Self.name, Self.contact])
        let erika = try fixture.author("Erika Musterfrau")
        approved = try fixture.comment(process, author: quirinus, body: "Ich, Quirinus Zwiebelmeier, wünsche mir mehr Bänke am Stiftsplatz.",
                                       minutesAgo: 300)
        rejected = try fixture.comment(process, author: quirinus, body: "Schreiben Sie mir: \(Self.contact)", minutesAgo: 200)
        pending = try fixture.comment(process, author: quirinus, body: "Noch ein Gedanke zum Radverkehr in der Innenstadt.", minutesAgo: 100)
        reply = try fixture.comment(process, author: erika, body: "Wie QUIRINUS ZWIEBELMEIER schon schrieb: gute Idee!", minutesAgo: 50,
                                    parent: approved)
        let bernd = fixture.store("bernd")
        try bernd.decide(approved, .approve, expectedVersion: 1, answer: "Danke, Herr Quirinus Zwiebelmeier, wir prüfen das.")
        // Held and approved again: the undo snapshot of the hold keeps the answer with the name.
        try bernd.decide(approved, .hold, expectedVersion: 2)
        try bernd.decide(approved, .approve, expectedVersion: 3)
        try bernd.decide(rejected, .reject, expectedVersion: 1, reason: "spam", note: "Quirinus Zwiebelmeiers Adresse im Text")
        try bernd.saveDraft("comment:\(pending):answer", text: "Lieber Herr quirinus zwiebelmeier, …")
        try fixture.database.pool.write { db in
            // What an older moderat might have written into an audit detail.
            try db.appendAudit(actor: "anna", action: .note, entity: "author", entityId: String(quirinus),
                               detail: ["name": Self.name], at: Fixture.now)
            try db.execute(sql: "INSERT INTO board(id, slug, name) VALUES (1, 'beirat', 'Beteiligungsbeirat')")
            try db.execute(sql: "INSERT INTO meeting(id, board_id, title, date) VALUES (1, 1, '3. Sitzung', '2026-11-20')")
            try db.execute(sql: "INSERT INTO meeting_guest(meeting_id, name, affiliation) VALUES (1, ?, 'Anwohner')", arguments: [Self.name])
            try db.execute(sql: "INSERT INTO minutes(meeting_id, private_notes) VALUES (1, ?)",
                           arguments: ["Rückfrage an \(Self.name) unter \(Self.contact)"])
        }
    }

    var store: Store { fixture.store() }

    func bytes() throws -> PrivacyFileBytes { try PrivacyFileBytes(databasePath: fixture.path) }

    func text(_ sql: String, _ arguments: StatementArguments = []) throws -> String? {
        try fixture.database.pool.read { db in try String.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func searchIds(_ words: String) throws -> Set<Int64> {
        Set(try store.firstPage(QueueFilter(states: [], search: words), limit: 100).map(\.id))
    }

    /// Every figure a report or the queue header shows.
    func figures() throws -> (ReportFigures, [String: Int]) {
        let counts = try fixture.database.pool.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT state, n FROM comment_count").map { row -> (String, Int) in
                (row["state"], row["n"])
            })
        }
        return (try fixture.database.reportFigures(), counts)
    }
}

@Suite("An administrator erases a citizen's personal data (forget-author)")
struct PrivacyForgetAuthorTests {
    let s: ForgetAuthorScenario
    init() throws { s = try ForgetAuthorScenario() }

    @Test("After forget-author his name, e-mail and external id occur zero times in the bytes of the database file and its -wal")
    func noTraceInTheFiles() throws {
        let before = try s.bytes()
        #expect(before.occurrences(of: ForgetAuthorScenario.name) >= 3, "the scenario must put the name into the files")
        #expect(before.occurrences(of: ForgetAuthorScenario.contact) >= 2)
        #expect(before.wal.count > 0, "the scenario's writes must sit in the WAL, where old pages would survive")

        let erasure = try s.store.forgetAuthor(ForgetAuthorScenario.name)

        #expect(erasure.walEmptied == true)
        let after = try s.bytes()
        #expect(after.leaks(ForgetAuthorScenario.traces) == [:])
        #expect(after.wal.isEmpty)
        #expect(after.occurrences(of: erasure.pseudonym) > 0)
    }

    @Test("Decisions stay countable: every report figure and state counter is the same before and after")
    func decisionsStayCountable() throws {
        let (reportBefore, countsBefore) = try s.figures()
        let statesBefore = try [s.approved, s.rejected, s.pending].map(s.fixture.state)
        try s.store.forgetAuthor(ForgetAuthorScenario.name)
        let (reportAfter, countsAfter) = try s.figures()
        #expect(reportAfter == reportBefore)
        #expect(countsAfter == countsBefore)
        #expect(try [s.approved, s.rejected, s.pending].map(s.fixture.state) == statesBefore)
        #expect(try s.fixture.int("SELECT count(*) FROM comment WHERE author_id = ?", [s.quirinus]) == 3)
        #expect(try s.text("SELECT reason_code FROM comment WHERE id = ?", [s.rejected]) == "spam")
    }

    @Test("Every mention becomes the pseudonym and the e-mail a marker, wherever it was written")
    func mentionsBecomeThePseudonym() throws {
        let erasure = try s.store.forgetAuthor(ForgetAuthorScenario.name)
        let p = erasure.pseudonym
        #expect(p.hasPrefix("Gelöschte Person ") && p.count == "Gelöschte Person ".count + 4)
        let counts: [Int] = [erasure.bodies, erasure.answers, erasure.notes, erasure.priors, erasure.drafts, erasure.auditDetails,
                             erasure.meetingTexts]
        #expect(counts == [3, 1, 1, 2, 1, 1, 2])
        #expect(try s.text("SELECT display_name FROM author WHERE id = ?", [s.quirinus]) == p)
        #expect(try s.text("SELECT contact FROM author WHERE id = ?", [s.quirinus]) == nil)
        #expect(try s.text("SELECT body FROM comment WHERE id = ?", [s.approved]) == "Ich, \(p), wünsche mir mehr Bänke am Stiftsplatz.")
        #expect(try s.text("SELECT body FROM comment WHERE id = ?", [s.reply]) == "Wie \(p) schon schrieb: gute Idee!")
        #expect(try s.text("SELECT body FROM comment WHERE id = ?", [s.rejected]) == "Schreiben Sie mir: [Kontaktdaten entfernt]")
        #expect(try s.text("SELECT public_answer FROM comment WHERE id = ?", [s.approved]) == "Danke, Herr \(p), wir prüfen das.")
        #expect(try s.text("SELECT internal_note FROM comment WHERE id = ?", [s.rejected]) == "\(p) Adresse im Text")
        #expect(try s.text("SELECT text FROM draft WHERE owner = 'bernd'") == "Lieber Herr \(p), …")
        #expect(try s.text("SELECT name FROM meeting_guest") == p)
        #expect(try s.text("SELECT private_notes FROM minutes") == "Rückfrage an \(p) unter [Kontaktdaten entfernt]")
        #expect(try s.text("SELECT detail FROM audit_event WHERE action = 'comment.note' AND entity = 'author'") == "{\"name\":\"\(p)\"}")
        // A rewritten comment has a new version, so a moderator who had it open is told.
        #expect(try s.fixture.version(s.reply) == 2)
    }

    @Test("Search no longer finds him by name; his comments are found under the pseudonym")
    func searchIndex() throws {
        #expect(try s.searchIds("Zwiebelmeier") == [s.approved, s.rejected, s.pending, s.reply])
        let erasure = try s.store.forgetAuthor(ForgetAuthorScenario.name)
        #expect(try s.searchIds("Zwiebelmeier").isEmpty)
        #expect(try s.searchIds("Quirinus").isEmpty)
        let code = String(erasure.pseudonym.suffix(4))
        #expect(try s.searchIds("Gelöschte Person \(code)") == [s.approved, s.rejected, s.pending, s.reply])
        #expect(try s.searchIds("Radverkehr") == [s.pending])
        try s.fixture.database.pool.write { db in
            try db.execute(sql: "INSERT INTO comment_fts(comment_fts, rank) VALUES ('integrity-check', 0)")
        }
    }

    @Test("The erasure is audited with the pseudonym and counts, never the name")
    func auditRow() throws {
        let erasure = try s.store.forgetAuthor(ForgetAuthorScenario.name)
        let row = try s.text("SELECT actor || ' ' || entity || ' ' || entity_id || ' ' || detail FROM audit_event WHERE action = 'author.forget'")
        let redacted = try s.fixture.int("SELECT id FROM audit_event WHERE action = 'comment.note' AND entity = 'author'")
        #expect(row?.hasPrefix("anna author \(s.quirinus) {\"comments\":\"3\",\"pseudonym\":\"\(erasure.pseudonym)\",\"redacted\":\"\(redacted):") == true,
                "\(row ?? "")")
        #expect(row?.hasSuffix("\",\"texts\":\"11\"}") == true, "\(row ?? "")")
        // The rewritten detail is recorded, so the chain verifies; an edit by hand would not.
        #expect(try s.fixture.database.check().audit?.problems == [])
        // The audit trail stays append-only after the erasure.
        #expect(throws: DatabaseError.self) {
            try s.fixture.database.pool.write { db in try db.execute(sql: "UPDATE audit_event SET detail = '{}'") }
        }
        #expect(try s.fixture.int("SELECT count(*) FROM audit_redaction") == 0)
    }

    @Test("The pseudonym is stable: a second run changes nothing, and the import's (source, external id) still finds the row")
    func stable() throws {
        let first = try s.store.forgetAuthor(ForgetAuthorScenario.name)
        let auditRows = try s.fixture.int("SELECT count(*) FROM audit_event")
        let again = try s.store.forgetAuthor("#\(s.quirinus)")
        #expect(again.alreadyErased && again.pseudonym == first.pseudonym && again.walEmptied == true)
        #expect(try s.fixture.int("SELECT count(*) FROM audit_event") == auditRows)
        let byExternalId = try s.store.forgetAuthor("decidim:u-4711")
        #expect(byExternalId.alreadyErased && byExternalId.authorId == s.quirinus)
        #expect(try s.fixture.database.pool.read { db in try ErasedAuthors.id(db: db, source: "decidim", externalId: "u-4711") } == s.quirinus)
        #expect(try s.fixture.database.pool.read { db in try ErasedAuthors.id(db: db, source: "decidim", externalId: "u-4712") } == nil)
    }

    @Test("The name is found in another case or with umlauts spelled out; a dry run changes no byte")
    func dryRun() throws {
        _ = try s.fixture.database.truncateWAL()
        let before = try s.bytes()
        let plan = try s.store.forgetAuthor("quirinus ZWIEBELMEIER", dryRun: true)
        #expect(plan.dryRun && !plan.alreadyErased && plan.authorId == s.quirinus && plan.walEmptied == nil)
        #expect(plan.bodies == 3 && plan.meetingTexts == 2)
        let after = try s.bytes()
        #expect(after.main == before.main && after.wal == before.wal)
        #expect(try s.text("SELECT display_name FROM author WHERE id = ?", [s.quirinus]) == ForgetAuthorScenario.name)
    }

    @Test("A moderator may not erase an author: refused (exit 1) naming the rule, and nothing changes", arguments: ["bernd", "nobody-here"])
    func refused(account: String) throws {
        let audits = try s.fixture.int("SELECT count(*) FROM audit_event")
        let error = #expect(throws: StoreError.self) { try s.fixture.store(account).forgetAuthor(ForgetAuthorScenario.name) }
        #expect(error?.exitCode == 1)
        if account == "bernd" { #expect(error?.description.contains("admins only") == true) }
        #expect(try s.text("SELECT display_name FROM author WHERE id = ?", [s.quirinus]) == ForgetAuthorScenario.name)
        #expect(try s.text("SELECT body FROM comment WHERE id = ?", [s.reply]) == "Wie QUIRINUS ZWIEBELMEIER schon schrieb: gute Idee!")
        #expect(try s.fixture.int("SELECT count(*) FROM audit_event") == audits)
        let purge = #expect(throws: StoreError.self) { try s.fixture.store(account).purgeRejected(olderThanDays: 0) }
        #expect(purge?.exitCode == 1)
        #expect(try s.text("SELECT body FROM comment WHERE id = ?", [s.rejected]) == "Schreiben Sie mir: \(ForgetAuthorScenario.contact)")
    }

    @Test("An unknown author is not found (1); a name two authors share lists both by #ID (65); nothing changes")
    func unknownAndAmbiguous() throws {
        let unknown = #expect(throws: StoreError.self) { try s.store.forgetAuthor("Niemand Bekannt") }
        #expect(unknown?.exitCode == 1 && unknown?.description.contains("Niemand Bekannt") == true)
        let twin = try s.fixture.author(ForgetAuthorScenario.name)
        let ambiguous = #expect(throws: StoreError.self) { try s.store.forgetAuthor(ForgetAuthorScenario.name) }
        #expect(ambiguous?.exitCode == 65)
        #expect(ambiguous?.description.contains("#\(s.quirinus)") == true && ambiguous?.description.contains("#\(twin)") == true)
        #expect(try s.fixture.int("SELECT count(*) FROM author WHERE erased_at IS NOT NULL") == 0)
    }

    @Test("While another program reads, the WAL cannot be emptied: said so (not claimed), and a rerun afterwards empties it")
    func readerHoldsTheWAL() throws {
        s.fixture.database.lockWait.limit = 0.5
        let other = try s.fixture.reopen()
        let erasure = try other.pool.read { db -> AuthorErasure in
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM comment")
            return try s.store.forgetAuthor(ForgetAuthorScenario.name)
        }
        #expect(erasure.walEmptied == false)
        #expect(try s.text("SELECT display_name FROM author WHERE id = ?", [s.quirinus]) == erasure.pseudonym)
        #expect(try s.bytes().wal.count > 0)
        let rerun = try s.store.forgetAuthor("#\(s.quirinus)")
        #expect(rerun.alreadyErased && rerun.walEmptied == true)
        #expect(try s.bytes().leaks(ForgetAuthorScenario.traces) == [:])
    }
}

@Suite("Migration 003 prepares a database for erasures")
struct PrivacyMigrationTests {
    @Test("A version-2 file gains its own random salt, comment.redacted_at, and an audit trail that still refuses every change")
    func upgrade() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("moderat-mig3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var salts: [Data] = []
        for name in ["a.db", "b.db"] {
            let path = dir.appendingPathComponent(name).path
            do {
                let pool = try DatabasePool(path: path)
                try Migrations.migrator.migrate(pool, upTo: "002-users")
                try pool.write { db in
                    try db.execute(sql: "INSERT INTO audit_event(at, actor, action, entity, detail) VALUES ('2026-01-01T00:00:00Z', 'anna', 'x', 'y', '{}')")
                }
            }
            let database = try ModeratDatabase.open(path: path)
            #expect(try database.appliedMigrations().contains("003-privacy"))
            try database.pool.read { db in
                salts.append(try #require(try Data.fetchOne(db, sql: "SELECT salt FROM privacy_salt")))
                #expect(try db.columns(in: "comment").map(\.name).contains("redacted_at"))
            }
            #expect(throws: DatabaseError.self) {
                try database.pool.write { db in try db.execute(sql: "UPDATE audit_event SET detail = '{\"a\":1}'") }
            }
            #expect(throws: DatabaseError.self) { try database.pool.write { db in try db.execute(sql: "DELETE FROM audit_event") } }
        }
        #expect(salts.count == 2 && salts.allSatisfy { $0.count == 32 } && salts[0] != salts[1])
    }
}
