import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Many people, one database")
struct ConcurrencyTests {
    @Test("The change counter moves after another connection commits, and only then")
    func dataVersionSeesOtherCommits() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let mine = fixture.database
        let first = try mine.dataVersion()
        #expect(try mine.dataVersion() == first)
        let other = try fixture.reopen()
        try other.pool.write { db in
            try db.execute(sql: """
                INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at)
                VALUES ('test', 'x1', ?, 'neu', '2026-11-27T14:00:00Z', '2026-11-27T14:00:00Z')
                """, arguments: [process])
        }
        let second = try mine.dataVersion()
        #expect(second != first)
        #expect(try mine.dataVersion() == second)
        // The watcher also notices this process's own writer, so the app refreshes after its own writes.
        try fixture.store().decide(try fixture.comment(process), .approve, expectedVersion: 1)
        #expect(try mine.dataVersion() != second)
    }

    @Test("A backup taken while another connection keeps writing opens and passes the integrity check")
    func backupWhileWriting() async throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        try fixture.comments(process, (0..<200).map { ("Vorab \($0)", 60, .pending) })
        let writer = try fixture.reopen()
        let task = Task.detached { try Self.insertInALoop(writer, process: process, rows: 400) }
        // Wait until the writer is under way, then copy.
        while try fixture.int("SELECT COUNT(*) FROM comment WHERE source = 'bg'") < 20 { try await Task.sleep(nanoseconds: 1_000_000) }
        let destination = fixture.directory.appendingPathComponent("backup.db").path
        let readOnly = try ModeratDatabase.open(path: destination.replacingOccurrences(of: "backup.db", with: "test.db"), readOnly: true)
        try readOnly.backup(to: destination)
        #expect(try await task.value == 400)

        let copy = try ModeratDatabase.open(path: destination)
        let report = try copy.check()
        #expect(report.isOK, "\(report.text)")
        let copied = try Self.int(copy, "SELECT COUNT(*) FROM comment")
        #expect(copied >= 220 && copied <= 600)
        let counter = try Self.int(copy, "SELECT SUM(n) FROM comment_count")
        #expect(counter == copied)
        let mode = (try FileManager.default.attributesOfItem(atPath: destination)[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        #expect(mode & ~0o660 == 0)
    }

    /// Another moderat importing comments one transaction at a time.
    static func insertInALoop(_ writer: ModeratDatabase, process: Int64, rows: Int) throws -> Int {
        for i in 0..<rows {
            try writer.pool.write { db in
                try db.execute(sql: """
                    INSERT INTO comment(source, external_id, process_id, body, created_at, imported_at)
                    VALUES ('bg', ?, ?, ?, '2026-11-27T14:00:00Z', '2026-11-27T14:00:00Z')
                    """, arguments: ["bg-\(i)", process, String(repeating: "Straße ", count: 50)])
            }
        }
        return rows
    }

    static func int(_ database: ModeratDatabase, _ sql: String) throws -> Int {
        try database.pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    @Test("A backup refuses an existing destination unless told to overwrite")
    func backupRefusesExisting() throws {
        let fixture = try Fixture()
        let destination = fixture.directory.appendingPathComponent("exists.db").path
        try Data("precious".utf8).write(to: URL(fileURLWithPath: destination))
        let refused = expectStoreError("file") { try fixture.database.backup(to: destination) }
        #expect(refused == .file(path: destination, .backupExists))
        #expect(refused?.exitCode == 73)
        #expect(try Data(contentsOf: URL(fileURLWithPath: destination)) == Data("precious".utf8))
        try fixture.database.backup(to: destination, overwrite: true)
        #expect(try ModeratDatabase.open(path: destination).check().isOK)
    }

    @Test("Opening a comment claims it; another moderator sees who has it until when")
    func claims() throws {
        let fixture = try Fixture()
        try fixture.moderator("bernd", "Bernd Muster")
        let comment = try fixture.comment(try fixture.process())
        let anna = fixture.store()
        let bernd = fixture.store("bernd", offset: 60)
        #expect(try anna.claim(comment, minutes: 5) == .claimed(until: "2026-11-27T14:05:00Z"))
        #expect(try bernd.claim(comment) == .heldBy(Claim(moderatorName: "Anna Beispiel", account: "anna", until: "2026-11-27T14:05:00Z")))
        #expect(try bernd.comment(comment)?.claim?.moderatorName == "Anna Beispiel")
        try anna.release(comment)
        #expect(try bernd.claim(comment) == .claimed(until: "2026-11-27T14:06:00Z"))
        // A lapsed claim is free for the taking.
        #expect(try fixture.store("anna", offset: 600).claim(comment) == .claimed(until: "2026-11-27T14:15:00Z"))
        // Claims are presence, not changes: no audit row, no new version.
        #expect(try fixture.version(comment) == 1)
        #expect(try fixture.int("SELECT COUNT(*) FROM audit_event") == 0)
    }

    @Test("A draft survives a dropped connection and is private to its account")
    func drafts() throws {
        let fixture = try Fixture()
        try fixture.store().saveDraft("comment:1:answer", text: "Sehr geehrte", baseVersion: 3)
        try fixture.store().saveDraft("comment:1:answer", text: "Sehr geehrte Frau Müller")
        let reopened = Store(database: try fixture.reopen(), account: "anna")
        #expect(try reopened.loadDraft("comment:1:answer")?.text == "Sehr geehrte Frau Müller")
        #expect(try fixture.store("bernd").loadDraft("comment:1:answer") == nil)
        try reopened.deleteDraft("comment:1:answer")
        #expect(try fixture.store().loadDraft("comment:1:answer") == nil)
    }
}
