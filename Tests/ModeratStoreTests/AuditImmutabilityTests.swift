import Foundation
import GRDB
import ModeratCore
import Testing
@testable import ModeratStore

/// The audit trail is append-only: no column of an event can be changed and no event removed
/// or replaced, neither through moderat's own connection nor by someone with a plain SQLite
/// connection to the file. The one exception is forget-author's redaction of `detail`,
/// which lives only inside its own transaction.
@Suite("Audit trail is immutable")
struct AuditImmutabilityTests {
    /// A small database with a dozen audit events: comments by one author approved, rejected
    /// and tagged by the admin.
    static func fixture() throws -> Fixture {
        let f = try Fixture()
        let process = try f.process()
        let section = try f.section(process, "C1")
        let author = try f.author("Quirin Beispiel")
        let store = f.store()
        for n in 0..<4 {
            let id = try f.comment(process, author: author, body: "Beitrag \(n) von Quirin Beispiel")
            try store.decide(id, n.isMultiple(of: 2) ? .approve : .reject, expectedVersion: 1, reason: n.isMultiple(of: 2) ? nil : "spam")
            try store.addTags([id], sectionIds: [section])
        }
        return f
    }

    static func events(_ database: ModeratDatabase) throws -> [Row] {
        try database.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM audit_event ORDER BY id") }
    }

    /// What a refused statement says: SQLite's message from the trigger.
    static func refusal(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as DatabaseError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    static let tampering = [
        "UPDATE audit_event SET actor = 'mallory' WHERE id = (SELECT MAX(id) FROM audit_event)",
        "UPDATE audit_event SET at = '2020-01-01T00:00:00Z'",
        "UPDATE audit_event SET action = 'comment.approve' WHERE action = 'comment.reject'",
        "UPDATE audit_event SET detail = '{}'",
        "UPDATE audit_event SET entity_id = NULL WHERE entity = 'comment'",
        "DELETE FROM audit_event WHERE id = (SELECT MIN(id) FROM audit_event)",
        "DELETE FROM audit_event",
        """
        INSERT OR REPLACE INTO audit_event(id, at, actor, action, entity, entity_id, detail)
        SELECT id, at, 'mallory', action, entity, entity_id, '{}' FROM audit_event WHERE id = (SELECT MAX(id) FROM audit_event)
        """,
        """
        REPLACE INTO audit_event(id, at, actor, action, entity, entity_id, detail)
        VALUES ((SELECT MIN(id) FROM audit_event), '2020-01-01T00:00:00Z', 'mallory', 'x', 'x', NULL, '{}')
        """,
    ]

    @Test("through moderat's own connection every change, delete and replace of an event is refused; the log stays as it was",
          arguments: AuditImmutabilityTests.tampering)
    func throughTheStore(sql: String) throws {
        let f = try Self.fixture()
        let before = try Self.events(f.database)
        #expect(before.count >= 8)
        let message = Self.refusal { try f.database.pool.write { db in try db.execute(sql: sql) } }
        #expect(message?.contains("audit_event is append-only") == true, "\(message ?? "not refused")")
        #expect(try Self.events(f.database) == before)
    }

    @Test("with a plain SQLite connection to the file (no moderat code) the same statements are refused",
          arguments: AuditImmutabilityTests.tampering)
    func throughRawSQL(sql: String) throws {
        let f = try Self.fixture()
        let before = try Self.events(f.database)
        let raw = try DatabaseQueue(path: f.path)
        let message = Self.refusal { try raw.write { db in try db.execute(sql: sql) } }
        #expect(message?.contains("audit_event is append-only") == true, "\(message ?? "not refused")")
        try raw.close()
        #expect(try Self.events(f.database) == before)
    }

    @Test("the sqlite3 shell is refused too, with SQLite's error on stderr and a non-zero exit")
    func throughSqliteShell() throws {
        let shell = URL(fileURLWithPath: try ToolRequirement.require("sqlite3", install: "apt-get install sqlite3"))
        let f = try Self.fixture()
        let before = try Self.events(f.database)
        let process = Process()
        process.executableURL = shell
        process.arguments = [f.path, "DELETE FROM audit_event;"]
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let said = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus != 0)
        #expect(said.contains("audit_event is append-only: rows cannot be deleted"), "\(said)")
        #expect(try Self.events(f.database) == before)
    }

    @Test("appending stays possible: a new event gets the next id and the older ones are untouched")
    func appendStillWorks() throws {
        let f = try Self.fixture()
        let before = try Self.events(f.database)
        let id = try f.database.pool.write { db in
            try db.appendAudit(actor: "anna", action: .tag, entity: "comment", entityId: "1", detail: [:], at: Fixture.now)
        }
        let after = try Self.events(f.database)
        #expect(after.count == before.count + 1)
        #expect(Array(after.prefix(before.count)) == before)
        #expect(id > (before.last?["id"] ?? 0))
    }

    @Test("forget-author rewrites only the detail of the events that named the author; nothing else moves, and the door closes again")
    func redactionOnlyDetail() throws {
        let f = try Self.fixture()
        let author = try f.int("SELECT author_id FROM comment WHERE author_id IS NOT NULL ORDER BY id LIMIT 1")
        let before = try Self.events(f.database)
        _ = try f.store().forgetAuthor("#\(author)")
        let after = try Self.events(f.database)
        #expect(after.count == before.count + 1, "one author.forget event appended")
        for (old, new) in zip(before, after) {
            for column in ["id", "at", "actor", "action", "entity", "entity_id"] {
                #expect(old[column] as DatabaseValue == new[column] as DatabaseValue, "\(column) of event \(old["id"] as Int64)")
            }
        }
        #expect(try f.int("SELECT COUNT(*) FROM audit_redaction") == 0, "the permission row never outlives the erasure")
        #expect(try f.database.check().audit?.problems == [], "the redaction is recorded, so the chain still verifies")
        let message = Self.refusal { try f.database.pool.write { db in try db.execute(sql: "UPDATE audit_event SET detail = '{}'") } }
        #expect(message?.contains("append-only") == true, "refused again afterwards: \(message ?? "not refused")")
    }

    @Test("even with the redaction permission row in place only `detail` may change: no other column, no delete")
    func permissionRowIsNarrow() throws {
        let f = try Self.fixture()
        let before = try Self.events(f.database)
        for sql in ["UPDATE audit_event SET actor = 'mallory'", "DELETE FROM audit_event", "UPDATE audit_event SET chain = NULL",
                    "UPDATE audit_event SET at = '2020-01-01T00:00:00Z'"] {
            let message = Self.refusal {
                try f.database.pool.write { db in
                    try db.execute(sql: "INSERT INTO audit_redaction(id) VALUES (1)")
                    try db.execute(sql: sql)
                }
            }
            #expect(message?.contains("append-only") == true, "\(sql): \(message ?? "not refused")")
        }
        #expect(try Self.events(f.database) == before)
        #expect(try f.int("SELECT COUNT(*) FROM audit_redaction") == 0, "the refused transactions rolled back")
    }
}
