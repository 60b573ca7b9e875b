import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

@Suite("Schema and database file")
struct SchemaTests {
    @Test("A new database gets every migration and every table")
    func migrationsOnEmptyFile() throws {
        let fixture = try Fixture()
        #expect(try fixture.database.appliedMigrations() == ModeratDatabase.knownMigrations)
        let tables = try fixture.database.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
        }
        for table in ["moderator", "process", "section", "author", "reason", "comment", "comment_section",
                      "comment_count", "comment_fts", "board", "seat", "member", "term", "meeting", "attendance",
                      "agenda_item", "action_item", "minutes", "draft", "audit_event", "decision_prior"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        let mode = try fixture.database.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("A new database file is readable and writable by owner and group only")
    func newFileMode() throws {
        let fixture = try Fixture()
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.path)
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        #expect(mode & ~0o660 == 0, "mode is \(String(mode, radix: 8))")
    }

    @Test("A database from a newer moderat is refused and left byte for byte as it was")
    func newerSchemaRefused() throws {
        let fixture = try Fixture()
        let path = fixture.path
        // Another program writes a migration this moderat does not know, then closes cleanly.
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('999-from-the-future')")
            }
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try queue.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.newerSchema(path: path, unknownMigrations: ["999-from-the-future"])) {
            _ = try ModeratDatabase.open(path: path)
        }
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(before == after)
    }

    @Test("Opening a missing file without create says so")
    func missingFile() {
        #expect(throws: StoreError.missingFile(path: "/nonexistent/moderat.db")) {
            _ = try ModeratDatabase.open(path: "/nonexistent/moderat.db")
        }
    }

    @Test("The maintained comment counters follow inserts, decisions and deletes")
    func countersFollowChanges() throws {
        let fixture = try Fixture()
        let process = try fixture.process()
        let a = try fixture.comment(process)
        try fixture.comment(process, state: .approved)
        try fixture.store().decide(a, .reject, expectedVersion: 1, reason: "spam")
        try fixture.insert("DELETE FROM comment WHERE state = 'approved'")
        for state in CommentState.allCases {
            let maintained = try fixture.int("SELECT n FROM comment_count WHERE state = ?", [state.rawValue])
            let counted = try fixture.int("SELECT COUNT(*) FROM comment WHERE state = ?", [state.rawValue])
            #expect(maintained == counted, "\(state)")
        }
    }
}
