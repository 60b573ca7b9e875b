import Foundation
import GRDB
import Testing

/// `moderat check` against the tamperings someone with `sqlite3` and write access to the file
/// can make (the README lists them): each is named, and check exits 74.
@Suite("Audit tampering end to end", .serialized, .beyondSmokeSet)
struct AuditTamperEndToEndTests {
    static let sqlite3 = "/usr/bin/sqlite3"

    /// The trigger's SQL as the file holds it, to put it back unchanged after an edit.
    static func triggerSQL(_ db: URL, _ name: String) throws -> String {
        let queue = try DatabaseQueue(path: db.path)
        defer { try? queue.close() }
        return try queue.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = ?", arguments: [name]) } ?? ""
    }

    static func tamper(_ db: URL, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = [db.path, sql]
        let stderr = Pipe()
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        let said = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else { throw E2EError("sqlite3 refused the tampering: \(said)") }
    }

    /// The five tamperings: a name, the sqlite3 script (given the database for trigger SQL),
    /// and what `check` must say.
    static func tamperings(_ db: URL) throws -> [(name: String, sql: String, says: [String])] {
        let chained = try triggerSQL(db, "audit_event_chained")
        return [
            ("a detail edited through the redaction permission",
             """
             INSERT INTO audit_redaction(id) VALUES (1);
             UPDATE audit_event SET detail = '{"from":"pending","to":"rejected"}' WHERE id = 20;
             DELETE FROM audit_redaction;
             """,
             ["audit events that do not match their chain hash", "#20"]),
            ("a forged, back-dated event (trigger dropped and put back)",
             """
             DROP TRIGGER audit_event_chained;
             INSERT INTO audit_event(id, at, actor, action, entity, entity_id, detail, chain)
             VALUES ((SELECT MAX(id) + 1 FROM audit_event), '2026-01-05T09:00:00Z', 'amueller', 'comment.approve', 'comment', '3', '{}',
                     lower(hex(randomblob(32))));
             \(chained);
             """,
             ["audit events that do not match their chain hash", "the audit chain head records event"]),
            ("a dropped trigger and a deleted event",
             "DROP TRIGGER audit_event_no_delete; DELETE FROM audit_event WHERE id = 30;",
             ["audit trigger audit_event_no_delete is missing", "audit events missing (deleted): #30"]),
            ("a decision without its audit event",
             """
             UPDATE comment SET state = 'approved', decided_at = '2026-12-01T10:00:00Z'
             WHERE id = (SELECT MIN(id) FROM comment WHERE state = 'pending');
             """,
             ["decided comments without their audit event: comment "]),
            ("a weakened trigger",
             """
             DROP TRIGGER audit_event_no_update;
             CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event WHEN 0
             BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed'); END;
             """,
             ["audit trigger audit_event_no_update differs from what the migrations create"]),
        ]
    }

    @Test("an untouched database passes; each of five sqlite3 tamperings is named and check exits 74")
    func fiveTamperings() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.sqlite3) else {
            if ProcessInfo.processInfo.environment["MODERAT_REQUIRE_E2E"] == "1" { Issue.record("sqlite3 is missing: apt-get install sqlite3") }
            return
        }
        let template = try TempWorkspace()
        let original = try await DemoDatabase.copy(into: template)
        let clean = try await ModeratLaunch.run(database: original, arguments: ["check"], workspace: template)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")
        #expect(clean.stdout.contains("audit log: ok ("), "\(clean.stdout)")
        for tampering in try Self.tamperings(original) {
            let workspace = try TempWorkspace()
            let db = try await DemoDatabase.copy(into: workspace)
            try Self.tamper(db, tampering.sql)
            let result = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
            #expect(result.status == 74, "\(tampering.name): exit \(result.status)\n\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("audit log: TAMPERED OR DAMAGED"), "\(tampering.name): \(result.stdout)")
            for phrase in tampering.says {
                #expect(result.stdout.contains(phrase), "\(tampering.name) not named (\(phrase)):\n\(result.stdout)")
            }
        }
    }

    @Test("cutting the last events off and setting the head back passes a plain check (as the README says), not one given the noted head")
    func cutTailNeedsNotedHead() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.sqlite3) else {
            if ProcessInfo.processInfo.environment["MODERAT_REQUIRE_E2E"] == "1" { Issue.record("sqlite3 is missing: apt-get install sqlite3") }
            return
        }
        let workspace = try TempWorkspace()
        let db = try await DemoDatabase.copy(into: workspace)
        let clean = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
        let noted = try #require(clean.stdout.components(separatedBy: "--audit-head ").last?.prefix { $0 != ")" && $0 != "\n" })
        let deleteTrigger = try Self.triggerSQL(db, "audit_event_no_delete")
        let forwardTrigger = try Self.triggerSQL(db, "audit_chain_head_forward")
        try Self.tamper(db, """
            DROP TRIGGER audit_event_no_delete; DROP TRIGGER audit_chain_head_forward;
            DELETE FROM audit_event WHERE id > (SELECT MAX(id) - 3 FROM audit_event);
            UPDATE audit_chain_head SET event_id = (SELECT MAX(id) FROM audit_event),
                chain = (SELECT chain FROM audit_event ORDER BY id DESC LIMIT 1);
            \(deleteTrigger); \(forwardTrigger);
            """)
        let plain = try await ModeratLaunch.run(database: db, arguments: ["check"], workspace: workspace)
        #expect(plain.status == 0, "\(plain.stdout)")
        let compared = try await ModeratLaunch.run(database: db, arguments: ["check", "--audit-head", String(noted)], workspace: workspace)
        #expect(compared.status == 74, "\(compared.stdout)")
        #expect(compared.stdout.contains("noted as a head earlier, is gone: events were removed since"), "\(compared.stdout)")
    }
}
